package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoConflictException;
import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.git.GitCommitSearchCriteria;
import ado.model.git.GitVersionDescriptor;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link Repository#pushCommits}: several commits in one atomic push, never duplicated after a lost answer. */
@ExtendWith(AdoEmulatorExtension.class)
@Timeout(60)
class PushCommitsTest {

    private static final String P = "Fabrikam-Fiber-Git";
    private static AdoEmulator emulator;
    private static Repository repo;

    @BeforeAll
    static void start(AdoEmulator started) {
        emulator = started;
        repo = AzureDevOpsService.of(emulator.client()).organization().project(P).repository(P);
    }

    @AfterEach
    void clearFaults() {
        emulator.faults().clear();
    }

    private static Branch freshBranch(String name) {
        return repo.createBranch(name, "main");
    }

    private static String head(Branch branch) {
        return branch.ref().orElseThrow().objectId();
    }

    private static long pushes() {
        return emulator.requests().count("POST", "/pushes");
    }

    private static long withMessage(Branch branch, String prefix) {
        return repo.commits(GitCommitSearchCriteria.from(GitVersionDescriptor.branch(branch.fullName())))
                .filter(c -> c.message().strip().startsWith(prefix)).count();
    }

    private static List<NewCommit> three(String prefix) {
        return List.of(
                NewCommit.of(prefix + " 1: add", AddFile.of("/push/notes.txt", "one\n")),
                NewCommit.of(prefix + " 2: edit", EditFile.of("/push/notes.txt", "two\n"),
                        AddFile.of("/push/more.txt", "more\n")),
                NewCommit.of(prefix + " 3: rename and delete", new RenameFile("/push/more.txt", "/push/moved.txt"),
                        new DeleteFile("/docs/guide.md")));
    }

    @Test
    void pushCommits_three_landInOneAtomicPushAsAChain() {
        Branch branch = freshBranch("push/three");
        String old = head(branch);
        long before = pushes();

        List<Commit> pushed = repo.pushCommits(branch.name(), three("three"), CommitOptions.defaults());

        assertThat(pushes()).isEqualTo(before + 1);
        assertThat(pushed).hasSize(3);
        assertThat(pushed).extracting(c -> c.message().strip())
                .containsExactly("three 1: add", "three 2: edit", "three 3: rename and delete");
        assertThat(pushed.get(0).parents()).extracting(Commit::id).containsExactly(old);
        assertThat(pushed.get(1).parents()).containsExactly(pushed.get(0));
        assertThat(pushed.get(2).parents()).containsExactly(pushed.get(1));
        assertThat(branch.head()).contains(pushed.get(2));
        assertThat(pushed.get(0).file("/push/notes.txt")).contains("one\n");
        assertThat(pushed.get(1).file("/push/notes.txt")).contains("two\n");
        assertThat(pushed.get(1).file("/docs/guide.md")).contains("# Guide\n");
        assertThat(pushed.get(2).file("/push/moved.txt")).contains("more\n");
        assertThat(pushed.get(2).file("/push/more.txt")).isEmpty();
        assertThat(pushed.get(2).file("/docs/guide.md")).isEmpty();
        assertThat(pushed.get(2)).isSameAs(repo.commit(pushed.get(2).id()));
    }

    @Test
    void pushCommits_staleExpectedHead_isAConflictAndNothingLands() {
        Branch branch = freshBranch("push/stale");
        String old = head(branch);
        Commit theirs = branch.commit("theirs", List.of(AddFile.of("/push/theirs.txt", "theirs\n")));

        assertThatThrownBy(() -> repo.pushCommits(branch.name(), three("stale"), CommitOptions.expectedHead(old)))
                .isInstanceOf(AdoConflictException.class);

        assertThat(branch.head()).contains(theirs);
        assertThat(withMessage(branch, "stale")).isZero();
        assertThat(branch.file("/push/notes.txt")).isEmpty();
    }

    @Test
    void pushCommits_lastCommitInvalid_nothingLands() {
        Branch branch = freshBranch("push/invalid");
        String old = head(branch);

        assertThatThrownBy(() -> repo.pushCommits(branch.name(), List.of(
                NewCommit.of("invalid 1", AddFile.of("/push/ok.txt", "ok\n")),
                NewCommit.of("invalid 2", EditFile.of("/push/missing.txt", "x\n"))), CommitOptions.defaults()))
                .isInstanceOf(AdoNotFoundException.class).hasMessageContaining("/push/missing.txt");

        assertThat(head(branch)).isEqualTo(old);
        assertThat(branch.file("/push/ok.txt")).isEmpty();
    }

    @Test
    void pushCommits_newBranch_createdFromOptions() {
        List<Commit> pushed = repo.pushCommits("push/created", List.of(
                NewCommit.of("created 1", AddFile.of("/push/a.txt", "a\n")),
                NewCommit.of("created 2", AddFile.of("/push/b.txt", "b\n"))),
                CommitOptions.createBranchFrom("feature/login"));

        assertThat(repo.branch("push/created").head()).contains(pushed.get(1));
        assertThat(pushed.get(0).parents()).extracting(Commit::id)
                .containsExactly(head(repo.branch("feature/login")));
    }

    @Test
    void pushCommits_answerLostAfterApply_returnsTheCommitsAndBranchHoldsThemOnce() {
        Branch branch = freshBranch("push/lost");
        String old = head(branch);
        long before = pushes();
        emulator.faults().on("POST", "/pushes").resetAfterApply();

        List<Commit> pushed = repo.pushCommits(branch.name(), three("lost"), CommitOptions.defaults());

        assertThat(pushes()).isEqualTo(before + 1);
        assertThat(withMessage(branch, "lost")).isEqualTo(3);
        assertThat(pushed).extracting(c -> c.message().strip())
                .containsExactly("lost 1: add", "lost 2: edit", "lost 3: rename and delete");
        assertThat(pushed.get(0).parents()).extracting(Commit::id).containsExactly(old);
        assertThat(branch.head()).contains(pushed.get(2));
    }

    @Test
    void pushCommits_droppedBeforeApplied_isSentAgainAndLandsOnce() {
        Branch branch = freshBranch("push/resent");
        long before = pushes();
        emulator.faults().on("POST", "/pushes").resetAfterRead();

        List<Commit> pushed = repo.pushCommits(branch.name(), three("resent"), CommitOptions.defaults());

        assertThat(pushes()).isEqualTo(before + 2);
        assertThat(withMessage(branch, "resent")).isEqualTo(3);
        assertThat(branch.head()).contains(pushed.get(2));
    }

    @Test
    void pushCommits_answerLostAndOthersCommitsWithTheSameMessagesLanded_isAConflict() {
        Branch branch = freshBranch("push/others");
        String old = head(branch);
        repo.pushCommits(branch.name(), List.of(NewCommit.of("others 1: add", AddFile.of("/push/x.txt", "x\n")),
                NewCommit.of("others 2: edit", EditFile.of("/push/x.txt", "y\n"))), CommitOptions.expectedHead(old));
        emulator.faults().on("POST", "/pushes").resetAfterRead();

        assertThatThrownBy(() -> repo.pushCommits(branch.name(), List.of(
                NewCommit.of("others 1: add", AddFile.of("/push/x.txt", "mine\n")),
                NewCommit.of("others 2: edit", EditFile.of("/push/x.txt", "mine too\n"))),
                CommitOptions.expectedHead(old)))
                .isInstanceOf(AdoConflictException.class).hasMessageContaining("another writer's commit");
        assertThat(branch.file("/push/x.txt")).contains("y\n");
    }

    @Test
    void pushCommits_badInput_refusedBeforeSending() {
        long before = emulator.requests().total();

        assertThatThrownBy(() -> repo.pushCommits("main", List.of(), CommitOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("commits");
        assertThatThrownBy(() -> repo.pushCommits("main", null, CommitOptions.defaults()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("commits");
        assertThatThrownBy(() -> repo.pushCommits("main", List.of(NewCommit.of("x", AddFile.of("/y", "y"))), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("options");
        assertThatThrownBy(() -> NewCommit.of(" ", AddFile.of("/y", "y")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("message");
        assertThatThrownBy(() -> NewCommit.of("nothing")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("changes");
        assertThat(emulator.requests().total()).isEqualTo(before);
    }
}
