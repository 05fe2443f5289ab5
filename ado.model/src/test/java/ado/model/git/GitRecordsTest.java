package ado.model.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class GitRecordsTest {

    private static final String SHA = "b60280bc6e62e2f880f1b63c1e24987664d3bda3";

    private static GitPullRequest pullRequest(int id) {
        return new GitPullRequest(null, id, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    @Test
    void pullRequest_absentCollections_areEmpty() {
        var pr = pullRequest(22);

        assertThat(pr.reviewers()).isEmpty();
        assertThat(pr.labels()).isEmpty();
        assertThat(pr.workItemRefs()).isEmpty();
        assertThat(pr.commits()).isEmpty();
        assertThat(pr.links()).isEmpty();
    }

    @Test
    void pullRequest_negativeId_throwsNamingField() {
        assertThatThrownBy(() -> pullRequest(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("pullRequestId must be > 0: -1");
    }

    @Test
    void commitRef_sha1_isAccepted() {
        assertThat(new GitCommitRef(SHA, null, null, null, null, null, null, null, null).commitId()).isEqualTo(SHA);
    }

    @Test
    void commitRef_shortId_throwsNamingValue() {
        assertThatThrownBy(() -> new GitCommitRef("abc", null, null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("commitId must be 40 hex digits: abc");
    }

    @Test
    void commitRef_nullId_throwsNamingField() {
        assertThatThrownBy(() -> new GitCommitRef(null, null, null, null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("commitId == null");
    }

    @Test
    void repositoryRef_nullId_throwsNamingField() {
        assertThatThrownBy(() -> new GitRepositoryRef(null, "r", null, null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("id == null");
    }

    @Test
    void reviewer_voteOutOfRange_throwsNamingValue() {
        assertThatThrownBy(() -> reviewer(11))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("vote must be between -10 and 10: 11");
    }

    @Test
    void reviewer_rejectVote_isAccepted() {
        assertThat(reviewer(-10).vote()).isEqualTo(-10);
        assertThat(reviewer(-10).votedFor()).isEmpty();
    }

    @Test
    void label_nullName_throwsNamingField() {
        assertThatThrownBy(() -> new WebApiTagDefinition(UUID.randomUUID(), null, true, null))
                .isInstanceOf(NullPointerException.class).hasMessage("name == null");
    }

    @Test
    void completionOptions_absentIds_areEmpty() {
        var options = new GitPullRequestCompletionOptions(GitPullRequestMergeStrategy.SQUASH, true, null, null, null,
                null, null, null, null);

        assertThat(options.autoCompleteIgnoreConfigIds()).isEmpty();
    }

    private static IdentityRefWithVote reviewer(int vote) {
        return new IdentityRefWithVote(null, "n", null, null, null, null, null, null, vote, null, null, null, null,
                null, null, null);
    }
}
