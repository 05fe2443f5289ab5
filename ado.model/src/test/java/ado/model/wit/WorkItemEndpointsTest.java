package ado.model.wit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.ApiCall;
import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoHttpException;
import ado.core.error.AdoNotFoundException;
import ado.core.error.AdoPreconditionFailedException;
import ado.core.json.JsonBoolean;
import ado.core.json.JsonNull;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.AdoEmulator;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkItemEndpointsTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";
    private static final WorkItemFieldName REVIEWED = WorkItemFieldName.of("Custom.Reviewed");

    private static AdoEmulator emulator;
    private static ApiCall org;
    private static ApiCall project;

    @BeforeAll
    static void start() {
        emulator = AdoEmulator.start();
        org = emulator.client().api();
        project = org.project(PROJECT);
        // the process has no boolean field of its own: add one to the organisation, as users do
        WorkItemFields.create(org, "Reviewed", REVIEWED.referenceName(), FieldType.BOOLEAN, null);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static WorkItem task(String title) {
        return WorkItems.create(project, "Task", WorkItemPatch.of(Map.of(WorkItemFieldName.TITLE, title)));
    }

    private static Map<Object, Object> values(String title, String html, int priority, double remaining,
                                              Instant due, String assignee, boolean reviewed, String iteration) {
        var m = new LinkedHashMap<Object, Object>();
        m.put(WorkItemFieldName.TITLE, title);
        m.put(WorkItemFieldName.DESCRIPTION, html);
        m.put(WorkItemFieldName.PRIORITY, priority);
        m.put("Microsoft.VSTS.Scheduling.RemainingWork", remaining);
        m.put(WorkItemFieldName.DUE_DATE, due);
        m.put(WorkItemFieldName.ASSIGNED_TO, assignee);
        m.put(REVIEWED, reviewed);
        m.put(WorkItemFieldName.ITERATION_PATH, iteration);
        return m;
    }

    private static void assertFields(JsonObject f, String title, String html, int priority, double remaining,
                                     Instant due, String uniqueName, boolean reviewed, String iteration) {
        assertThat(f.string("System.Title")).contains(title);
        assertThat(f.string("System.Description")).contains(html);
        assertThat(((JsonNumber) f.get("Microsoft.VSTS.Common.Priority")).intValue()).isEqualTo(priority);
        assertThat(((JsonNumber) f.get("Microsoft.VSTS.Scheduling.RemainingWork")).doubleValue()).isEqualTo(remaining);
        assertThat(Instant.parse(f.string("Microsoft.VSTS.Scheduling.DueDate").orElseThrow())).isEqualTo(due);
        assertThat(((JsonObject) f.get("System.AssignedTo")).string("uniqueName")).contains(uniqueName);
        assertThat(f.get("Custom.Reviewed")).isEqualTo(JsonBoolean.of(reviewed));
        assertThat(f.string("System.IterationPath")).contains(iteration);
    }

    @Test
    void everyFieldType_patchToRevisionHistory_roundTrips() {
        Instant due1 = Instant.parse("2026-12-24T10:15:30Z");
        Instant due2 = Instant.parse("2027-01-02T00:00:00Z");
        int id = WorkItems.create(project, "Task", WorkItemPatch.of(values("First", "<p>one</p>", 1, 4.5, due1,
                "Grace Hopper <grace@fabrikam.example>", true, PROJECT + "/Sprint 1"))).id();

        WorkItems.update(project, id, WorkItemPatch.builder().testRev(1).fields(values("Second", "<p>two</p>", 3,
                0.25, due2, "Alan Turing", false, PROJECT + "\\Sprint 2")).build());

        List<WorkItem> revisions = WorkItems.revisions(project, id).toList();
        assertThat(revisions).extracting(WorkItem::rev).containsExactly(1, 2);
        assertFields(revisions.get(0).fields(), "First", "<p>one</p>", 1, 4.5, due1, "grace@fabrikam.example", true,
                PROJECT + "\\Sprint 1");
        assertFields(revisions.get(1).fields(), "Second", "<p>two</p>", 3, 0.25, due2, "alan@fabrikam.example",
                false, PROJECT + "\\Sprint 2");
        WorkItemUpdate second = WorkItems.updates(project, id).toList().get(1);
        assertThat(second.fields().get("System.Title")).isEqualTo(new WorkItemFieldUpdate(JsonString.of("First"),
                JsonString.of("Second")));
        assertThat(second.fields().get("Custom.Reviewed").newValue()).isEqualTo(JsonBoolean.of(false));
        assertThat(second.fields()).containsKeys("System.Description", "Microsoft.VSTS.Common.Priority",
                "Microsoft.VSTS.Scheduling.RemainingWork", "Microsoft.VSTS.Scheduling.DueDate", "System.AssignedTo",
                "System.IterationPath");
    }

    private static void assertUnchanged(int id, String title) {
        WorkItem now = WorkItems.get(project, id);
        assertThat(now.rev()).isEqualTo(1);
        assertThat(now.fields().string("System.Title")).contains(title);
    }

    @Test
    void update_unknownField_badRequestTF51535AndUnchanged() {
        int id = task("Unchanged A").id();

        assertThatThrownBy(() -> WorkItems.update(project, id, WorkItemPatch.of(Map.of(WorkItemFieldName.TITLE, "x",
                "Custom.DoesNotExist", 1)))).isInstanceOf(AdoBadRequestException.class)
                .satisfies(e -> assertThat(((AdoHttpException) e).adoMessage())
                        .contains("TF51535: Cannot find field Custom.DoesNotExist."));
        assertUnchanged(id, "Unchanged A");
    }

    @Test
    void update_title256_badRequestTF401320AndUnchanged() {
        int id = task("Unchanged B").id();

        assertThatThrownBy(() -> WorkItems.update(project, id, WorkItemPatch.of(Map.of(WorkItemFieldName.TITLE,
                "t".repeat(256))))).isInstanceOf(AdoBadRequestException.class)
                .satisfies(e -> assertThat(((AdoHttpException) e).adoMessage())
                        .contains("TF401320: Rule Error for field Title. Error code: InvalidTooLong."));
        assertUnchanged(id, "Unchanged B");
    }

    @Test
    void update_missingIterationPath_badRequestTF401347AndUnchanged() {
        int id = task("Unchanged C").id();

        assertThatThrownBy(() -> WorkItems.update(project, id, WorkItemPatch.of(Map.of(
                WorkItemFieldName.ITERATION_PATH, PROJECT + "/Sprint 42")))).isInstanceOf(AdoBadRequestException.class)
                .satisfies(e -> assertThat(((AdoHttpException) e).adoMessage()).contains("TF401347: Invalid tree name "
                        + "given for work item " + id + ", field 'System.IterationPath'."));
        assertUnchanged(id, "Unchanged C");
    }

    @Test
    void update_staleRev_preconditionFailedAndUnchanged() {
        int id = task("Unchanged D").id();

        assertThatThrownBy(() -> WorkItems.update(project, id, WorkItemPatch.builder().testRev(7)
                .set(WorkItemFieldName.TITLE, "lost").build())).isInstanceOf(AdoPreconditionFailedException.class)
                .satisfies(e -> assertThat(((AdoHttpException) e).typeKey())
                        .contains("TestPatchOperationFailedException"));
        assertUnchanged(id, "Unchanged D");
    }

    @Test
    void get_missing_notFoundTF401232() {
        assertThatThrownBy(() -> WorkItems.get(project, 987654)).isInstanceOf(AdoNotFoundException.class)
                .satisfies(e -> assertThat(((AdoHttpException) e).adoMessage().orElseThrow()).startsWith("TF401232"));
    }

    @Test
    void get_asOf_readsThePastRevision() {
        WorkItem first = task("Then");
        Instant then = Instant.parse(first.fields().string("System.ChangedDate").orElseThrow());
        WorkItems.update(project, first.id(), WorkItemPatch.of(Map.of(WorkItemFieldName.TITLE, "Now")));

        WorkItem old = WorkItems.get(project, first.id(), List.of(WorkItemFieldName.TITLE), then);

        assertThat(old.fields().string("System.Title")).contains("Then");
        assertThat(old.fields().members()).containsOnlyKeys("System.Title");
    }

    @Test
    void batch_omit_nullAtMissingPositionInOrder() {
        int a = task("Batch A").id();
        int b = task("Batch B").id();

        List<WorkItem> items = WorkItems.batch(project, WorkItemBatchRequest.builder(List.of(b, 999_999, a))
                .errorPolicy(WorkItemErrorPolicy.OMIT).build());

        assertThat(items).hasSize(3);
        assertThat(items.get(0).id()).isEqualTo(b);
        assertThat(items.get(1)).isNull();
        assertThat(items.get(2).id()).isEqualTo(a);
    }

    @Test
    void list_expandRelations_includesLinks() {
        WorkItem parent = task("Parent");
        WorkItem child = task("Child");
        WorkItems.update(project, child.id(), WorkItemPatch.builder().addRelation(WorkItemLinks.parent(
                WorkItemLinks.workItemUrl(org, parent.id()))).build());

        List<WorkItem> items = WorkItems.list(project, List.of(parent.id()), WorkItemExpand.RELATIONS, null);

        assertThat(items.get(0).relations()).singleElement().satisfies(r -> {
            assertThat(r.rel()).isEqualTo(WorkItemLinks.CHILD);
            assertThat(WorkItemLinks.targetId(r)).isEqualTo(child.id());
        });
    }

    @Test
    void recycleBin_deleteRestoreDestroy() {
        int id = task("Recycled").id();

        WorkItems.delete(project, id);
        assertThatThrownBy(() -> WorkItems.get(project, id)).isInstanceOf(AdoNotFoundException.class);
        assertThat(WorkItems.recycleBin(project)).extracting(WorkItemDeleteReference::id).contains(id);
        assertThat(WorkItems.restore(project, id).id()).isEqualTo(id);
        assertThat(WorkItems.get(project, id).fields().string("System.Title")).contains("Recycled");
        WorkItems.destroy(project, id);
        assertThatThrownBy(() -> WorkItems.restore(project, id)).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void recycleBin_destroyDeleted_goneForGood() {
        int id = task("Destroyed from the bin").id();
        WorkItems.delete(project, id);

        WorkItems.destroyDeleted(project, id);

        assertThat(WorkItems.recycleBin(project)).extracting(WorkItemDeleteReference::id).doesNotContain(id);
        assertThatThrownBy(() -> WorkItems.restore(project, id)).isInstanceOf(AdoNotFoundException.class);
        assertThatThrownBy(() -> WorkItems.destroyDeleted(project, id)).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void attachments_open_streamsTheUploadedBytes() throws Exception {
        byte[] data = "streamed attachment".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        AttachmentReference ref = WorkItemAttachments.upload(project, "stream.txt", data);

        try (java.io.InputStream in = WorkItemAttachments.open(project, ref.id())) {
            assertThat(in.readAllBytes()).isEqualTo(data);
        }
        assertThatThrownBy(() -> WorkItemAttachments.open(project, UUID.randomUUID()))
                .isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void revisions_smallPages_allInOrder() {
        int id = task("r1").id();
        for (int i = 2; i <= 5; i++) {
            WorkItems.update(project, id, WorkItemPatch.of(Map.of(WorkItemFieldName.TITLE, "r" + i)));
        }

        assertThat(WorkItems.revisions(project, id, 2).map(w -> w.fields().string("System.Title").orElseThrow()))
                .containsExactly("r1", "r2", "r3", "r4", "r5");
    }

    @Test
    void comments_listedAcrossContinuationPages() {
        int id = task("Talk").id();
        for (int i = 0; i < 205; i++) {
            WorkItemComments.add(project, id, "c" + i, WorkItemCommentFormat.MARKDOWN);
        }

        assertThat(WorkItemComments.list(project, id).count()).isEqualTo(205);
        assertThat(WorkItemComments.page(project, id, 5, null).continuationToken()).isNotNull();
    }

    @Test
    void comments_updateAndDelete() {
        int id = task("Talk 2").id();
        WorkItemComment c = WorkItemComments.add(project, id, "<b>hi</b>", WorkItemCommentFormat.HTML);

        WorkItemComment edited = WorkItemComments.update(project, id, c.commentId(), "bye",
                WorkItemCommentFormat.MARKDOWN);
        WorkItemComments.delete(project, id, c.commentId());

        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.format()).isEqualTo(WorkItemCommentFormat.MARKDOWN);
        assertThatThrownBy(() -> WorkItemComments.get(project, id, c.commentId()))
                .isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void attachments_chunkedUpload_downloadsSameBytes(@TempDir Path dir) throws Exception {
        byte[] data = new byte[10_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        Path file = Files.write(dir.resolve("data.bin"), data);

        AttachmentReference ref = WorkItemAttachments.uploadChunked(project, file, "data.bin", 3_000);
        var out = new ByteArrayOutputStream();
        long n = WorkItemAttachments.download(project, ref.id(), out);

        assertThat(n).isEqualTo(data.length);
        assertThat(out.toByteArray()).isEqualTo(data);
    }

    @Test
    void attachments_downloadToPath_cutOffOnce_resumedAndOldFileReplaced(@TempDir Path dir) throws Exception {
        byte[] data = new byte[50_000];
        new java.util.Random(15).nextBytes(data);
        AttachmentReference ref = WorkItemAttachments.upload(project, "data.bin", data);
        Path file = Files.writeString(dir.resolve("data.bin"), "old");
        emulator.faults().on("GET", "/attachments/" + ref.id()).once().truncateBody();

        long n = WorkItemAttachments.download(project, ref.id(), file);

        assertThat(n).isEqualTo(data.length);
        assertThat(Files.readAllBytes(file)).isEqualTo(data);
        assertThat(emulator.requests().matching("GET", "/attachments/" + ref.id()))
                .extracting(r -> r.header("Range").orElse(null)).containsExactly(null, "bytes=25000-");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(file);
        }
    }

    @Test
    void attachments_linkedToWorkItem() {
        int id = task("Attach").id();
        AttachmentReference ref = WorkItemAttachments.upload(project, "notes.txt", "hello".getBytes());

        WorkItem item = WorkItems.update(project, id, WorkItemPatch.builder().addRelation(
                WorkItemLinks.attachment(ref, "notes")).build());

        assertThat(item.relations()).singleElement().satisfies(r -> {
            assertThat(r.rel()).isEqualTo("AttachedFile");
            assertThat(r.url()).contains(ref.id().toString());
        });
    }

    @Test
    void attachments_unknownId_notFound() {
        assertThatThrownBy(() -> WorkItemAttachments.download(project, UUID.randomUUID(), new ByteArrayOutputStream()))
                .isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void tags_projectListHasFirstCasing() {
        int id = task("Tagged").id();

        WorkItems.update(project, id, WorkItemPatch.of(Map.of(WorkItemFieldName.TAGS, List.of("Frontend",
                " frontend ", "UX"))));

        assertThat(WorkItemTags.list(project)).extracting(WorkItemTagDefinition::name).contains("Frontend", "UX")
                .doesNotContain("frontend");
        assertThat(WorkItemTags.parse(WorkItems.get(project, id).fields().string("System.Tags").orElseThrow()))
                .containsExactly("Frontend", "UX");
    }

    @Test
    void validateOnly_nothingSaved() {
        int id = task("Validated").id();

        WorkItems.update(project, id, WorkItemPatch.of(Map.of(WorkItemFieldName.TITLE, "never")),
                new WorkItemUpdateOptions(true, false, false));

        assertUnchanged(id, "Validated");
    }

    @Test
    void create_nullValue_removesField() {
        var fields = new LinkedHashMap<Object, Object>();
        fields.put(WorkItemFieldName.TITLE, "No description");
        fields.put(WorkItemFieldName.DESCRIPTION, null);

        WorkItem item = WorkItems.create(project, "Bug", WorkItemPatch.of(fields));

        assertThat(item.fields().has("System.Description")).isFalse();
        assertThat(item.fields().get("System.State")).isNotEqualTo(JsonNull.INSTANCE);
    }

    @Test
    void batch_manyIds_oneCall() {
        List<Integer> ids = IntStream.range(0, 30).mapToObj(i -> task("Many " + i).id()).toList();

        List<WorkItem> items = WorkItems.batch(project, WorkItemBatchRequest.builder(ids)
                .fields(List.of(WorkItemFieldName.TITLE)).build());

        assertThat(items).extracting(WorkItem::id).containsExactlyElementsOf(ids);
        JsonValue title = items.get(29).fields().get("System.Title");
        assertThat(title).isEqualTo(JsonString.of("Many 29"));
    }
}
