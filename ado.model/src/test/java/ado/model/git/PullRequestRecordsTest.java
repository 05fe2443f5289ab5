package ado.model.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.Envelope;
import ado.core.json.JsonCodec;
import ado.core.json.JsonObject;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PullRequestRecordsTest {

    private static final String MAIN = "refs/heads/main";
    private static final String FEATURE = "refs/heads/feature/x";
    private static final Path VECTORS = Path.of("../testdata/ado-vectors/git");
    private static final JsonCodec CODEC = JsonCodec.builtin();

    // ---- validation at construction

    @Test
    void create_blankTitle_throwsNamingTitle() {
        assertThatThrownBy(() -> PullRequestCreate.builder(FEATURE, MAIN, "  ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
    }

    @Test
    void create_nullTitle_throwsNamingTitle() {
        assertThatThrownBy(() -> PullRequestCreate.builder(FEATURE, MAIN, null).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("title");
    }

    @Test
    void create_shortRefName_throwsNamingField() {
        assertThatThrownBy(() -> PullRequestCreate.builder("feature/x", MAIN, "t").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sourceRefName");
    }

    @Test
    void create_malformedTarget_throwsNamingField() {
        assertThatThrownBy(() -> PullRequestCreate.builder(FEATURE, "refs/heads/a..b", "t").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("targetRefName");
    }

    @Test
    void create_sameSourceAndTarget_throws() {
        assertThatThrownBy(() -> PullRequestCreate.builder(MAIN, MAIN, "t").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ");
    }

    @Test
    void create_blankLabel_throwsNamingName() {
        assertThatThrownBy(() -> PullRequestCreate.builder(FEATURE, MAIN, "t").label(" \t"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }

    @Test
    void create_nonPositiveWorkItem_throws() {
        assertThatThrownBy(() -> PullRequestCreate.builder(FEATURE, MAIN, "t").workItem(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("workItemId");
    }

    @Test
    void create_written_hasReviewerIdAndRequiredFlagWithoutNulls() {
        UUID id = UUID.randomUUID();
        PullRequestCreate body = PullRequestCreate.builder(FEATURE, MAIN, "t").reviewer(id, true).build();

        JsonObject json = (JsonObject) CODEC.read(CODEC.write(body), JsonType.of(JsonValue.class));

        assertThat(json.string("sourceRefName")).contains(FEATURE);
        assertThat(json.has("description")).isFalse();
        JsonObject reviewer = (JsonObject) ((ado.core.json.JsonArray) json.get("reviewers")).get(0);
        assertThat(reviewer.string("id")).contains(id.toString());
        assertThat(reviewer.get("isRequired").toJson()).isEqualTo("true");
        assertThat(reviewer.has("vote")).isFalse();
    }

    @Test
    void update_blankTitle_throws() {
        assertThatThrownBy(() -> PullRequestUpdate.builder().title(" ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
    }

    @Test
    void update_statusAll_throws() {
        assertThatThrownBy(() -> PullRequestUpdate.builder().status(PullRequestStatus.ALL).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status");
    }

    @Test
    void update_completionWritten_usesAdoStrategyName() {
        PullRequestUpdate update = PullRequestUpdate.builder().status(PullRequestStatus.COMPLETED)
                .completionOptions(GitPullRequestCompletionOptions.of(GitPullRequestMergeStrategy.REBASE_MERGE, true))
                .build();

        String json = new String(CODEC.write(update), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(json).contains("\"status\":\"completed\"").contains("\"mergeStrategy\":\"rebaseMerge\"")
                .contains("\"deleteSourceBranch\":true");
    }

    @Test
    void criteria_query_usesSearchCriteriaNames() {
        UUID reviewer = UUID.randomUUID();

        var query = PullRequestSearchCriteria.ACTIVE.withStatus(PullRequestStatus.ALL).withTarget(MAIN)
                .withReviewer(reviewer).query();

        assertThat(query).containsEntry("searchCriteria.status", "all")
                .containsEntry("searchCriteria.targetRefName", MAIN)
                .containsEntry("searchCriteria.reviewerId", reviewer.toString()).hasSize(3);
    }

    @Test
    void criteria_shortRef_throws() {
        assertThatThrownBy(() -> PullRequestSearchCriteria.ACTIVE.withSource("main"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sourceRefName");
    }

    @Test
    void statusContext_blankName_throws() {
        assertThatThrownBy(() -> new GitStatusContext(" ", "ci"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }

    @Test
    void threadStatus_wireName_isLowerCamel() {
        assertThat(PullRequestThreads.wireName(CommentThreadStatus.WONT_FIX)).isEqualTo("wontFix");
        assertThat(PullRequestThreads.wireName(CommentThreadStatus.FIXED)).isEqualTo("fixed");
    }

    @Test
    void completionOptions_unknownStrategy_throws() {
        assertThatThrownBy(() -> GitPullRequestCompletionOptions.of(GitPullRequestMergeStrategy.UNKNOWN, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strategy");
    }

    // ---- Microsoft's examples bind

    private static JsonValue part(String vector, String part) throws IOException {
        return ((JsonObject) CODEC.read(Files.readAllBytes(VECTORS.resolve(vector)), JsonType.of(JsonValue.class)))
                .get(part);
    }

    private static <T> T bind(String vector, JsonType<T> type) throws IOException {
        return CODEC.read(CODEC.write(part(vector, "response")), type);
    }

    @Test
    void vector_getById_bindsPullRequest() throws IOException {
        GitPullRequest pr = bind("PullRequests_GetPullRequestById.json", JsonType.of(GitPullRequest.class));

        assertThat(pr.pullRequestId()).isEqualTo(22);
        assertThat(pr.mergeStatus()).isEqualTo(PullRequestAsyncStatus.SUCCEEDED);
        assertThat(PullRequests.idOfArtifact(pr.artifactId())).isEqualTo(22);
    }

    @Test
    void vector_completedList_bindsStatusAndReviewerVote() throws IOException {
        Envelope<GitPullRequest> list = bind("PullRequests_GetPullRequests--just-completed-pull-requests.json",
                JsonType.of(Envelope.class, GitPullRequest.class));

        assertThat(list.value()).allSatisfy(pr -> assertThat(pr.status()).isEqualTo(PullRequestStatus.COMPLETED));
        assertThat(list.value().get(0).reviewers().get(0).vote()).isEqualTo(10);
    }

    @Test
    void vector_threadCreate_bindsCommentsAndStatus() throws IOException {
        GitPullRequestCommentThread t = bind(
                "PullRequestThreads_Create--comment-on-a-specific-file-in-the-pull-request.json",
                JsonType.of(GitPullRequestCommentThread.class));

        assertThat(t.status()).isEqualTo(CommentThreadStatus.ACTIVE);
        assertThat(t.comments()).singleElement().satisfies(c -> assertThat(c.commentType()).isEqualTo(CommentType.TEXT));
        assertThat(t.threadContext()).isInstanceOf(JsonObject.class);
    }

    @Test
    void vector_statusWithProperties_bindsStateContextProperties() throws IOException {
        GitPullRequestStatus s = bind("PullRequestStatuses_Create--with-properties.json",
                JsonType.of(GitPullRequestStatus.class));

        assertThat(s.state()).isEqualTo(GitStatusState.SUCCEEDED);
        assertThat(s.context().name()).isEqualTo("sample-status-1");
        assertThat(s.properties().has("weight")).isTrue();
    }

    @Test
    void vector_iterationsAndChanges_bind() throws IOException {
        Envelope<GitPullRequestIteration> iterations = bind("PullRequestIterations_List.json",
                JsonType.of(Envelope.class, GitPullRequestIteration.class));
        GitPullRequestIterationChanges changes = bind(
                "PullRequestIterationChanges_Get--changes-since-an-earlier-iteration.json",
                JsonType.of(GitPullRequestIterationChanges.class));

        assertThat(iterations.value()).extracting(GitPullRequestIteration::id).startsWith(1);
        assertThat(changes.changeEntries()).singleElement().satisfies(c -> {
            assertThat(c.changeType()).isEqualTo(VersionControlChangeType.EDIT);
            assertThat(c.item().originalObjectId()).isNotNull();
        });
    }

    @Test
    void vector_reviewerAndComment_bind() throws IOException {
        IdentityRefWithVote r = bind("PullRequestReviewers_CreatePullRequestReviewer--set-vote.json",
                JsonType.of(IdentityRefWithVote.class));
        Comment c = bind("PullRequestThreadComments_Create.json", JsonType.of(Comment.class));

        assertThat(r.vote()).isEqualTo(10);
        assertThat(c.parentCommentId()).isEqualTo(1);
        assertThat(List.of(c.id())).containsExactly(2);
    }
}
