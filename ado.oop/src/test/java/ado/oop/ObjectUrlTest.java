package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.auth.Credentials;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.build.BuildQueueRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pull requests, repositories, work items and builds resolved from web and REST URLs. */
@ExtendWith(AdoEmulatorExtension.class)
class ObjectUrlTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";
    private static AdoEmulator emulator;
    private static PullRequest pr;
    private static int workItemId;
    private static int buildId;
    /** A cloud organisation's service: nothing is sent to it, every URL below is resolved without a request. */
    private static final AzureDevOpsService CLOUD = AzureDevOpsService.of(AdoClient.builder()
            .organization("fabrikam").credentials(Credentials.pat("not-used")).environment(n -> null).build());

    @BeforeAll
    static void start(AdoEmulator started) {
        emulator = started;
        var service = AzureDevOpsService.of(emulator.client());
        Repository repo = service.organization().project(PROJECT).repository(PROJECT);
        repo.createBranch("feature/url", "main");
        repo.commit("feature/url", "Add a file", List.of(AddFile.of("/url.txt", "u\n")));
        pr = repo.createPullRequest("By URL", "feature/url", "main", null);
        workItemId = repo.project().createWorkItem("Task", Map.of("System.Title", "By URL")).id();
        buildId = repo.project().startBuild(BuildQueueRequest.builder(1).branch("main").build()).id();
    }

    private static AzureDevOpsService service() {
        return AzureDevOpsService.of(emulator.client());
    }

    @Test
    void pullRequestByUrl_webAndRestUrls_sameInstanceAsById_withoutARequest() {
        var service = service();
        PullRequest byId = service.organization().project(PROJECT).repository(PROJECT).pullRequest(pr.id());
        String restUrl = pr.info().url(); // by project and repository id
        byId.repository().id(); // a repository reached by name is the one reached by id once its id is known
        emulator.requests().clear();

        PullRequest byWeb = service.pullRequestByUrl(emulator.url() + "/" + PROJECT + "/_git/" + PROJECT
                + "/pullrequest/" + pr.id());
        PullRequest byWebUrl = service.pullRequestByUrl(byId.webUrl().toString());

        assertThat(byWeb).isSameAs(byId).isSameAs(byWebUrl);
        PullRequest byRest = service.pullRequestByUrl(restUrl);
        assertThat(byRest).isSameAs(byId);
        assertThat(emulator.requests().all()).isEmpty();
    }

    @Test
    void pullRequestByUrl_restUrlByIdAlone_readsItOnceAndIsTheSameInstance() {
        var service = service();
        PullRequest byId = service.organization().project(PROJECT).repository(PROJECT).pullRequest(pr.id());
        byId.repository().id();
        emulator.requests().clear();

        PullRequest resolved = service.pullRequestByUrl(emulator.url() + "/_apis/git/pullRequests/" + pr.id());

        assertThat(resolved).isSameAs(byId);
        assertThat(emulator.requests().all()).hasSize(1);
        assertThat(resolved.title()).isEqualTo("By URL");
        assertThat(emulator.requests().all()).hasSize(1);
    }

    @Test
    void repositoryByUrl_webRestAndPullRequestUrls_sameInstance() {
        var service = service();
        Repository byName = service.organization().project(PROJECT).repository(PROJECT);
        String restUrl = byName.info().url();

        assertThat(service.repositoryByUrl(byName.webUrl().toString())).isSameAs(byName);
        assertThat(service.repositoryByUrl(restUrl)).isSameAs(byName);
        assertThat(service.repositoryByUrl(pr.webUrl().toString())).isSameAs(byName);
        assertThat(service.repositoryByUrl(emulator.url() + "/_apis/git/repositories/" + byName.id()))
                .isSameAs(byName);
    }

    @Test
    void workItemByUrl_webUrl_noRequest_andRestUrlWithoutProject_oneRequestLoadingIt() {
        var service = service();
        WorkItem byId = service.organization().project(PROJECT).workItem(workItemId);
        emulator.requests().clear();

        WorkItem byWeb = service.workItemByUrl(emulator.url() + "/" + PROJECT + "/_workitems/edit/" + workItemId);
        WorkItem byRestWithProject = service.workItemByUrl(emulator.url() + "/" + PROJECT + "/_apis/wit/workItems/"
                + workItemId);
        assertThat(emulator.requests().all()).isEmpty();
        WorkItem byRest = service.workItemByUrl(emulator.url() + "/_apis/wit/workItems/" + workItemId);

        assertThat(byWeb).isSameAs(byId).isSameAs(byRestWithProject).isSameAs(byRest);
        assertThat(byRest.title()).isEqualTo("By URL");
        assertThat(emulator.requests().all()).hasSize(1);
    }

    @Test
    void buildByUrl_webLinkAndRestUrlFromTheService_sameInstanceAsById() {
        var service = service();
        Project project = service.organization().project(PROJECT);
        Build byId = project.build(buildId);
        var info = byId.info();
        String web = info.links().get("web").href();

        assertThat(service.buildByUrl(web)).isSameAs(service.organization().project(info.project().id().toString())
                .build(buildId));
        assertThat(service.buildByUrl(info.url()).id()).isEqualTo(buildId);
        assertThat(service.buildByUrl(byId.webUrl().toString())).isSameAs(byId);
        assertThat(service.buildByUrl(emulator.url() + "/" + PROJECT + "/_build/results?view=logs&buildId="
                + buildId)).isSameAs(byId);
    }

    @Test
    void byUrl_legacyAndCloudHostsOfOneOrganisation_sameInstance() {
        PullRequest expected = CLOUD.organization().project("Fiber").repository("web").pullRequest(12);

        for (String url : List.of("https://dev.azure.com/fabrikam/Fiber/_git/web/pullrequest/12",
                "https://DEV.azure.com/Fabrikam/fiber/_git/WEB/pullRequest/12?_a=files",
                "https://fabrikam.visualstudio.com/Fiber/_git/web/pullrequest/12",
                "https://fabrikam.visualstudio.com/DefaultCollection/Fiber/_git/web/pullrequest/12",
                "https://fabrikam@dev.azure.com/fabrikam/Fiber/_git/web/pullrequest/12/",
                "https://dev.azure.com/fabrikam/Fiber/_apis/git/repositories/web/pullRequests/12?api-version=7.1")) {
            assertThat(CLOUD.pullRequestByUrl(url)).as(url).isSameAs(expected);
        }
        assertThat(CLOUD.workItemByUrl("https://fabrikam.visualstudio.com/Fiber/_workitems/edit/5"))
                .isSameAs(CLOUD.organization().project("Fiber").workItem(5));
        assertThat(CLOUD.buildByUrl("https://dev.azure.com/fabrikam/Fiber/_apis/build/Builds/7"))
                .isSameAs(CLOUD.organization().project("Fiber").build(7));
    }

    @Test
    void byUrl_namesWithSpacesUnencodedOrEncoded_sameInstance() {
        Repository expected = CLOUD.organization().project("Fiber Ä").repository("web app");

        assertThat(CLOUD.repositoryByUrl("https://dev.azure.com/fabrikam/Fiber Ä/_git/web app")).isSameAs(expected);
        assertThat(CLOUD.repositoryByUrl("https://dev.azure.com/fabrikam/Fiber%20%C3%84/_git/web%20app"))
                .isSameAs(expected);
        assertThat(expected.webUrl()).hasToString("https://dev.azure.com/fabrikam/Fiber%20%C3%84/_git/web%20app");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://dev.azure.com/contoso/Fiber/_git/web/pullrequest/12",
        "https://contoso.visualstudio.com/Fiber/_git/web/pullrequest/12",
        "https://example.com/fabrikam/Fiber/_git/web/pullrequest/12",
        "http://dev.azure.com:8080/fabrikam/Fiber/_git/web/pullrequest/12",
        "ftp://dev.azure.com/fabrikam/Fiber/_git/web/pullrequest/12"})
    void pullRequestByUrl_otherOrganisationOrHost_namesTheUrlAndWhatWasExpected(String url) {
        assertThatThrownBy(() -> CLOUD.pullRequestByUrl(url)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(url).hasMessageContaining("pull request URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://dev.azure.com/fabrikam/Fiber/_git/web",
        "https://dev.azure.com/fabrikam/Fiber/_git/web/commit/abc",
        "https://dev.azure.com/fabrikam/Fiber/_git/web/pullrequest/12/extra",
        "https://dev.azure.com/fabrikam/_git/web/pullrequest/12",
        "https://dev.azure.com/fabrikam/Fiber/_workitems/edit/5",
        "https://dev.azure.com/fabrikam",
        "https://dev.azure.com/fabrikam/Fiber/_git/web/pullrequest/0",
        "https://dev.azure.com/fabrikam/Fiber/_git/web/pullrequest/twelve",
        "https://dev.azure.com/fabrikam/Fiber/_git/web/pullrequest/99999999999",
        "https://dev.azure.com/fabrikam/Fi%zzber/_git/web/pullrequest/12",
        "https://dev.azure.com/fabrikam/Fi%C3ber/_git/web/pullrequest/12",
        "not a url",
        "/fabrikam/Fiber/_git/web/pullrequest/12",
        ""})
    void pullRequestByUrl_unknownShapeOrMalformed_namesTheUrlAndWhatWasExpected(String url) {
        assertThatThrownBy(() -> CLOUD.pullRequestByUrl(url)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + url + "'").hasMessageContaining("{project}/_git/{repo}/pullrequest/{id}");
    }

    @Test
    void byUrl_otherShapes_areRefusedNamingTheUrl() {
        assertThatThrownBy(() -> CLOUD.buildByUrl("https://dev.azure.com/fabrikam/Fiber/_build/results"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("buildId");
        assertThatThrownBy(() -> CLOUD.buildByUrl("https://dev.azure.com/fabrikam/_apis/build/builds/7"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no project");
        assertThatThrownBy(() -> CLOUD.workItemByUrl("https://dev.azure.com/fabrikam/Fiber/_workitems/edit/-5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-5");
        assertThatThrownBy(() -> CLOUD.repositoryByUrl("https://dev.azure.com/fabrikam/_apis/git/repositories/web"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("web");
        assertThatThrownBy(() -> CLOUD.repositoryByUrl(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("url");
    }

    @Test
    void byUrl_userInfoWithASecret_isNotInTheMessage() {
        String url = "https://me:s3cr3t-pat@dev.azure.com/contoso/F/_git/w/pullrequest/1";

        assertThatThrownBy(() -> CLOUD.pullRequestByUrl(url)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("s3cr3t-pat")
                .hasMessageContaining("dev.azure.com/contoso/F/_git/w/pullrequest/1");
    }
}
