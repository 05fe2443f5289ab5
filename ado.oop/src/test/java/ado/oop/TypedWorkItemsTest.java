package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoConflictException;
import ado.core.error.AdoJsonException;
import ado.core.error.AdoPreconditionFailedException;
import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.AdoEmulator;
import ado.emulator.RecordedRequest;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.IdentityRef;
import ado.model.wit.FieldType;
import ado.model.wit.WorkItemFieldName;
import ado.model.wit.WorkItemFields;
import java.lang.reflect.RecordComponent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ExtendWith(AdoEmulatorExtension.class)
class TypedWorkItemsTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";

    /** One component per ADO field type (FieldType), plus the id, revision, title and tags. */
    record All(@Field("System.Id") int id, @Field("System.Rev") int rev,
               @Field("System.Title") String title,
               @Field("Custom.Text") String text,
               @Field("Custom.Count") Integer count,
               @Field("Custom.Ratio") Double ratio,
               @Field("Custom.When") Instant when,
               @Field("Custom.Plain") String plain,
               @Field("Custom.Notes") String notes,
               @Field("System.IterationPath") String iteration,
               @Field("System.History") String history,
               @Field("Custom.Approved") Optional<Boolean> approved,
               @Field("Custom.Reviewer") Optional<IdentityRef> reviewer,
               @Field("Custom.Size") String size,
               @Field("Custom.Level") Integer level,
               @Field("Custom.Weight") Double weight,
               @Field("Custom.Token") UUID token,
               @Field("System.Tags") List<String> tags) {
    }

    /** Primitives and long: they need a value. */
    record Primitives(@Field("System.Id") long id, @Field("System.Title") String title,
                      @Field("Custom.Count") int count, @Field("Custom.Ratio") double ratio,
                      @Field("Custom.Approved") boolean approved, @Field("Custom.Level") long level) {
    }

    /** No id or revision: can be read and created, not updated by {@link TypedWorkItems#update}. */
    record TitleOnly(@Field("System.Title") String title) {
    }

    /** Components whose Java type does not fit the field's values. */
    record Mismatch(@Field("System.Id") int id, @Field("System.Title") int title) {
    }

    /** One row per ADO field type: the component, its field, the value it is created with and the one it changes to. */
    private record Row(String component, String field, Object first, Object second) {
    }

    private static final Map<FieldType, Row> ROWS = Map.ofEntries(
            Map.entry(FieldType.STRING, new Row("text", "Custom.Text", "first text", "second text")),
            Map.entry(FieldType.INTEGER, new Row("count", "Custom.Count", 7, -3)),
            Map.entry(FieldType.DOUBLE, new Row("ratio", "Custom.Ratio", 0.25, 1.5e10)),
            Map.entry(FieldType.DATE_TIME, new Row("when", "Custom.When", Instant.parse("2026-03-01T10:15:30Z"),
                    Instant.parse("2026-12-24T00:00:00.123Z"))),
            Map.entry(FieldType.PLAIN_TEXT, new Row("plain", "Custom.Plain", "line 1\nline 2", "other")),
            Map.entry(FieldType.HTML, new Row("notes", "Custom.Notes", "<p>Hi</p>", "<b>Bye</b>")),
            Map.entry(FieldType.TREE_PATH, new Row("iteration", "System.IterationPath", PROJECT + "\\Sprint 1",
                    PROJECT + "\\Sprint 2")),
            Map.entry(FieldType.HISTORY, new Row("history", "System.History", "Found in review", "Fixed in 2.1")),
            Map.entry(FieldType.BOOLEAN, new Row("approved", "Custom.Approved", Optional.of(true),
                    Optional.of(false))),
            Map.entry(FieldType.IDENTITY, new Row("reviewer", "Custom.Reviewer",
                    Optional.of(person("grace@fabrikam.example")), Optional.of(person("alan@fabrikam.example")))),
            Map.entry(FieldType.PICKLIST_STRING, new Row("size", "Custom.Size", "Small", "Large")),
            Map.entry(FieldType.PICKLIST_INTEGER, new Row("level", "Custom.Level", 1, 3)),
            Map.entry(FieldType.PICKLIST_DOUBLE, new Row("weight", "Custom.Weight", 0.5, 2.5)),
            Map.entry(FieldType.GUID, new Row("token", "Custom.Token",
                    UUID.fromString("6f9619ff-8b86-d011-b42d-00c04fc964ff"), UUID.randomUUID())));

    private AdoEmulator emulator;
    private Project project;
    private TypedWorkItems<All> all;

    @BeforeEach
    void setUp(AdoEmulator emulator) {
        this.emulator = emulator;
        project = AzureDevOpsService.of(emulator.client()).organization().project(PROJECT);
        ROWS.forEach((type, row) -> {
            if (row.field().startsWith("Custom.")) {
                try {
                    WorkItemFields.create(emulator.client().api(), row.field().substring(7), row.field(), type, null);
                } catch (AdoConflictException e) {
                    // made by an earlier test of this class (one emulator per class)
                }
            }
        });
        all = project.workItems(All.class);
    }

    private static IdentityRef person(String uniqueName) {
        return new IdentityRef(null, null, uniqueName, null, null, null, null, null, null, null, null, null, null);
    }

    private static All draft(String title) {
        return new All(0, 0, title, null, null, null, null, null, null, null, null, Optional.empty(),
                Optional.empty(), null, null, null, null, List.of());
    }

    /** {@return a copy of {@code r} with {@code component} set to {@code value}} */
    private static <R extends Record> R with(R r, String component, Object value) {
        RecordComponent[] cs = r.getClass().getRecordComponents();
        try {
            Object[] args = new Object[cs.length];
            for (int i = 0; i < cs.length; i++) {
                args[i] = cs[i].getName().equals(component) ? value : cs[i].getAccessor().invoke(r);
            }
            @SuppressWarnings("unchecked")
            R copy = (R) r.getClass().getDeclaredConstructor(Arrays.stream(cs).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(args);
            return copy;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Object component(Record r, String component) {
        try {
            return r.getClass().getDeclaredMethod(component).invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** {@return a value to compare: identities by unique name (the server fills in the rest)} */
    private static Object comparable(Object v) {
        Object x = v instanceof Optional<?> o ? o.orElse(null) : v;
        return x instanceof IdentityRef ref ? ref.uniqueName() : x;
    }

    private JsonArray lastPatch(int id) {
        List<RecordedRequest> patches = emulator.requests().matching("PATCH", "/_apis/wit/workitems/" + id);
        return (JsonArray) JsonValue.parse(patches.get(patches.size() - 1).bodyText());
    }

    @ParameterizedTest
    @EnumSource(value = FieldType.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
    void fieldType_createReadUpdate_bothDirections(FieldType type) {
        Row row = ROWS.get(type);
        assertThat(WorkItemFields.get(emulator.client().api(), row.field()).type()).isEqualTo(type);

        All created = all.create("Task", with(draft("Typed " + type), row.component(), row.first()));
        All read = all.get(created.id());
        All viaObject = project.workItem(created.id()).refresh().as(All.class);
        All batched = all.get(List.of(created.id())).get(0);
        All updated = all.update(read, with(read, row.component(), row.second()));
        JsonArray patch = lastPatch(created.id());
        All reread = all.get(created.id());

        for (All r : List.of(created, read, viaObject, batched)) {
            assertThat(comparable(component(r, row.component()))).isEqualTo(comparable(row.first()));
        }
        assertThat(created.rev()).isEqualTo(1);
        assertThat(patch.values()).hasSize(2);
        assertThat(patch.values().get(0)).isEqualTo(JsonObject.builder().put("op", "test").put("path", "/rev")
                .put("value", 1).build());
        assertThat(((JsonObject) patch.values().get(1)).string("path")).contains("/fields/" + row.field());
        assertThat(updated.rev()).isEqualTo(2);
        for (All r : List.of(updated, reread)) {
            assertThat(comparable(component(r, row.component()))).isEqualTo(comparable(row.second()));
        }
    }

    @Test
    void optionalAndBoxed_absentFields_readEmptyAndNull_clearedByRemove() {
        All created = all.create("Task", with(with(draft("Sparse"), "approved", Optional.of(true)), "count", 5));

        All cleared = all.update(created, with(with(created, "approved", Optional.empty()), "count", null));
        JsonArray patch = lastPatch(created.id());

        assertThat(created.text()).isNull();
        assertThat(created.reviewer()).isEmpty();
        assertThat(created.tags()).isEmpty();
        assertThat(patch.values()).extracting(v -> ((JsonObject) v).string("op").orElseThrow() + " "
                + ((JsonObject) v).string("path").orElseThrow())
                .containsExactly("test /rev", "remove /fields/Custom.Count", "remove /fields/Custom.Approved");
        assertThat(cleared.approved()).isEmpty();
        assertThat(cleared.count()).isNull();
    }

    @Test
    void tags_listRoundTrip() {
        All created = all.create("Task", with(draft("Tagged"), "tags", List.of("web", "auth")));

        All changed = all.update(created, with(created, "tags", List.of("web")));

        assertThat(created.tags()).containsExactlyInAnyOrder("web", "auth");
        assertThat(changed.tags()).containsExactly("web");
        assertThat(all.get(created.id()).tags()).containsExactly("web");
    }

    @Test
    void primitives_readWhenSet_missingValueNamesComponentFieldAndWorkItem() {
        TypedWorkItems<Primitives> prims = project.workItems(Primitives.class);
        Primitives full = prims.create("Task", new Primitives(0, "Full", 4, 0.5, true, 2));
        int sparse = all.create("Task", draft("No count")).id();

        assertThat(full).isEqualTo(new Primitives(full.id(), "Full", 4, 0.5, true, 2));
        assertThatThrownBy(() -> prims.get(sparse)).isInstanceOf(AdoJsonException.class)
                .hasMessageContaining("work item " + sparse).hasMessageContaining("Custom.Count")
                .hasMessageContaining("Primitives.count (int)").hasMessageContaining("Integer");
    }

    @Test
    void read_valueOfAnotherType_namesComponentAndField() {
        int id = all.create("Task", draft("Not a number")).id();

        assertThatThrownBy(() -> project.workItems(Mismatch.class).get(id)).isInstanceOf(AdoJsonException.class)
                .hasMessageContaining("work item " + id).hasMessageContaining("System.Title")
                .hasMessageContaining("\"Not a number\"").hasMessageContaining("Mismatch.title (int)");
    }

    @Test
    void get_asksOnlyForTheMappedFields() {
        int id = all.create("Task", draft("Narrow")).id();
        emulator.requests().clear();

        TitleOnly one = project.workItems(TitleOnly.class).get(id);
        List<TitleOnly> some = project.workItems(TitleOnly.class).get(List.of(id, id));
        RecordedRequest get = emulator.requests().matching("GET", "/_apis/wit/workitems/" + id).get(0);
        RecordedRequest batch = emulator.requests().matching("POST", "/_apis/wit/workitemsbatch").get(0);

        assertThat(one).isEqualTo(new TitleOnly("Narrow"));
        assertThat(some).containsExactly(one, one);
        assertThat(URLDecoder.decode(get.query(), StandardCharsets.UTF_8)).contains("fields=System.Title")
                .doesNotContain("$expand");
        assertThat(((JsonObject) JsonValue.parse(batch.bodyText())).get("fields"))
                .isEqualTo(JsonArray.of(ado.core.json.JsonString.of("System.Title")));
    }

    @Test
    void get_batchConnectionReset_resentAsTheReadItIs() {
        int id = all.create("Task", draft("Reset once")).id();
        emulator.faults().on("POST", "/_apis/wit/workitemsbatch").once().resetAfterRead();
        long before = emulator.requests().count("POST", "/_apis/wit/workitemsbatch");

        List<All> read = all.get(List.of(id));

        assertThat(read).extracting(All::title).containsExactly("Reset once");
        assertThat(emulator.requests().count("POST", "/_apis/wit/workitemsbatch") - before).isEqualTo(2);
    }

    @Test
    void update_nothingChanged_sendsNothing() {
        All created = all.create("Task", draft("Same"));
        long before = emulator.requests().count("PATCH", "/_apis/wit/workitems/" + created.id());

        All same = all.update(created, with(created, "title", "Same"));

        assertThat(same).isSameAs(created);
        assertThat(emulator.requests().count("PATCH", "/_apis/wit/workitems/" + created.id())).isEqualTo(before);
    }

    @Test
    void update_secondWriterChangedIt_conflictAndTheirChangeKept() {
        All mine = all.create("Task", draft("Contested"));
        All theirs = all.update(mine, with(mine, "count", 10));

        assertThatThrownBy(() -> all.update(mine, with(mine, "count", 20)))
                .isInstanceOf(AdoPreconditionFailedException.class);
        assertThat(all.get(mine.id()).count()).isEqualTo(10);
        assertThat(theirs.rev()).isEqualTo(2);
    }

    @Test
    void update_withoutIdOrRevision_refusedNamingTheRecord() {
        TypedWorkItems<TitleOnly> titles = project.workItems(TitleOnly.class);
        TitleOnly created = titles.create("Task", new TitleOnly("No id"));

        assertThat(created.title()).isEqualTo("No id");
        assertThatThrownBy(() -> titles.update(created, new TitleOnly("Other")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(TitleOnly.class.getName())
                .hasMessageContaining("System.Id");
    }

    @Test
    void update_differentWorkItems_refused() {
        All a = all.create("Task", draft("A"));
        All b = all.create("Task", draft("B"));

        assertThatThrownBy(() -> all.update(a, with(b, "title", "B2"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(a.id() + " and " + b.id());
    }

    @Test
    void workItemUpdate_changedCopy_sendsOnlyTheChangedField() {
        WorkItem w = project.workItem(all.create("Task", draft("Object")).id());
        TitleOnly copy = w.as(TitleOnly.class);

        w.update(new TitleOnly("Object renamed"));
        JsonArray patch = lastPatch(w.id());

        assertThat(copy.title()).isEqualTo("Object");
        assertThat(w.title()).isEqualTo("Object renamed");
        assertThat(patch.values()).extracting(v -> ((JsonObject) v).string("path").orElseThrow())
                .containsExactly("/rev", "/fields/System.Title");
    }

    @Test
    void workItemUpdate_copyOfAnotherWorkItem_refused() {
        All one = all.create("Task", draft("One"));
        WorkItem two = project.workItem(all.create("Task", draft("Two")).id());

        assertThatThrownBy(() -> two.update(with(one, "title", "Three")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("changed is work item " + one.id() + ", not " + two.id());
        assertThat(two.refresh().title()).isEqualTo("Two");
    }

    @Test
    void workItemUpdate_copyOlderThanTheObject_conflict() {
        WorkItem w = project.workItem(all.create("Task", draft("Stale copy")).id());
        All copy = w.as(All.class);
        w.update(Map.of(WorkItemFieldName.TITLE, "Someone else"));

        assertThatThrownBy(() -> w.update(with(copy, "count", 3)))
                .isInstanceOf(AdoPreconditionFailedException.class);
        assertThat(w.refresh().title()).isEqualTo("Someone else");
    }

    @Test
    void workItemUpdate_copyNewerThanTheObject_objectReloadedFirst() {
        int id = all.create("Task", draft("Fresh copy")).id();
        WorkItem w = project.workItem(id);
        w.info(); // loaded at revision 1
        TypedWorkItems<All> elsewhere = AzureDevOpsService.of(emulator.client()).organization().project(PROJECT)
                .workItems(All.class);
        All read = elsewhere.get(id);
        All newer = elsewhere.update(read, with(read, "count", 1)); // revision 2, behind w's back

        w.update(with(newer, "title", "Renamed"));

        assertThat(lastPatch(id).values().get(0)).isEqualTo(JsonObject.builder().put("op", "test")
                .put("path", "/rev").put("value", 2).build());
        assertThat(lastPatch(id).values()).hasSize(2);
        assertThat(w.as(All.class).count()).isEqualTo(1);
        assertThat(w.title()).isEqualTo("Renamed");
    }

    @Test
    void query_typedLazyStream() {
        int id = all.create("Task", draft("Queried unique")).id();

        List<TitleOnly> found = project.workItems(TitleOnly.class).query("SELECT [System.Id] FROM WorkItems "
                + "WHERE [System.Title] = 'Queried unique'").toList();

        assertThat(found).containsExactly(new TitleOnly("Queried unique"));
        assertThat(all.get(id).title()).isEqualTo("Queried unique");
    }

    @Test
    void typedWorkItems_describeTheirMapping() {
        TypedWorkItems<TitleOnly> titles = project.workItems(TitleOnly.class);

        assertThat(titles.type()).isEqualTo(TitleOnly.class);
        assertThat(titles.project()).isSameAs(project);
        assertThat(titles.fields()).containsExactly(WorkItemFieldName.TITLE);
        assertThat(all.fields()).hasSize(18).startsWith(WorkItemFieldName.ID, WorkItemFieldName.REV);
        assertThat(titles.toString()).contains("TitleOnly");
    }
}
