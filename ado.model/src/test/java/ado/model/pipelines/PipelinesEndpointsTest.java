package ado.model.pipelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.ApiCall;
import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoNotFoundException;
import ado.core.json.JsonObject;
import ado.emulator.AdoEmulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PipelinesEndpointsTest {

    private AdoEmulator emulator;
    private ApiCall project;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.builder().clock(Instant.parse("2024-05-01T10:00:00Z")).start();
        project = emulator.client().api().project("Fabrikam-Fiber-Git");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void listAndGet_seededPipelines() {
        assertThat(Pipelines.list(project).toList()).extracting(Pipeline::name).contains("Fabrikam-Fiber-Git CI");
        assertThat(Pipelines.get(project, 1).configuration().string("type")).contains("yaml");
    }

    @Test
    void get_unknown_isNotFound() {
        assertThatThrownBy(() -> Pipelines.get(project, 77)).isInstanceOf(AdoNotFoundException.class)
                .hasMessageContaining("77");
    }

    @Test
    void run_variablesBranchAndSkippedStage_areApplied() {
        PipelineRun run = Pipelines.run(project, 1, RunPipelineParameters.builder().branch("feature/login")
                .variable("greeting", Variable.of("hi")).variable("token", Variable.secret("s3cr3t"))
                .skipStage("Test").build());
        emulator.clock().advance(Duration.ofMinutes(5));

        PipelineRun done = Pipelines.run(project, 1, run.id());
        assertThat(done.state()).isEqualTo(RunState.COMPLETED);
        assertThat(done.result()).isEqualTo(RunResult.SUCCEEDED);
        assertThat(done.refName()).isEqualTo("refs/heads/feature/login");
        assertThat(done.variables().get("greeting").value()).isEqualTo("hi");
        assertThat(done.variables().get("token").value()).isNull();
        assertThat(Pipelines.runs(project, 1)).extracting(PipelineRun::id).containsExactly(run.id());
    }

    @Test
    void run_previewParameters_refused() {
        assertThatThrownBy(() -> Pipelines.run(project, 1, RunPipelineParameters.builder().preview().build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("preview");
    }

    @Test
    void preview_yamlOverride_substitutesParameters() {
        String yaml = Pipelines.preview(project, 1, RunPipelineParameters.builder()
                .templateParameter("configuration", "debug")
                .yamlOverride("steps:\n- script: make ${{ parameters.configuration }}\n").build());

        assertThat(yaml).isEqualTo("steps:\n- script: make debug\n");
        assertThat(Pipelines.runs(project, 1)).isEmpty();
    }

    @Test
    void run_unknownParameter_isBadRequest() {
        assertThatThrownBy(() -> Pipelines.run(project, 1, RunPipelineParameters.builder()
                .templateParameter("nope", "x").build())).isInstanceOf(AdoBadRequestException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void approvals_listGetApproveRejectAlreadyAnswered() {
        Pipelines.run(project, 2, RunPipelineParameters.DEFAULTS);
        Pipelines.run(project, 2, RunPipelineParameters.DEFAULTS);
        emulator.clock().advance(Duration.ofMinutes(5));
        List<Approval> pending = Approvals.list(project, ApprovalStatus.PENDING);

        Approval approved = Approvals.approve(project, pending.get(0).id(), "go");
        Approval rejected = Approvals.reject(project, pending.get(1).id(), "stop");

        assertThat(pending).hasSize(2).allSatisfy(a -> assertThat(a.runId()).isNotNull());
        assertThat(approved.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(approved.steps()).singleElement().satisfies(s -> assertThat(s.comment()).isEqualTo("go"));
        assertThat(rejected.status()).isEqualTo(ApprovalStatus.REJECTED);
        assertThat(Approvals.get(project, approved.id()).status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(Approvals.list(project, List.of(approved.id(), rejected.id()))).hasSize(2);
        assertThatThrownBy(() -> Approvals.approve(project, rejected.id(), "again"))
                .isInstanceOf(AdoBadRequestException.class).hasMessageContaining("rejected");
    }

    @Test
    void approval_unknown_isNotFound() {
        UUID id = UUID.randomUUID();

        assertThatThrownBy(() -> Approvals.get(project, id)).isInstanceOf(AdoNotFoundException.class)
                .hasMessageContaining(id.toString());
    }

    @Test
    void checkConfigurations_addListGetDelete() {
        CheckConfiguration added = CheckConfigurations.add(project, CheckConfiguration.of(
                CheckConfiguration.APPROVAL_TYPE, "Approval", "environment", "1",
                JsonObject.builder().put("instructions", "look first").build(), 60));

        assertThat(added.id()).isPositive();
        assertThat(CheckConfigurations.list(project, "environment", "1")).extracting(CheckConfiguration::id)
                .containsExactly(added.id());
        assertThat(CheckConfigurations.get(project, added.id()).settings().string("instructions"))
                .contains("look first");
        CheckConfigurations.delete(project, added.id());
        assertThatThrownBy(() -> CheckConfigurations.get(project, added.id()))
                .isInstanceOf(AdoNotFoundException.class);
    }
    @Test
    void list_orderBy_isSentAndHonoured() {
        emulator.pipelines().define("Fabrikam-Fiber-Git", "aaa first")
                .stage("Build", s -> s.job("j", j -> j.task("t"))).create();
        emulator.pipelines().define("Fabrikam-Fiber-Git", "zzz last")
                .stage("Build", s -> s.job("j", j -> j.task("t"))).create();

        List<String> desc = Pipelines.list(project, "name desc").map(Pipeline::name).toList();
        List<String> asc = Pipelines.list(project, "name asc").map(Pipeline::name).toList();

        assertThat(desc).hasSizeGreaterThanOrEqualTo(3).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
        assertThat(desc.get(0)).isEqualTo("zzz last");
        assertThat(asc.get(0)).isEqualTo("aaa first");
        assertThat(emulator.requests().matching("GET", "/_apis/pipelines")).anySatisfy(r ->
                assertThat(r.query()).contains("orderBy=name"));
        assertThatThrownBy(() -> Pipelines.list(project, "colour up").toList())
                .isInstanceOf(AdoBadRequestException.class).hasMessageContaining("colour up");
        assertThatThrownBy(() -> Pipelines.list(project, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("orderBy");
    }

    @Test
    void get_pipelineVersion_answersThatVersionAndRefusesOneThatDoesNotExist() {
        Pipeline first = Pipelines.get(project, 1, 1);

        assertThat(first.revision()).isEqualTo(1);
        assertThat(first.url()).endsWith("?revision=1");
        assertThatThrownBy(() -> Pipelines.get(project, 1, 99)).isInstanceOf(AdoNotFoundException.class)
                .hasMessageContaining("99");
        assertThatThrownBy(() -> Pipelines.get(project, 1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pipelineVersion");
    }

    @Test
    void approvals_userIdsAndTop_filterAndCap() {
        Pipelines.run(project, 2, RunPipelineParameters.DEFAULTS);
        Pipelines.run(project, 2, RunPipelineParameters.DEFAULTS);
        emulator.clock().advance(Duration.ofMinutes(5));
        List<Approval> all = Approvals.list(project, ApprovalStatus.PENDING);
        assertThat(all).hasSize(2);
        String approver = all.get(0).steps().get(0).assignedApprover().id().toString();

        assertThat(Approvals.list(project, ApprovalStatus.PENDING, List.of(approver), 250)).hasSize(2);
        assertThat(Approvals.list(project, null, List.of(UUID.randomUUID().toString()), 250)).isEmpty();
        assertThat(Approvals.list(project, ApprovalStatus.PENDING, null, 1)).hasSize(1);
        assertThat(Approvals.list(project, ApprovalStatus.APPROVED, List.of(approver), 250)).isEmpty();
        assertThatThrownBy(() -> Approvals.list(project, null, null, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("top");
    }

    @Test
    void approvals_updateSeveralAtOnce_answersEach() {
        Pipelines.run(project, 2, RunPipelineParameters.DEFAULTS);
        Pipelines.run(project, 2, RunPipelineParameters.DEFAULTS);
        emulator.clock().advance(Duration.ofMinutes(5));
        List<Approval> pending = Approvals.list(project, ApprovalStatus.PENDING);

        List<Approval> answered = Approvals.update(project, List.of(
                new ApprovalUpdate(pending.get(0).id(), ApprovalStatus.APPROVED, "yes"),
                new ApprovalUpdate(pending.get(1).id(), ApprovalStatus.REJECTED, "no")));

        assertThat(answered).extracting(Approval::status)
                .containsExactly(ApprovalStatus.APPROVED, ApprovalStatus.REJECTED);
        assertThat(Approvals.list(project, ApprovalStatus.PENDING)).isEmpty();
        assertThat(emulator.requests().count("PATCH", "/_apis/pipelines/approvals")).isEqualTo(1);
    }
}
