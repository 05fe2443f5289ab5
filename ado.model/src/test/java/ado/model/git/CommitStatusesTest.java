package ado.model.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.ApiCall;
import ado.core.error.AdoConflictException;
import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Commit statuses and pushes of several commits, against the emulator. */
class CommitStatusesTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";

    private AdoEmulator emulator;
    private ApiCall repo;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.start();
        repo = emulator.client().api().project(PROJECT).repository(PROJECT);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String main() {
        return Refs.branch(repo, "main").orElseThrow().objectId();
    }

    @Test
    void create_thenList_typedNewestFirst() {
        String head = main();
        GitStatusContext build = new GitStatusContext("build", "ci");

        GitStatus posted = CommitStatuses.create(repo, head, GitStatus.of(GitStatusState.PENDING, build, "running",
                "https://ci.example/1"));
        CommitStatuses.create(repo, head, GitStatus.of(GitStatusState.SUCCEEDED, build, "green", null));

        assertThat(posted.id()).isNotNull();
        assertThat(posted.state()).isEqualTo(GitStatusState.PENDING);
        assertThat(posted.context()).isEqualTo(build);
        assertThat(posted.targetUrl()).isEqualTo("https://ci.example/1");
        assertThat(posted.createdBy()).isNotNull();
        assertThat(posted.creationDate()).isNotNull();
        assertThat(CommitStatuses.list(repo, head, false).map(GitStatus::state))
                .containsExactly(GitStatusState.SUCCEEDED, GitStatusState.PENDING);
        assertThat(CommitStatuses.list(repo, head, true).map(GitStatus::description)).containsExactly("green");
    }

    @Test
    void list_commitWithoutStatuses_isEmpty() {
        assertThat(CommitStatuses.list(repo, main(), false)).isEmpty();
    }

    @Test
    void create_unknownCommit_isNotFound() {
        assertThatThrownBy(() -> CommitStatuses.create(repo, "0123456789abcdef0123456789abcdef01234567",
                GitStatus.of(GitStatusState.FAILED, new GitStatusContext("lint", null), null, null)))
                .isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void badInput_refusedBeforeSending() {
        assertThatThrownBy(() -> CommitStatuses.list(repo, "main", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("commitId");
        assertThatThrownBy(() -> CommitStatuses.create(repo, main(), null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> GitStatus.of(null, new GitStatusContext("x", null), null, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void pushOfSeveralCommits_landsAsOneChain() {
        String old = main();

        GitPushResult result = Pushes.create(repo, GitPush.of("main", old, List.of(
                GitCommit.of("one", List.of(GitChange.add("/one.txt", ItemContent.rawText("1")))),
                GitCommit.of("two", List.of(GitChange.add("/two.txt", ItemContent.rawText("2")))))));

        String head = result.refUpdates().get(0).newObjectId();
        assertThat(main()).isEqualTo(head);
        GitCommitRef two = Commits.get(repo, head);
        GitCommitRef one = Commits.get(repo, two.parents().get(0));
        assertThat(one.comment().strip()).isEqualTo("one");
        assertThat(one.parents()).containsExactly(old);
    }

    @Test
    void pushOfSeveralCommits_staleHead_isConflictAndNothingLands() {
        String old = main();
        Pushes.create(repo, GitPush.of("main", old, GitCommit.of("other", List.of(GitChange.add("/x.txt",
                ItemContent.rawText("x"))))));
        String moved = main();

        assertThatThrownBy(() -> Pushes.create(repo, GitPush.of("main", old, List.of(
                GitCommit.of("one", List.of(GitChange.add("/one.txt", ItemContent.rawText("1")))),
                GitCommit.of("two", List.of(GitChange.add("/two.txt", ItemContent.rawText("2"))))))))
                .isInstanceOf(AdoConflictException.class);
        assertThat(main()).isEqualTo(moved);
    }
}
