package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import ado.model.git.CommentThreadStatus;
import ado.model.git.GitPullRequestCommentThread;
import ado.model.git.IdentityRefWithVote;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Removing reviewers, one thread and its status, and label sync on {@link PullRequest}. */
@Timeout(60)
class PullRequestReviewTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";

    private AdoEmulator emulator;
    private Repository repo;
    private ado.model.IdentityRef graceRef;
    private UUID grace;
    private PullRequest pr;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.start();
        AzureDevOpsService service = AzureDevOpsService.of(emulator.client());
        Project project = service.organization().project(PROJECT);
        repo = project.repository(PROJECT);
        graceRef = project.team("Quality assurance").members().stream()
                .filter(m -> m.identity().displayName().equals("Grace Hopper")).findFirst().orElseThrow()
                .identity();
        grace = graceRef.id();
        repo.createBranch("feature/review", "main");
        repo.commit("feature/review", "Add a note", List.of(AddFile.of("/note.txt", "note\n")));
        pr = repo.createPullRequest("Review", "feature/review", "main", "For review");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    // ---- reviewers

    @Test
    void removeReviewer_reviewer_goneFromListAndInfo() {
        pr.addReviewer(grace, true);
        assertThat(pr.info().reviewers()).extracting(IdentityRefWithVote::id).contains(grace);

        pr.removeReviewer(grace);

        assertThat(pr.reviewers()).extracting(IdentityRefWithVote::id).doesNotContain(grace);
        assertThat(pr.info().reviewers() == null ? List.<IdentityRefWithVote>of() : pr.info().reviewers())
                .extracting(IdentityRefWithVote::id).doesNotContain(grace);
    }

    @Test
    void removeReviewer_identityRef_removesById() {
        pr.addReviewer(graceRef, false);

        pr.removeReviewer(graceRef);

        assertThat(pr.reviewers()).extracting(IdentityRefWithVote::id).doesNotContain(grace);
    }

    @Test
    void removeReviewer_notAReviewer_notFoundAndNothingChanges() {
        pr.addReviewer(grace, false);
        UUID stranger = UUID.randomUUID();

        assertThatThrownBy(() -> pr.removeReviewer(stranger)).isInstanceOf(AdoNotFoundException.class);
        assertThat(pr.reviewers()).extracting(IdentityRefWithVote::id).containsExactly(grace);
    }

    @Test
    void removeReviewer_null_namesParameter() {
        assertThatThrownBy(() -> pr.removeReviewer((UUID) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("identity");
        assertThatThrownBy(() -> pr.removeReviewer((ado.model.IdentityRef) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("identity");
    }

    @Test
    void vote_reapprove_sentAndShownOnTheReviewer() {
        IdentityRefWithVote voted = pr.vote(grace, Vote.APPROVED, true);

        String body = emulator.requests().matching("PUT", "/reviewers/" + grace).get(0).bodyText();
        assertThat(body).contains("\"isReapprove\":true").contains("\"vote\":10");
        assertThat(voted.vote()).isEqualTo(10);
        assertThat(pr.reviewers()).filteredOn(r -> grace.equals(r.id()))
                .singleElement().satisfies(r -> assertThat(r.isReapprove()).isTrue());
        assertThatThrownBy(() -> pr.vote(grace, null, true)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("vote");
    }

    // ---- threads

    @Test
    void thread_existing_returnsItWithItsComment() {
        GitPullRequestCommentThread created = pr.comment("Please check the wording");

        GitPullRequestCommentThread got = pr.thread(created.id());

        assertThat(got.id()).isEqualTo(created.id());
        assertThat(got.comments()).extracting(c -> c.content()).containsExactly("Please check the wording");
    }

    @Test
    void thread_missing_notFound() {
        pr.comment("One thread");

        assertThatThrownBy(() -> pr.thread(9999)).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void thread_notPositive_namesParameter() {
        assertThatThrownBy(() -> pr.thread(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threadId").hasMessageContaining("0");
    }

    @Test
    void setThreadStatus_fixedThenActive_statusFollowsAndReads() {
        int id = pr.comment("Typo in line 1").id();

        assertThat(pr.setThreadStatus(id, CommentThreadStatus.FIXED).status()).isEqualTo(CommentThreadStatus.FIXED);
        assertThat(pr.thread(id).status()).isEqualTo(CommentThreadStatus.FIXED);

        assertThat(pr.setThreadStatus(id, CommentThreadStatus.WONT_FIX).status())
                .isEqualTo(CommentThreadStatus.WONT_FIX);
        assertThat(pr.setThreadStatus(id, CommentThreadStatus.ACTIVE).status())
                .isEqualTo(CommentThreadStatus.ACTIVE);
        assertThat(pr.thread(id).status()).isEqualTo(CommentThreadStatus.ACTIVE);
    }

    @Test
    void setThreadStatus_missingThread_notFound() {
        assertThatThrownBy(() -> pr.setThreadStatus(4242, CommentThreadStatus.FIXED))
                .isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void setThreadStatus_badArguments_namesParameterAndStatusUnchanged() {
        int id = pr.comment("Still open").id();

        assertThatThrownBy(() -> pr.setThreadStatus(id, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("status");
        assertThatThrownBy(() -> pr.setThreadStatus(id, CommentThreadStatus.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status");
        assertThatThrownBy(() -> pr.setThreadStatus(-1, CommentThreadStatus.FIXED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threadId");
        assertThat(pr.thread(id).status()).isEqualTo(CommentThreadStatus.ACTIVE);
    }

    // ---- label sync

    @Test
    void syncLabels_fromEmpty_addsAll() {
        assertThat(pr.syncLabels(List.of("ui", "docs"))).containsExactly("ui", "docs");
        assertThat(pr.labels()).containsExactlyInAnyOrder("ui", "docs");
    }

    @Test
    void syncLabels_toEmpty_removesAll() {
        pr.addLabel("ui");
        pr.addLabel("docs");

        assertThat(pr.syncLabels(List.of())).isEmpty();
        assertThat(pr.labels()).isEmpty();
    }

    @Test
    void syncLabels_sameSet_keepsThem() {
        pr.addLabel("ui");
        pr.addLabel("docs");

        assertThat(pr.syncLabels(List.of("docs", "ui"))).containsExactlyInAnyOrder("ui", "docs");
        assertThat(pr.labels()).containsExactlyInAnyOrder("ui", "docs");
    }

    @Test
    void syncLabels_disjoint_replacesAll() {
        pr.addLabel("ui");
        pr.addLabel("docs");

        assertThat(pr.syncLabels(List.of("backend", "urgent"))).containsExactly("backend", "urgent");
        assertThat(pr.labels()).containsExactlyInAnyOrder("backend", "urgent");
    }

    @Test
    void syncLabels_overlapping_addsMissingRemovesExtraKeepsCommon() {
        pr.addLabel("ui");
        pr.addLabel("docs");
        pr.addLabel("wip");

        assertThat(pr.syncLabels(List.of("docs", "backend", "ui"))).containsExactly("ui", "docs", "backend");
        assertThat(pr.labels()).containsExactlyInAnyOrder("ui", "docs", "backend");
    }

    @Test
    void syncLabels_caseAndSpaceDifferences_keepServerSpellingAndCountOnce() {
        pr.addLabel("Docs");
        pr.addLabel("UI");

        assertThat(pr.syncLabels(List.of("docs", " ui ", "New", "NEW"))).containsExactly("Docs", "UI", "New");
        assertThat(pr.labels()).containsExactlyInAnyOrder("Docs", "UI", "New");
    }

    @Test
    void syncLabels_badArguments_namesParameterAndSendsNothing() {
        pr.addLabel("keep");

        assertThatThrownBy(() -> pr.syncLabels(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("names");
        assertThatThrownBy(() -> pr.syncLabels(List.of("new", "  ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names[1]");
        List<String> withNull = new ArrayList<>(Arrays.asList("new", null));
        assertThatThrownBy(() -> pr.syncLabels(withNull))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names[1]")
                .hasMessageContaining("null");
        assertThat(pr.labels()).containsExactly("keep");
    }
}
