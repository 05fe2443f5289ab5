package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoConflictException;
import ado.core.error.AdoOutcomeUnknownException;
import ado.core.error.AdoTransportException;
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

/** {@link Repository#commit} after a push whose answer was lost: never a duplicate, never a false failure. */
@ExtendWith(AdoEmulatorExtension.class)
@Timeout(60)
class CommitLandingTest {

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
        repo.createBranch(name, "main");
        return repo.branch(name);
    }

    private static long withMessage(Branch branch, String message) {
        return repo.commits(GitCommitSearchCriteria.from(GitVersionDescriptor.branch(branch.fullName())))
                .filter(c -> c.message().strip().equals(message)).count();
    }

    private static long pushes() {
        return emulator.requests().count("POST", "/pushes");
    }

    @Test
    void commit_pushAppliedThenConnectionDropped_returnsTheCommitAndBranchHoldsItOnce() {
        Branch branch = freshBranch("landing/applied");
        String old = branch.ref().orElseThrow().objectId();
        long before = pushes();
        emulator.faults().on("POST", "/pushes").resetAfterApply();

        Commit c = branch.commit("applied, answer lost", List.of(AddFile.of("/landing/a.txt", "a\n")));

        assertThat(branch.head()).contains(c);
        assertThat(c.parents()).extracting(Commit::id).containsExactly(old);
        assertThat(withMessage(branch, "applied, answer lost")).isEqualTo(1);
        assertThat(pushes()).isEqualTo(before + 1);
    }

    @Test
    void commit_pushAppliedAnswerCutOff_returnsTheCommitOnce() {
        Branch branch = freshBranch("landing/cut");
        emulator.faults().on("POST", "/pushes").truncateBody();

        Commit c = repo.commit(branch.name(), "applied, answer cut", List.of(
                AddFile.of("/landing/b.bin", new byte[]{0, 1, 2, (byte) 0xff}),
                new DeleteFile("/README.md")));

        assertThat(branch.head()).contains(c);
        assertThat(withMessage(branch, "applied, answer cut")).isEqualTo(1);
        assertThat(c.file("/README.md")).isEmpty();
    }

    @Test
    void commit_pushDroppedBeforeItWasApplied_isSentAgainAndLandsOnce() {
        Branch branch = freshBranch("landing/not-applied");
        long before = pushes();
        emulator.faults().on("POST", "/pushes").resetAfterRead();

        Commit c = branch.commit("not applied first", List.of(AddFile.of("/landing/c.txt", "c\n")));

        assertThat(branch.head()).contains(c);
        assertThat(withMessage(branch, "not applied first")).isEqualTo(1);
        assertThat(pushes()).isEqualTo(before + 2);
    }

    @Test
    void commit_droppedTwiceBeforeApplied_reportsACertainFailureAndACallerRetryLandsOnce() {
        Branch branch = freshBranch("landing/twice");
        String old = branch.ref().orElseThrow().objectId();
        emulator.faults().on("POST", "/pushes").times(2).resetAfterRead();

        assertThatThrownBy(() -> branch.commit("retried by caller", List.of(AddFile.of("/landing/d.txt", "d\n"))))
                .isInstanceOf(AdoTransportException.class).isNotInstanceOf(AdoOutcomeUnknownException.class)
                .hasMessageContaining("was not pushed").hasMessageContaining("trying again is safe");
        assertThat(branch.ref().orElseThrow().objectId()).isEqualTo(old);

        Commit c = branch.commit("retried by caller", List.of(AddFile.of("/landing/d.txt", "d\n")));

        assertThat(withMessage(branch, "retried by caller")).isEqualTo(1);
        assertThat(branch.head()).contains(c);
    }

    @Test
    void commit_answerLostAndSameMessageButOtherContentOnBranch_isAConflictNotASuccess() {
        Branch branch = freshBranch("landing/other");
        String old = branch.ref().orElseThrow().objectId();
        // another writer lands a commit with the same message on the same head; our push then fails unanswered
        repo.commit(branch.name(), "same message", List.of(AddFile.of("/landing/theirs.txt", "theirs\n")),
                CommitOptions.expectedHead(old));
        emulator.faults().on("POST", "/pushes").resetAfterRead();

        assertThatThrownBy(() -> repo.commit(branch.name(), "same message",
                List.of(AddFile.of("/landing/mine.txt", "mine\n")), CommitOptions.expectedHead(old)))
                .isInstanceOf(AdoConflictException.class).hasMessageContaining("another writer's commit");
        assertThat(withMessage(branch, "same message")).isEqualTo(1);
        assertThat(branch.file("/landing/mine.txt")).isEmpty();
    }

    @Test
    void blobId_isGitsObjectId() {
        // git hash-object of "hello\n"
        assertThat(PushLanding.blobId("hello\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo("ce013625030ba8dba906f756967f9e9ca394464a");
    }
}
