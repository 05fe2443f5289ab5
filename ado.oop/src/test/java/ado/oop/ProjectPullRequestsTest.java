package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.emulator.AdoEmulator;
import ado.model.git.PullRequestSearchCriteria;
import ado.model.git.PullRequestStatus;
import ado.model.git.PullRequestTimeRangeType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Project-wide pull request listing: {@link Project#pullRequests} and {@link Project#activePullRequests}. */
@Timeout(60)
class ProjectPullRequestsTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";
    private static final Instant START = Instant.parse("2024-05-01T10:00:00Z");

    private AdoEmulator emulator;
    private AzureDevOpsService service;
    private Project project;
    private Repository fabrikam;
    private Repository second;
    private PullRequest login;
    private PullRequest docs;
    private PullRequest dropped;
    private UUID grace;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.builder().clock(START).start();
        emulator.git().createRepository(PROJECT, "Second");
        emulator.git().generateHistory(PROJECT, "Second", 2);
        service = AzureDevOpsService.of(emulator.client());
        project = service.organization().project(PROJECT);
        fabrikam = project.repository(PROJECT);
        second = project.repository("Second");
        grace = project.team("Quality assurance").members().stream()
                .filter(m -> m.identity().displayName().equals("Grace Hopper")).findFirst().orElseThrow()
                .identity().id();

        login = fabrikam.createPullRequest("Login", "feature/login", "main", null);
        emulator.clock().advance(Duration.ofHours(2));
        second.createBranch("docs", "main");
        second.commit("docs", "Docs", List.of(AddFile.of("/docs.md", "docs\n")));
        docs = second.createPullRequest("Docs", "docs", "main", null);
        docs.addReviewer(grace, false);
        second.createBranch("dropped", "main");
        second.commit("dropped", "Dropped", List.of(AddFile.of("/dropped.md", "x\n")));
        dropped = second.createPullRequest("Dropped", "dropped", "main", null).abandon();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private static List<Integer> ids(Stream<PullRequest> prs) {
        return prs.map(PullRequest::id).toList();
    }

    @Test
    void activePullRequests_twoRepositories_bothActiveOnesAsTheSharedObjects() {
        List<PullRequest> active = project.activePullRequests().toList();

        assertThat(active).extracting(PullRequest::id).containsExactlyInAnyOrder(login.id(), docs.id());
        assertThat(active).anySatisfy(pr -> assertThat(pr).isSameAs(login));
        assertThat(active).anySatisfy(pr -> assertThat(pr).isSameAs(docs));
    }

    @Test
    void pullRequests_fromAFreshService_repositoriesAreTheProjectsAndDetailsNeedNoRequest() {
        Project fresh = AzureDevOpsService.of(emulator.client()).organization().project(PROJECT);

        PullRequest found = fresh.pullRequests(PullRequestSearchCriteria.ACTIVE.withRepository(
                UUID.fromString(emulator.git().repositoryId(PROJECT, "Second")))).findFirst().orElseThrow();
        long before = emulator.requests().total();

        assertThat(found.id()).isEqualTo(docs.id());
        assertThat(found.title()).isEqualTo("Docs");
        assertThat(emulator.requests().total()).isEqualTo(before);
        assertThat(found.repository()).isSameAs(fresh.repository("Second"));
        assertThat(found).isSameAs(fresh.repository("Second").pullRequest(docs.id()));
    }

    @Test
    void pullRequests_status_allAndAbandoned() {
        assertThat(ids(project.pullRequests(PullRequestSearchCriteria.ACTIVE.withStatus(PullRequestStatus.ALL))))
                .containsExactlyInAnyOrder(login.id(), docs.id(), dropped.id());
        assertThat(ids(project.pullRequests(PullRequestSearchCriteria.ACTIVE
                .withStatus(PullRequestStatus.ABANDONED)))).containsExactly(dropped.id());
    }

    @Test
    void pullRequests_reviewerCreatorSourceTarget_filterAsAsked() {
        UUID me = service.organization().connectionData().authenticatedUser().id();
        PullRequestSearchCriteria all = PullRequestSearchCriteria.ACTIVE.withStatus(PullRequestStatus.ALL);

        assertThat(ids(project.pullRequests(all.withReviewer(grace)))).containsExactly(docs.id());
        assertThat(ids(project.pullRequests(all.withCreator(me))))
                .containsExactlyInAnyOrder(login.id(), docs.id(), dropped.id());
        assertThat(ids(project.pullRequests(all.withCreator(UUID.randomUUID())))).isEmpty();
        assertThat(ids(project.pullRequests(all.withSource("refs/heads/feature/login")))).containsExactly(login.id());
        assertThat(ids(project.pullRequests(all.withTarget("refs/heads/main"))))
                .containsExactlyInAnyOrder(login.id(), docs.id(), dropped.id());
        assertThat(ids(project.pullRequests(all.withTarget("refs/heads/release")))).isEmpty();
    }

    @Test
    void pullRequests_timeRange_createdAndClosed() {
        PullRequestSearchCriteria all = PullRequestSearchCriteria.ACTIVE.withStatus(PullRequestStatus.ALL);

        assertThat(ids(project.pullRequests(all.withTimeRange(null, START.plus(Duration.ofHours(1)), null))))
                .containsExactlyInAnyOrder(docs.id(), dropped.id());
        assertThat(ids(project.pullRequests(all.withTimeRange(PullRequestTimeRangeType.CREATED, null,
                START.plus(Duration.ofHours(1)))))).containsExactly(login.id());
        assertThat(ids(project.pullRequests(all.withTimeRange(PullRequestTimeRangeType.CLOSED,
                START.plus(Duration.ofHours(1)), null)))).containsExactly(dropped.id());
    }

    @Test
    void pullRequests_lazy_nothingSentUntilTheStreamIsRead() {
        long before = emulator.requests().total();

        Stream<PullRequest> stream = project.pullRequests(PullRequestSearchCriteria.ACTIVE);

        assertThat(emulator.requests().total()).isEqualTo(before);
        assertThat(stream.limit(1).count()).isEqualTo(1);
        assertThat(emulator.requests().count("GET", "/_apis/git/pullrequests")).isEqualTo(1);
    }

    @Test
    void pullRequests_null_namesParameter() {
        assertThatThrownBy(() -> project.pullRequests(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("criteria");
    }

    @Test
    void pullRequest_byIdAlone_theRepositorysSharedObjectLoaded() {
        Project fresh = AzureDevOpsService.of(emulator.client()).organization().project(PROJECT);

        PullRequest found = fresh.pullRequest(docs.id());
        long before = emulator.requests().total();

        assertThat(found.title()).isEqualTo("Docs");
        assertThat(emulator.requests().total()).isEqualTo(before);
        assertThat(found).isSameAs(fresh.repository("Second").pullRequest(docs.id()));
        assertThat(project.pullRequest(login.id())).isSameAs(login);
    }

    @Test
    void pullRequest_unknownOrNotPositive_notFoundOrNamesIt() {
        assertThatThrownBy(() -> project.pullRequest(9999))
                .isInstanceOf(ado.core.error.AdoNotFoundException.class);
        assertThatThrownBy(() -> project.pullRequest(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id");
    }
}
