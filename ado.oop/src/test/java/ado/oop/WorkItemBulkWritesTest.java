package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoOutcomeUnknownException;
import ado.core.error.AdoPreconditionFailedException;
import ado.core.spi.RequestEvent;
import ado.core.spi.RequestListener;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.wit.WorkItemFieldName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link Project#createWorkItems} and {@link Project#updateWorkItems}: one outcome per input in order, a refusal
 * or a concurrent writer confined to its own input, lost answers never written twice, bad input refused before
 * anything is sent, an interrupt reporting everything sent.
 */
@ExtendWith(AdoEmulatorExtension.class)
@Timeout(120)
class WorkItemBulkWritesTest {

    private static final String P = "Fabrikam-Fiber-Git";
    private static AdoEmulator emulator;
    private static Project project;

    @BeforeAll
    static void start(AdoEmulator started) {
        emulator = started;
        project = AzureDevOpsService.of(emulator.client()).organization().project(P);
    }

    @AfterEach
    void clearFaults() {
        emulator.faults().clear();
    }

    private static List<WorkItemDraft> tasks(String marker, int n) {
        return IntStream.range(0, n).mapToObj(i -> new WorkItemDraft("Task",
                Map.of(WorkItemFieldName.TITLE, marker + " " + i))).toList();
    }

    /** {@return how many work items of the project have {@code marker} in their title, from a fresh service} */
    private static long stored(String marker) {
        return AzureDevOpsService.of(emulator.client()).organization().project(P)
                .query("SELECT [System.Id] FROM WorkItems WHERE [System.Title] CONTAINS '" + marker + "'").count();
    }

    private static WorkItem elsewhere(int id) {
        return AzureDevOpsService.of(emulator.client()).organization().project(P).workItem(id);
    }

    private static List<WorkItem> written(List<WriteOutcome<WorkItem>> outcomes) {
        return outcomes.stream().map(o -> o.written().orElseThrow(() -> new AssertionError("not written: " + o)))
                .toList();
    }

    /**
     * Microsoft's own example of Work Items - Update ("update a field": {@code test /rev}, then one {@code add} per
     * field, the values as given) is the oracle for what a bulk update puts on the wire, not our emulator.
     */
    @Test
    void updateWorkItems_wireBody_isMicrosoftsUpdateAFieldExample() throws Exception {
        var codec = ado.core.json.JsonCodec.builtin();
        var json = ado.core.json.JsonType.of(ado.core.json.JsonValue.class);
        var vector = (ado.core.json.JsonObject) codec.read(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                "../testdata/ado-vectors/wit/WorkItems_Update--update-a-field.json")), json);
        var example = (ado.core.json.JsonArray) vector.get("request");
        WorkItem w = written(project.createWorkItems(tasks("bulk-wire", 1), 1)).get(0);
        var fields = new java.util.LinkedHashMap<String, Object>();
        fields.put("System.AreaPath", P); // the example's area does not exist here; the project's root area does
        fields.put("System.History", "Moving to the right area path");
        long before = emulator.requests().count("PATCH", "/workitems/" + w.id());

        assertThat(written(project.updateWorkItems(List.of(new WorkItemChange(w, fields)), 1))).hasSize(1);

        List<ado.emulator.RecordedRequest> patches = emulator.requests().matching("PATCH", "/workitems/" + w.id());
        assertThat(patches).hasSize((int) before + 1);
        var sent = (ado.core.json.JsonArray) codec.read(patches.get(patches.size() - 1).body(), json);
        String expected = codec.writeString(example).replace("\"value\":1}", "\"value\":" + (w.rev() - 1) + "}")
                .replace("Fabrikam-Fiber-Git\\\\Website", P);
        assertThat(codec.writeString(sent)).isEqualTo(expected);
        assertThat(patches.get(patches.size() - 1).header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json-patch+json"));
    }

    @Test
    void createWorkItems_allFine_writtenInInputOrder() {
        List<WriteOutcome<WorkItem>> outcomes = project.createWorkItems(tasks("bulk-order", 25), 4);

        assertThat(written(outcomes)).extracting(WorkItem::title)
                .containsExactlyElementsOf(IntStream.range(0, 25).mapToObj(i -> "bulk-order " + i).toList());
        assertThat(WriteOutcome.failures(outcomes)).isEmpty();
        assertThat(stored("bulk-order")).isEqualTo(25);
    }

    @Test
    void createWorkItems_unknownFieldOnOneDraft_thatOneRefusedNamingIt_othersWritten() {
        var drafts = new ArrayList<>(tasks("bulk-badfield", 6));
        drafts.set(3, new WorkItemDraft("Task", Map.of("System.Title", "bulk-badfield 3", "Custom.NoSuchField", "x")));

        List<WriteOutcome<WorkItem>> outcomes = project.createWorkItems(drafts, 3);

        assertThat(WriteOutcome.failures(outcomes)).containsOnlyKeys(3);
        assertThat(outcomes.get(3)).isInstanceOf(WriteOutcome.Refused.class);
        assertThat(outcomes.get(3).error().orElseThrow()).isInstanceOf(AdoBadRequestException.class)
                .hasMessageContaining("Custom.NoSuchField")
                .isSameAs(((WriteOutcome.Failed<WorkItem>) outcomes.get(3)).cause());
        assertThat(outcomes.get(3).written()).isEmpty();
        assertThat(outcomes.get(0).error()).isEmpty();
        assertThat(stored("bulk-badfield")).isEqualTo(5);
    }

    @Test
    void updateWorkItems_secondWriterBetweenReadAndUpdate_thatOneRefused412_itsValueKept_restWritten() {
        List<WorkItem> items = written(project.createWorkItems(tasks("bulk-race", 5), 2));
        items.forEach(WorkItem::rev); // read: each object holds its revision
        elsewhere(items.get(2).id()).update(Map.of(WorkItemFieldName.TITLE, "the other writer's"));

        List<WriteOutcome<WorkItem>> outcomes = project.updateWorkItems(items.stream()
                .map(w -> new WorkItemChange(w, Map.of(WorkItemFieldName.TITLE, "bulk-race done"))).toList(), 3);

        assertThat(WriteOutcome.failures(outcomes)).containsOnlyKeys(2);
        assertThat(outcomes.get(2).error().orElseThrow()).isInstanceOf(AdoPreconditionFailedException.class);
        assertThat(elsewhere(items.get(2).id()).title()).isEqualTo("the other writer's");
        for (int i : new int[] {0, 1, 3, 4}) {
            WorkItem w = outcomes.get(i).written().orElseThrow();
            assertThat(w).isSameAs(items.get(i));
            assertThat(elsewhere(w.id()).title()).isEqualTo("bulk-race done");
            assertThat(w.title()).isEqualTo("bulk-race done");
        }
    }

    @Test
    void createWorkItems_answerLostAfterTheServerCreatedIt_unknownAndNeverSentAgain() {
        var drafts = new ArrayList<>(tasks("bulk-lostcreate", 4));
        drafts.add(2, new WorkItemDraft("Bug", Map.of(WorkItemFieldName.TITLE, "bulk-lostcreate bug")));
        long bugPosts = emulator.requests().count("POST", "/workitems/$Bug");
        emulator.faults().on("POST", "/workitems/$Bug").resetAfterApply();

        List<WriteOutcome<WorkItem>> outcomes = project.createWorkItems(drafts, 2);

        assertThat(WriteOutcome.failures(outcomes)).containsOnlyKeys(2);
        assertThat(outcomes.get(2)).isInstanceOf(WriteOutcome.Unknown.class);
        assertThat(outcomes.get(2).error().orElseThrow()).isInstanceOf(AdoOutcomeUnknownException.class);
        assertThat(emulator.requests().count("POST", "/workitems/$Bug") - bugPosts).as("bug creates sent")
                .isEqualTo(1);
        assertThat(stored("bulk-lostcreate")).as("the lost one landed, once").isEqualTo(5);
    }

    @Test
    void updateWorkItems_answerLostAfterTheServerAppliedIt_writtenFromTheReread_appliedOnce() {
        List<WorkItem> items = written(project.createWorkItems(tasks("bulk-lostupdate", 3), 2));
        WorkItem lost = items.get(1);
        int rev = lost.rev();
        emulator.faults().on("PATCH", "/workitems/" + lost.id()).resetAfterApply();

        List<WriteOutcome<WorkItem>> outcomes = project.updateWorkItems(items.stream()
                .map(w -> new WorkItemChange(w, Map.of(WorkItemFieldName.TITLE, "bulk-lostupdate done",
                        "Microsoft.VSTS.Common.Priority", 2))).toList(), 3);

        assertThat(WriteOutcome.failures(outcomes)).isEmpty();
        assertThat(outcomes.get(1).written()).containsSame(lost);
        assertThat(lost.rev()).isEqualTo(rev + 1);
        assertThat(lost.title()).isEqualTo("bulk-lostupdate done");
        assertThat(emulator.requests().count("PATCH", "/workitems/" + lost.id())).as("updates sent").isEqualTo(1);
        assertThat(elsewhere(lost.id()).history()).as("revisions").hasSize(rev + 1);
    }

    @Test
    void updateWorkItems_answerLostBeforeTheServerAppliedIt_sentAgainOnce_written() {
        List<WorkItem> items = written(project.createWorkItems(tasks("bulk-unapplied", 3), 2));
        WorkItem lost = items.get(0);
        int rev = lost.rev();
        emulator.faults().on("PATCH", "/workitems/" + lost.id()).resetAfterRead();

        List<WriteOutcome<WorkItem>> outcomes = project.updateWorkItems(items.stream()
                .map(w -> new WorkItemChange(w, Map.of(WorkItemFieldName.TITLE, "bulk-unapplied done"))).toList(), 2);

        assertThat(WriteOutcome.failures(outcomes)).isEmpty();
        assertThat(lost.rev()).isEqualTo(rev + 1);
        assertThat(elsewhere(lost.id()).title()).isEqualTo("bulk-unapplied done");
        assertThat(emulator.requests().count("PATCH", "/workitems/" + lost.id())).as("updates sent").isEqualTo(2);
    }

    @Test
    void updateWorkItems_answerLostAndSomeoneElseWroteToo_unknown() {
        WorkItem w = written(project.createWorkItems(tasks("bulk-unresolved", 1), 1)).get(0);
        w.rev();
        // the update lands, its answer is lost, and another writer changes the work item before the read-back
        emulator.faults().on("PATCH", "/workitems/" + w.id()).resetAfterApply();
        var other = new RequestListener() {
            @Override
            public void onFailure(RequestEvent.Failure event) {
                if (event.method().equals("PATCH")) {
                    elsewhere(w.id()).update(Map.of(WorkItemFieldName.TITLE, "someone else"));
                }
            }
        };
        try (AdoClient client = emulator.clientBuilder().listener(other).build()) {
            WorkItem mine = AzureDevOpsService.of(client).organization().project(P).workItem(w.id());
            mine.rev();

            List<WriteOutcome<WorkItem>> outcomes = AzureDevOpsService.of(client).organization().project(P)
                    .updateWorkItems(List.of(new WorkItemChange(mine, Map.of(WorkItemFieldName.TITLE, "mine"))), 1);

            assertThat(outcomes.get(0)).isInstanceOf(WriteOutcome.Unknown.class);
            assertThat(emulator.requests().count("PATCH", "/workitems/" + w.id())).as("updates sent").isEqualTo(2);
            assertThat(mine.title()).as("what the read-back saw").isEqualTo("someone else");
        }
    }

    @Test
    void updateWorkItems_resentAfterALostAnswer_butTheFirstLandedLate_412ResolvedToWritten() {
        WorkItem w = written(project.createWorkItems(tasks("bulk-late", 1), 1)).get(0);
        int rev = w.rev();
        Map<WorkItemFieldName, Object> fields = Map.of(WorkItemFieldName.TITLE, "bulk-late done");
        emulator.faults().on("PATCH", "/workitems/" + w.id()).resetAfterRead();
        var stage = new AtomicInteger(); // 0: first send, 1: its answer lost, 2: landed late
        var late = new RequestListener() {
            @Override
            public void onFailure(RequestEvent.Failure event) {
                if (event.method().equals("PATCH")) {
                    stage.compareAndSet(0, 1);
                }
            }

            @Override
            public void onResponse(RequestEvent.Response event) {
                // the read-back has been answered (still at rev): now the first send lands, late, as if delayed
                if (event.method().equals("GET") && stage.compareAndSet(1, 2)) {
                    elsewhere(w.id()).update(fields);
                }
            }
        };
        try (AdoClient client = emulator.clientBuilder().listener(late).build()) {
            WorkItem mine = AzureDevOpsService.of(client).organization().project(P).workItem(w.id());
            mine.rev();

            List<WriteOutcome<WorkItem>> outcomes = AzureDevOpsService.of(client).organization().project(P)
                    .updateWorkItems(List.of(new WorkItemChange(mine, fields)), 1);

            assertThat(outcomes.get(0).written()).containsSame(mine);
            assertThat(mine.rev()).isEqualTo(rev + 1);
            assertThat(emulator.requests().count("PATCH", "/workitems/" + w.id()))
                    .as("lost, landed late (elsewhere), resent and refused 412").isEqualTo(3);
        }
    }

    @Test
    void bulkWrites_badInput_refusedNamingIt_nothingSent() {
        WorkItem w = project.workItem(1);
        var drafts = Arrays.asList(tasks("bulk-bad", 1).get(0), null);
        long before = emulator.requests().total();

        assertThatThrownBy(() -> project.createWorkItems(null, 2)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("drafts");
        assertThatThrownBy(() -> project.createWorkItems(drafts, 2)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("drafts[1]");
        assertThatThrownBy(() -> project.createWorkItems(tasks("bulk-bad", 2), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parallelism").hasMessageContaining("0");
        assertThatThrownBy(() -> project.updateWorkItems(null, 2)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("changes");
        assertThatThrownBy(() -> project.updateWorkItems(Arrays.asList(
                new WorkItemChange(w, Map.of("System.Title", "x")), null), 2))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("changes[1]");
        assertThatThrownBy(() -> project.updateWorkItems(List.of(new WorkItemChange(w, Map.of("System.Title", "x")),
                new WorkItemChange(w, Map.of("System.State", "Active"))), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("changes[1]")
                .hasMessageContaining("changes[0]");
        assertThatThrownBy(() -> project.updateWorkItems(List.of(), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");

        assertThat(emulator.requests().total()).as("requests sent").isEqualTo(before);
        assertThat(project.createWorkItems(List.of(), 8)).isEmpty();
    }

    @Test
    void drafts_andChanges_checkWhatTheyHold() {
        assertThatThrownBy(() -> new WorkItemDraft(" ", Map.of("System.Title", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("type");
        assertThatThrownBy(() -> new WorkItemDraft("Task", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("fields");
        assertThatThrownBy(() -> new WorkItemDraft("Task", Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fields");
        assertThatThrownBy(() -> new WorkItemDraft("Task", Map.of(42, "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("42");
        assertThatThrownBy(() -> new WorkItemChange(null, Map.of("System.Title", "x")))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("workItem");
        var fields = new java.util.LinkedHashMap<String, Object>(Map.of("System.Title", "x"));
        var draft = new WorkItemDraft("Task", fields);
        fields.put("System.State", "Active");
        assertThat(List.copyOf(draft.fields().keySet())).as("a copy").isEqualTo(List.of("System.Title"));
    }

    @Test
    void createWorkItems_callerInterrupted_restNotSent_everySentOneReported_flagKept() {
        emulator.faults().on("POST", "/workitems/$Task").always().delay(Duration.ofMillis(100));
        Thread caller = Thread.currentThread();
        var starts = new AtomicInteger();
        var interrupter = new RequestListener() {
            @Override
            public void onStart(RequestEvent.Start event) {
                if (event.method().equals("POST") && starts.incrementAndGet() == 3) {
                    caller.interrupt();
                }
            }
        };
        long posts = emulator.requests().count("POST", "/workitems/$Task");
        List<WriteOutcome<WorkItem>> outcomes;
        boolean flag;
        try (AdoClient client = emulator.clientBuilder().listener(interrupter).build()) {
            outcomes = AzureDevOpsService.of(client).organization().project(P)
                    .createWorkItems(tasks("bulk-interrupt", 30), 2);
        } finally {
            flag = Thread.interrupted();
        }

        assertThat(flag).as("interrupt flag kept").isTrue();
        assertThat(outcomes).hasSize(30).doesNotContainNull();
        long written = outcomes.stream().filter(WriteOutcome::isWritten).count();
        long unknown = outcomes.stream().filter(WriteOutcome.Unknown.class::isInstance).count();
        long notSent = outcomes.stream().filter(WriteOutcome.NotSent.class::isInstance).count();
        assertThat(written + unknown + notSent).isEqualTo(30);
        assertThat(notSent).as("not sent").isPositive();
        assertThat(outcomes.stream().filter(WriteOutcome.Refused.class::isInstance)).isEmpty();
        assertThat(emulator.requests().count("POST", "/workitems/$Task") - posts).as("creates that reached the server")
                .isBetween(written, written + unknown);
        emulator.faults().clear();
        assertThat(stored("bulk-interrupt")).isBetween(written, written + unknown);
    }
}
