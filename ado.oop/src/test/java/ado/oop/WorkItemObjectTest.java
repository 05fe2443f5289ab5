package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoNotFoundException;
import ado.core.error.AdoPreconditionFailedException;
import ado.core.json.JsonNumber;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.wit.WorkItemCommentFormat;
import ado.model.wit.WorkItemFieldName;
import ado.model.wit.WorkItemLinks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(AdoEmulatorExtension.class)
class WorkItemObjectTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";

    private AdoEmulator emulator;
    private Project project;

    @BeforeEach
    void setUp(AdoEmulator emulator) {
        this.emulator = emulator;
        project = AzureDevOpsService.of(emulator.client()).organization().project(PROJECT);
    }

    private WorkItem task(String title) {
        return project.createWorkItem("Task", Map.of(WorkItemFieldName.TITLE, title));
    }

    /** {@return the same work item seen through another service (its own identity map and cache)} */
    private WorkItem elsewhere(int id) {
        return AzureDevOpsService.of(emulator.client()).organization().project(PROJECT).workItem(id);
    }

    @Test
    void createWorkItem_typedGetters() {
        WorkItem w = project.createWorkItem("User Story", Map.of(WorkItemFieldName.TITLE, "Log in",
                WorkItemFieldName.ASSIGNED_TO, "Grace Hopper", WorkItemFieldName.ITERATION_PATH, PROJECT + "/Sprint 1",
                WorkItemFieldName.TAGS, List.of("web", "auth"), "Microsoft.VSTS.Scheduling.StoryPoints", 3.0));

        assertThat(w.title()).isEqualTo("Log in");
        assertThat(w.state()).isEqualTo("New");
        assertThat(w.type()).isEqualTo("User Story");
        assertThat(w.area()).isEqualTo(PROJECT);
        assertThat(w.iteration()).isEqualTo(PROJECT + "\\Sprint 1");
        assertThat(w.assignedTo()).hasValueSatisfying(a -> assertThat(a.displayName()).isEqualTo("Grace Hopper"));
        assertThat(w.tags()).containsExactlyInAnyOrder("web", "auth");
        assertThat(w.rev()).isEqualTo(1);
        assertThat(w.field("Microsoft.VSTS.Scheduling.StoryPoints")).hasValueSatisfying(
                v -> assertThat(((JsonNumber) v).doubleValue()).isEqualTo(3.0));
    }

    @Test
    void workItem_sameIdSameObject() {
        WorkItem w = task("Once");

        assertThat(project.workItem(w.id())).isSameAs(w);
    }

    @Test
    void update_sendsRevisionSeen_concurrentChangeRaisesAndNothingOverwritten() {
        WorkItem mine = task("Original");
        elsewhere(mine.id()).update(Map.of(WorkItemFieldName.TITLE, "Theirs"));

        assertThatThrownBy(() -> mine.update(Map.of(WorkItemFieldName.TITLE, "Mine")))
                .isInstanceOf(AdoPreconditionFailedException.class);
        assertThat(mine.refresh().title()).isEqualTo("Theirs");
        assertThat(mine.update(Map.of(WorkItemFieldName.TITLE, "Mine")).title()).isEqualTo("Mine");
    }

    @Test
    void update_ruleFailure_badRequestAndUnchanged() {
        WorkItem w = task("Kept");

        assertThatThrownBy(() -> w.update(Map.of(WorkItemFieldName.TITLE, "x".repeat(256))))
                .isInstanceOf(AdoBadRequestException.class);
        assertThat(w.refresh().title()).isEqualTo("Kept");
        assertThat(w.rev()).isEqualTo(1);
    }

    @Test
    void addTag_ignoresCase_keepsOriginalCasing() {
        WorkItem w = task("Tags");
        w.addTag("Backend");

        w.addTag("BACKEND");

        assertThat(w.tags()).containsExactly("Backend");
        assertThat(w.rev()).isEqualTo(2);
    }

    @Test
    void removeTag_ignoresCase() {
        WorkItem w = project.createWorkItem("Task", Map.of(WorkItemFieldName.TITLE, "Untag",
                WorkItemFieldName.TAGS, "Alpha; Beta"));

        w.removeTag("alpha");

        assertThat(w.tags()).containsExactly("Beta");
    }

    @Test
    void addTag_staleObject_retriesWithoutLosingTheOtherTag() {
        WorkItem mine = task("Race");
        mine.info();
        elsewhere(mine.id()).addTag("theirs");

        mine.addTag("mine");

        assertThat(mine.tags()).containsExactlyInAnyOrder("theirs", "mine");
    }

    @Test
    void addTag_concurrentWriters_noLostUpdate() throws Exception {
        int id = task("Many writers").id();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        var start = new CountDownLatch(1);
        var futures = new ArrayList<Future<?>>();
        for (int i = 0; i < 6; i++) {
            String tag = "t" + i;
            WorkItem w = elsewhere(id);
            w.info();
            futures.add(pool.submit(() -> {
                start.await();
                return w.addTag(tag);
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(project.workItem(id).refresh().tags()).containsExactlyInAnyOrder("t0", "t1", "t2", "t3", "t4",
                "t5");
    }

    @Test
    void link_parentAndChildren_bothSides() {
        WorkItem story = project.createWorkItem("User Story", Map.of(WorkItemFieldName.TITLE, "Story"));
        WorkItem a = task("A");
        WorkItem b = task("B");

        a.link(story, WorkItemLinks.PARENT);
        b.link(story, WorkItemLinks.PARENT);

        assertThat(a.parent()).containsSame(story);
        assertThat(story.refresh().children()).containsExactly(a, b);
    }

    @Test
    void unlink_removesBothSides() {
        WorkItem story = project.createWorkItem("User Story", Map.of(WorkItemFieldName.TITLE, "Story"));
        WorkItem a = task("A").link(story, WorkItemLinks.PARENT);

        a.unlink(story);

        assertThat(a.parent()).isEmpty();
        assertThat(story.refresh().children()).isEmpty();
    }

    @Test
    void link_hyperlinkAndBuildArtifact() {
        WorkItem w = task("Links");

        w.link(WorkItemLinks.hyperlink("https://example.com/spec", "spec"));
        w.link(WorkItemLinks.build(17));

        assertThat(w.info().relations()).extracting(r -> r.url())
                .containsExactly("https://example.com/spec", "vstfs:///Build/Build/17");
    }

    @Test
    void comment_addsRevisionAndIsListed() {
        WorkItem w = task("Talk");

        w.comment("**bold**", WorkItemCommentFormat.MARKDOWN);

        assertThat(w.comments()).extracting(c -> c.text()).containsExactly("**bold**");
        assertThat(w.update(Map.of(WorkItemFieldName.TITLE, "Talk 2")).rev()).isEqualTo(3);
    }

    @Test
    void attach_uploadsAndLinks(@TempDir Path dir) throws Exception {
        WorkItem w = task("Attach");
        Path file = Files.writeString(dir.resolve("notes.txt"), "notes");

        var ref = w.attach(file);

        assertThat(w.info().relations()).singleElement().satisfies(r -> {
            assertThat(r.rel()).isEqualTo("AttachedFile");
            assertThat(r.url()).contains(ref.id().toString());
        });
    }

    @Test
    void history_everyRevision() {
        WorkItem w = task("v1");
        w.update(Map.of(WorkItemFieldName.TITLE, "v2"));

        assertThat(w.history()).extracting(r -> r.fields().string("System.Title").orElseThrow())
                .containsExactly("v1", "v2");
        assertThat(w.updates()).hasSize(2);
    }

    @Test
    void workItems_bulk_inRequestedOrderAcrossBatches() {
        List<Integer> ids = IntStream.range(0, 450).mapToObj(i -> task("Bulk " + i).id()).toList();
        List<Integer> reversed = new ArrayList<>(ids);
        java.util.Collections.reverse(reversed);

        List<WorkItem> items = project.workItems(reversed, 3);

        assertThat(items).extracting(WorkItem::id).containsExactlyElementsOf(reversed);
        assertThat(items.get(0).title()).isEqualTo("Bulk 449");
    }

    @Test
    void workItems_batchConnectionReset_resentAndEveryItemRead() {
        List<Integer> ids = IntStream.range(0, 3).mapToObj(i -> task("Reset " + i).id()).toList();
        emulator.faults().on("POST", "/_apis/wit/workitemsbatch").once().resetAfterRead();
        long before = emulator.requests().count("POST", "/_apis/wit/workitemsbatch");

        List<WorkItem> items = project.workItems(ids);

        assertThat(items).extracting(WorkItem::id).containsExactlyElementsOf(ids);
        assertThat(emulator.requests().count("POST", "/_apis/wit/workitemsbatch") - before)
                .as("the batch read resent once after the reset").isEqualTo(2);
    }

    @Test
    void workItems_missingId_notFoundNamingIt() {
        int id = task("Present").id();

        assertThatThrownBy(() -> project.workItems(List.of(id, 987_654)))
                .isInstanceOf(AdoNotFoundException.class).hasMessageContaining("987654");
    }

    @Test
    void workItems_zeroParallelism_throwsNamingIt() {
        assertThatThrownBy(() -> project.workItems(List.of(1), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parallelism");
    }

    @Test
    void workItemsByIds_lazy_oneBatchForFirstFew() {
        List<Integer> ids = IntStream.range(0, 5).mapToObj(i -> task("Lazy " + i).id()).toList();
        emulator.requests().clear();

        List<WorkItem> first = project.workItemsByIds(Stream.concat(ids.stream(),
                Stream.iterate(1_000_000, i -> i + 1))).limit(3).toList();

        assertThat(first).extracting(WorkItem::id).containsExactlyElementsOf(ids.subList(0, 3));
        assertThat(emulator.requests().count("POST", "/_apis/wit/workitemsbatch")).isEqualTo(1);
    }

    @Test
    void workItemsByIds_deletedIdsSkipped() {
        WorkItem kept = task("Kept");
        WorkItem gone = task("Gone");
        gone.delete();

        assertThat(project.workItemsByIds(Stream.of(gone.id(), kept.id()))).containsExactly(kept);
    }

    @Test
    void restoreWorkItem_fromRecycleBin() {
        WorkItem w = task("Restore me");
        w.delete();

        assertThat(project.deletedWorkItems()).extracting(d -> d.id()).contains(w.id());
        assertThat(project.restoreWorkItem(w.id()).title()).isEqualTo("Restore me");
    }
}
