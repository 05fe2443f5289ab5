package ado.model.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.model.pipelines.ApprovalStatus;
import ado.model.pipelines.ApprovalUpdate;
import ado.model.pipelines.RunPipelineParameters;
import ado.model.pipelines.Variable;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BuildRecordsTest {

    @Test
    void queueRequest_badBranch_throwsNamingField() {
        assertThatThrownBy(() -> new BuildQueueRequest(DefinitionReference.of(1), "main", null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sourceBranch");
    }

    @Test
    void queueRequest_nonPositiveDefinition_throws() {
        assertThatThrownBy(() -> BuildQueueRequest.builder(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("definitionId");
    }

    @Test
    void queueRequest_shortBranch_becomesFullRef() {
        assertThat(BuildQueueRequest.builder(1).branch("feature/x").build().sourceBranch())
                .isEqualTo("refs/heads/feature/x");
    }

    @Test
    void update_statusOtherThanCancelling_throws() {
        assertThatThrownBy(() -> new BuildUpdate(BuildStatus.COMPLETED, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status");
    }

    @Test
    void filter_query_usesAdoNames() {
        UUID who = UUID.randomUUID();
        var q = BuildFilter.ALL.withDefinitions(1, 2).withBranch("main").withStatus(BuildStatus.IN_PROGRESS)
                .withResult(BuildResult.PARTIALLY_SUCCEEDED).withTags("a", "b").withReason(BuildReason.INDIVIDUAL_CI)
                .withRequestedFor(who).withTimeRange(Instant.parse("2024-01-01T00:00:00Z"), null)
                .withOrder(BuildQueryOrder.FINISH_TIME_DESCENDING).withPageSize(50).query();

        assertThat(q).containsEntry("definitions", "1,2").containsEntry("branchName", "refs/heads/main")
                .containsEntry("statusFilter", "inProgress").containsEntry("resultFilter", "partiallySucceeded")
                .containsEntry("tagFilters", "a,b").containsEntry("reasonFilter", "individualCI")
                .containsEntry("requestedFor", who.toString()).containsEntry("minTime", "2024-01-01T00:00:00Z")
                .containsEntry("queryOrder", "finishTimeDescending").containsEntry("$top", "50")
                .doesNotContainKey("maxTime");
    }

    @Test
    void filter_nonPositivePageSize_throws() {
        assertThatThrownBy(() -> BuildFilter.ALL.withPageSize(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pageSize");
    }

    @Test
    void filter_unknownStatus_throws() {
        assertThatThrownBy(() -> BuildFilter.ALL.withStatus(BuildStatus.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNKNOWN");
    }

    @Test
    void timelineUpdate_percentOutOfRange_throws() {
        assertThatThrownBy(() -> TimelineRecord.update(UUID.randomUUID()).withProgress(101, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("percentComplete");
    }

    @Test
    void approvalUpdate_pendingStatus_throws() {
        assertThatThrownBy(() -> new ApprovalUpdate(UUID.randomUUID(), ApprovalStatus.PENDING, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status");
    }

    @Test
    void runParameters_secretVariable_hiddenInToString() {
        RunPipelineParameters p = RunPipelineParameters.builder().variable("token", Variable.secret("s3cr3t"))
                .build();

        assertThat(p.toString()).doesNotContain("s3cr3t");
    }

    @Test
    void runParameters_branch_goesToSelfRepositoryRefName() {
        RunPipelineParameters p = RunPipelineParameters.builder().branch("main").skipStage("Test").build();

        assertThat(p.resources().toJson()).isEqualTo("{\"repositories\":{\"self\":{\"refName\":\"refs/heads/main\"}}}");
        assertThat(p.stagesToSkip()).containsExactly("Test");
        assertThat(p.previewRun()).isNull();
    }
}
