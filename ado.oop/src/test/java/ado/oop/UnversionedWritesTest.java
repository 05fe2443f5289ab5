package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.RetryPolicy;
import ado.core.error.AdoConflictException;
import ado.core.json.JsonObject;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.distributedtask.TaskGroupCreate;
import ado.model.distributedtask.TaskGroups;
import ado.model.policy.PolicyConfiguration;
import ado.model.policy.PolicyScope;
import ado.model.policy.PolicySettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Task groups and policy configurations, which Azure DevOps does not version, written concurrently through one
 * service: writers are serialised and merged, nothing another writer changed is overwritten, and a write whose
 * answer was lost is recognised as stored.
 */
@ExtendWith(AdoEmulatorExtension.class)
@Timeout(120)
class UnversionedWritesTest {

    private static final String P = "Fabrikam-Fiber-Git";
    private static final JsonObject TASK = JsonObject.builder().put("task", JsonObject.builder()
            .put("id", "e213ff0f-5d5c-4791-802d-52ea3e7be1f1").put("versionSpec", "2.*").build()).build();
    private static AdoEmulator emulator;
    private static Project project;
    private static PipelineResources library;

    @BeforeAll
    static void start(AdoEmulator started) {
        emulator = started;
        project = AzureDevOpsService.of(emulator.client()).organization().project(P);
        library = project.pipelineResources();
    }

    @AfterEach
    void clearFaults() {
        emulator.faults().clear();
    }

    private static void inParallel(List<Callable<Object>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<Object>> done = new ArrayList<>();
            tasks.forEach(t -> done.add(pool.submit(t)));
            for (Future<Object> f : done) {
                f.get(100, TimeUnit.SECONDS);                 // rethrows any failure
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void taskGroup_eightThreadsUpdating_allSucceedAndTheStoredNameAndDescriptionBelongTogether() throws Exception {
        TaskGroup g = library.createTaskGroup(new TaskGroupCreate("tg-many", null, "Deploy", List.of(TASK), null));
        List<Callable<Object>> writers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            writers.add(() -> {
                for (int i = 0; i < 4; i++) {
                    library.taskGroup(g.id()).update("tg-" + thread + "-" + i, "d-" + thread + "-" + i);
                }
                return null;
            });
        }

        inParallel(writers);

        var stored = TaskGroups.get(project.api(), g.id());
        assertThat(stored.name()).startsWith("tg-");
        assertThat(stored.description()).isEqualTo("d-" + stored.name().substring(3));
        assertThat(stored.tasks()).hasSize(1);
        assertThat(library.taskGroup(g.id())).isSameAs(g);
    }

    @Test
    void taskGroup_tasksChangedByAnotherWriterAfterRead_updateKeepsThem() {
        TaskGroup g = library.createTaskGroup(new TaskGroupCreate("tg-merge", null, "Deploy", List.of(TASK), null));
        var other = TaskGroups.get(project.api(), g.id());
        TaskGroups.update(project.api(), new ado.model.distributedtask.TaskGroup(other.id(), other.name(),
                other.description(), other.category(), other.revision(), List.of(TASK, TASK), other.inputs(),
                other.runsOn(), other.createdBy(), other.createdOn(), other.modifiedBy(), other.modifiedOn(),
                other.other()));

        g.update("tg-merged", "renamed");

        var stored = TaskGroups.get(project.api(), g.id());
        assertThat(stored.name()).isEqualTo("tg-merged");
        assertThat(stored.tasks()).hasSize(2);
    }

    @Test
    void taskGroup_nameChangedByAnotherWriterAfterRead_isAConflict() {
        TaskGroup g = library.createTaskGroup(new TaskGroupCreate("tg-race", null, "Deploy", List.of(TASK), null));
        TaskGroups.update(project.api(), TaskGroups.get(project.api(), g.id()).withNameAndDescription("theirs",
                null));

        assertThatThrownBy(() -> g.update("mine", null)).isInstanceOf(AdoConflictException.class);
        assertThat(TaskGroups.get(project.api(), g.id()).name()).isEqualTo("theirs");
    }

    @Test
    void taskGroup_answerLostAfterTheUpdateWasApplied_reportsSuccessAndWritesOnce() {
        Project noRetries = AzureDevOpsService.of(emulator.clientBuilder().retryPolicy(RetryPolicy.none()).build())
                .organization().project(P);
        TaskGroup g = noRetries.pipelineResources().createTaskGroup(
                new TaskGroupCreate("tg-lost", null, "Deploy", List.of(TASK), null));
        long puts = emulator.requests().count("PUT", "/taskgroups/" + g.id());
        emulator.faults().on("PUT", "/taskgroups/" + g.id()).resetAfterApply();

        g.update("tg-lost-2", "stored once");

        assertThat(emulator.requests().count("PUT", "/taskgroups/" + g.id())).isEqualTo(puts + 1);
        assertThat(g.info().description()).isEqualTo("stored once");
    }

    private Policy reviewersPolicy(String branch) {
        Repository repo = project.repository(P);
        repo.createBranch(branch, "main");
        return repo.requireReviewers(branch, 1);
    }

    @Test
    void policy_threeWritersOfDifferentPartsThroughTheirOwnObjects_allChangesKept() throws Exception {
        Policy created = reviewersPolicy("policy/merge");
        int id = created.id();
        PolicyScope scope = ((PolicySettings.MinimumReviewers) created.settings()).scope().get(0);
        List<Callable<Object>> writers = List.of(
                () -> {
                    Policy mine = project.collaboration().policy(id);
                    for (int i = 0; i < 6; i++) {
                        mine.enabled(i % 2 == 0);               // ends disabled
                    }
                    return null;
                },
                () -> {
                    Policy mine = project.collaboration().policy(id);
                    for (int i = 0; i < 6; i++) {
                        mine.blocking(i % 2 == 1);              // ends blocking
                    }
                    return null;
                },
                () -> {
                    Policy mine = project.collaboration().policy(id);
                    for (int n = 2; n <= 6; n++) {
                        mine.update(PolicySettings.MinimumReviewers.of(n, scope));   // ends at 6
                    }
                    return null;
                });

        inParallel(writers);

        PolicyConfiguration stored = project.collaboration().policy(id).info();
        assertThat(stored.isEnabled()).isFalse();
        assertThat(stored.isBlocking()).isTrue();
        assertThat(((PolicySettings.MinimumReviewers) stored.typedSettings()).minimumApproverCount()).isEqualTo(6);
    }

    @Test
    void permissions_eightThreadsAllowingDifferentBitsToOneIdentity_allKept() throws Exception {
        // ACEs are merged by the server (merge=true), not read-modify-written by ado4j: nothing to lose here
        Repository repo = project.organization().project("Contoso-Web").repository("contoso-web");
        var who = project.organization().identity("alan@fabrikam.example").orElseThrow();
        List<ado.model.git.GitPermission> bits = List.of(ado.model.git.GitPermission.FORCE_PUSH,
                ado.model.git.GitPermission.CREATE_BRANCH, ado.model.git.GitPermission.CREATE_TAG,
                ado.model.git.GitPermission.MANAGE_NOTE, ado.model.git.GitPermission.POLICY_EXEMPT,
                ado.model.git.GitPermission.EDIT_POLICIES, ado.model.git.GitPermission.REMOVE_OTHERS_LOCKS,
                ado.model.git.GitPermission.PULL_REQUEST_CONTRIBUTE);
        List<Callable<Object>> writers = new ArrayList<>();
        for (var bit : bits) {
            writers.add(() -> {
                repo.permissions().branch("main").allow(who, bit);
                return null;
            });
        }

        inParallel(writers);

        long expected = bits.stream().mapToLong(ado.model.git.GitPermission::bit).reduce(0, (a, b) -> a | b);
        assertThat(repo.permissions().branch("main").entry(who)).hasValueSatisfying(e ->
                assertThat(e.allow() & expected).isEqualTo(expected));
    }

    @Test
    void policy_enabledChangedByAnotherWriterAfterRead_isAConflict() {
        Policy mine = reviewersPolicy("policy/race");
        project.collaboration().policy(mine.id()).enabled(false);            // another object, as another writer

        assertThatThrownBy(() -> mine.enabled(true)).isInstanceOf(AdoConflictException.class);
        assertThat(project.collaboration().policy(mine.id()).isEnabled()).isFalse();
    }
}
