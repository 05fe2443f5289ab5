package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;

import ado.emulator.AdoEmulator;
import ado.emulator.RecordedRequest;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.search.PackageResult;
import ado.model.search.SearchRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Package search through the organisation's and a project's {@link SearchScope}. */
@ExtendWith(AdoEmulatorExtension.class)
class SearchScopeTest {

    private final AdoEmulator emulator;
    private final AzureDevOpsService service;

    SearchScopeTest(AdoEmulator emulator) {
        this.emulator = emulator;
        this.service = AzureDevOpsService.of(emulator.client());
    }

    @Test
    void packages_organisation_findsByNameOrDescriptionWithTheirFeed() {
        List<PackageResult> hits = service.organization().search().packages("fabrikam services").toList();

        assertThat(hits).extracting(PackageResult::name).containsExactly("Fabrikam.Core", "Fabrikam.Logging");
        assertThat(hits).allSatisfy(p -> assertThat(p.feeds()).singleElement()
                .satisfies(f -> assertThat(f.string("feedName")).contains("fabrikam-packages")));
        assertThat(service.organization().search().packages("no-such-package-anywhere")).isEmpty();
    }

    @Test
    void packages_pagedRequest_fetchesPageByPageAsTheStreamIsRead() {
        emulator.requests().clear();

        List<PackageResult> hits = service.organization().search()
                .packages(SearchRequest.of("fabrikam").page(0, 2)).toList();

        assertThat(hits).hasSize(5).extracting(PackageResult::name).doesNotHaveDuplicates();
        assertThat(emulator.requests().count("POST", "/_apis/search/packagesearchresults")).isEqualTo(3);
    }

    @Test
    void packages_projectScope_searchesTheOrganisationsFeeds() {
        emulator.requests().clear();

        List<PackageResult> hits = service.organization().project("Contoso-Web").search().packages("web components")
                .toList();

        assertThat(hits).extracting(PackageResult::protocolType).containsExactly("Npm");
        assertThat(emulator.requests().matching("POST", "/_apis/search/packagesearchresults"))
                .extracting(RecordedRequest::path).singleElement()
                .satisfies(path -> assertThat(path).doesNotContain("Contoso-Web"));
    }
}
