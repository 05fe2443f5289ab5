package ado.model.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.ApiCall;
import ado.core.Body;
import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoNotFoundException;
import ado.core.json.JsonObject;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class SearchTest {

    private final AdoClient client;
    private final AdoEmulator emulator;

    SearchTest(AdoClient client, AdoEmulator emulator) {
        this.client = client;
        this.emulator = emulator;
    }

    @Test
    void code_textInAFile_findsTheFileOnTheSearchListener() {
        List<CodeResult> hits = Search.code(client.search(), SearchRequest.of("println")).toList();

        assertThat(client.search().uri()).isEqualTo(emulator.serviceUrl(AdoClient.Service.ALMSEARCH));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.path()).isEqualTo("/src/app/Main.java");
            assertThat(h.repository().name()).isEqualTo("Fabrikam-Fiber-Git");
        });
    }

    @Test
    void code_pagesOfOne_streamsEveryResultLazily() {
        SearchRequest request = SearchRequest.of("class").page(0, 1);

        List<CodeResult> all = Search.code(client.search(), request).toList();
        long before = emulator.requests().count("POST", "/_apis/search/codesearchresults");
        List<CodeResult> first = Search.code(client.search(), request).limit(1).toList();

        assertThat(all).hasSizeGreaterThan(1);
        assertThat(first).hasSize(1);
        assertThat(emulator.requests().count("POST", "/_apis/search/codesearchresults") - before).isEqualTo(1);
    }

    @Test
    void code_projectScopeAndRepositoryFilter_onlyThatRepository() {
        var request = SearchRequest.of("html").filter("Repository", List.of("contoso-web"));

        List<CodeResult> hits = Search.code(client.search().project("Contoso-Web"), request).toList();

        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.project().name()).isEqualTo("Contoso-Web"));
    }

    @Test
    void workItems_textInATitle_findsTheWorkItemOnTheSearchListener() {
        var created = ado.model.wit.WorkItems.create(client.api().project("Fabrikam-Fiber-Git"), "Bug",
                ado.model.wit.WorkItemPatch.of(java.util.Map.of(ado.model.wit.WorkItemFieldName.TITLE,
                        "Checkout crashes on an empty basket")));

        List<WorkItemResult> hits = Search.workItems(client.search(), SearchRequest.of("empty BASKET")).toList();

        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.fields()).containsEntry("system.id", Integer.toString(created.id()))
                    .containsEntry("system.title", "Checkout crashes on an empty basket")
                    .containsEntry("system.workitemtype", "Bug");
            assertThat(h.project().name()).isEqualTo("Fabrikam-Fiber-Git");
        });
    }

    @Test
    void wiki_textInAPage_findsThePageOnTheSearchListener() {
        ApiCall project = client.api().project("Fabrikam-Fiber-Git");
        UUID projectId = ado.model.core.Projects.get(client.api(), "Fabrikam-Fiber-Git").id();
        ado.model.wiki.Wikis.createProjectWiki(project, "Handbook", projectId);
        ado.model.wiki.WikiPages.create(project, "Handbook", "/Onboarding", "Ask Grace about the release train.");

        List<WikiResult> hits = Search.wiki(client.search(), SearchRequest.of("release TRAIN")).toList();

        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.path()).isEqualTo("/Onboarding.md");
            assertThat(h.project().name()).isEqualTo("Fabrikam-Fiber-Git");
            assertThat(h.wiki().string("name")).contains("Handbook");
        });
    }

    @Test
    void wikiPage_oneRequestedPage_countsEveryHitButReturnsThePage() {
        ApiCall project = client.api().project("Contoso-Web");
        UUID projectId = ado.model.core.Projects.get(client.api(), "Contoso-Web").id();
        ado.model.wiki.Wikis.createProjectWiki(project, "Runbooks", projectId);
        for (String page : List.of("/Deploy", "/Rollback", "/Restore")) {
            ado.model.wiki.WikiPages.create(project, "Runbooks", page, "Page the zebracorn on call first.");
        }

        SearchResponse<WikiResult> first = Search.wikiPage(client.search(), SearchRequest.of("zebracorn").page(0, 2));

        assertThat(first.count()).isEqualTo(3);
        assertThat(first.results()).hasSize(2).allSatisfy(h -> assertThat(h.wiki().string("name"))
                .contains("Runbooks"));
        assertThat(Search.wikiPage(client.search(), SearchRequest.of("zebracorn").page(2, 2)).results()).hasSize(1);
    }

    @Test
    void packages_textInNameOrDescription_findsThePackagesWithTheirFeed() {
        List<PackageResult> hits = Search.packages(client.search(), SearchRequest.of("fabrikam services")
                .page(0, 1)).toList();
        SearchResponse<PackageResult> ui = Search.packagePage(client.search(), SearchRequest.of("WEB COMPONENTS"));

        assertThat(hits).extracting(PackageResult::name).containsExactly("Fabrikam.Core", "Fabrikam.Logging");
        assertThat(emulator.requests().count("POST", "/_apis/search/packagesearchresults"))
                .isGreaterThanOrEqualTo(2);
        assertThat(ui.count()).isEqualTo(1);
        assertThat(ui.results()).singleElement().satisfies(p -> {
            assertThat(p.protocolType()).isEqualTo("Npm");
            assertThat(p.feeds()).singleElement().satisfies(f -> {
                assertThat(f.string("feedName")).contains("fabrikam-packages");
                assertThat(f.string("latestVersion")).contains("5.0.2");
            });
            assertThat(p.hits()).isNotEmpty();
        });
        assertThat(Search.packagePage(client.search(), SearchRequest.of("no-such-package-anywhere")).results())
                .isEmpty();
    }

    @Test
    void workItems_noMatch_searchesToNothing() {
        assertThat(Search.workItemPage(client.search(), SearchRequest.of("no such words")).count()).isZero();
    }

    @Test
    void code_onTheOrganisationHost_isNotFound() {
        assertThatThrownBy(() -> Search.codePage(client.api(), SearchRequest.of("x")))
                .isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void request_blankText_isRejectedBeforeSending() {
        assertThatThrownBy(() -> SearchRequest.of(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("searchText must not be blank");
    }

    @Test
    void server_emptyText_isABadRequestWithAdosMessage() {
        var empty = JsonObject.builder().put("searchText", "").put("$top", 10).build();

        assertThatThrownBy(() -> client.search().apis("search", "codesearchresults").post(Search.API_VERSION)
                .body(Body.json(empty)).send())
                .isInstanceOfSatisfying(AdoBadRequestException.class, e -> assertThat(e.adoMessage())
                        .hasValueSatisfying(m -> assertThat(m).contains("search text is empty")));
    }
}
