package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.Body;
import ado.core.error.AdoConflictException;
import ado.core.error.AdoNotFoundException;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.distributedtask.VariableGroupParameters;
import ado.model.distributedtask.VariableGroups;
import ado.model.distributedtask.VariableValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Variable groups as objects: lossless read-modify-writes that detect concurrent changes. */
@ExtendWith(AdoEmulatorExtension.class)
class VariableGroupTest {

    private static final String P = "Fabrikam-Fiber-Git";
    private static AdoEmulator emulator;
    private static AdoClient client;
    private static Project project;
    private static PipelineResources library;

    @BeforeAll
    static void start(AdoEmulator started, AdoClient startedClient) {
        emulator = started;
        client = startedClient;
        project = AzureDevOpsService.of(client).organization().project(P);
        library = project.pipelineResources();
    }

    /** Creates, through the raw API, a group with two secrets and unmodelled members at group and variable level. */
    private static int createRich(String name) {
        JsonObject body = (JsonObject) JsonValue.parse("{\"name\":\"" + name + "\",\"type\":\"Vsts\","
                + "\"futureFlavour\":{\"kind\":\"custom\"},\"variables\":{"
                + "\"plain\":{\"value\":\"p\",\"futureNote\":\"keep me\"},"
                + "\"secret1\":{\"value\":\"s-one\",\"isSecret\":true},"
                + "\"secret2\":{\"value\":\"s-two\",\"isSecret\":true,\"futureExpires\":\"2030-01-01\"}},"
                + "\"variableGroupProjectReferences\":[{\"projectReference\":{\"id\":\"" + project.id() + "\"},"
                + "\"name\":\"" + name + "\"}]}");
        JsonObject created = client.api().apis("distributedtask", "variablegroups").post("7.1")
                .body(Body.json(body)).as(JsonObject.class);
        return Integer.parseInt(created.get("id").toJson());
    }

    private static JsonObject stored(int id) {
        return (JsonObject) emulator.library().variableGroupDocument(P, id);
    }

    private static JsonObject variables(JsonObject doc) {
        return (JsonObject) doc.get("variables");
    }

    /** {@return {@code doc} without what every write changes: the modification stamp} */
    private static JsonObject unstamped(JsonObject doc) {
        return doc.toBuilder().remove("modifiedOn").remove("modifiedBy").build();
    }

    @Test
    void setVariable_groupWithSecretsAndUnknownMembers_changesOnlyThatVariable() {
        int id = createRich("rich-set");
        JsonObject before = stored(id);

        library.variableGroup("rich-set").setVariable("added", "a", false);

        JsonObject after = stored(id);
        assertThat(variables(after).string("added")).isEmpty();
        assertThat(((JsonObject) variables(after).get("added")).string("value")).contains("a");
        JsonObject withoutAdded = after.toBuilder().put("variables", variables(after).toBuilder().remove("added")
                .build()).build();
        assertThat(unstamped(withoutAdded)).isEqualTo(unstamped(before));
        assertThat(((JsonObject) variables(after).get("secret1")).string("value")).contains("s-one");
        assertThat(((JsonObject) variables(after).get("secret2")).string("value")).contains("s-two");
        assertThat(((JsonObject) variables(after).get("secret2")).string("futureExpires")).contains("2030-01-01");
        assertThat(((JsonObject) variables(after).get("plain")).string("futureNote")).contains("keep me");
        assertThat(after.get("futureFlavour").toJson()).isEqualTo("{\"kind\":\"custom\"}");
    }

    @Test
    void setVariable_existingSecret_replacesItsValueAndKeepsItsMembers() {
        int id = createRich("rich-rotate");

        VariableGroup group = library.variableGroup(id).setVariable("secret2", "rotated", true);

        JsonObject secret2 = (JsonObject) variables(stored(id)).get("secret2");
        assertThat(secret2.string("value")).contains("rotated");
        assertThat(secret2.string("futureExpires")).contains("2030-01-01");
        assertThat(group.variables().get("secret2").value()).isNull();
        assertThat(((JsonObject) variables(stored(id)).get("secret1")).string("value")).contains("s-one");
    }

    @Test
    void removeVariable_groupWithSecretsAndUnknownMembers_removesOnlyThatVariable() {
        int id = createRich("rich-remove");
        JsonObject before = stored(id);

        library.variableGroup("rich-remove").removeVariable("plain");

        JsonObject after = stored(id);
        JsonObject expected = before.toBuilder().put("variables", variables(before).toBuilder().remove("plain")
                .build()).build();
        assertThat(unstamped(after)).isEqualTo(unstamped(expected));
    }

    @Test
    void setVariable_otherVariableChangedAfterRead_mergesAndKeepsBothChanges() {
        int id = createRich("rich-race");
        VariableGroup mine = library.variableGroup("rich-race");
        assertThat(mine.variables()).containsKey("plain");                 // read
        var group = VariableGroups.get(client.api().project(P), id);      // another writer changes the group
        VariableGroups.update(client.api(), id, VariableGroupParameters.from(group).withVariable("theirs", "t", false));

        mine.setVariable("mine", "m", false);

        assertThat(variables(stored(id)).members()).containsKeys("theirs", "mine", "plain", "secret1", "secret2");
        assertThat(mine.variables()).containsKeys("theirs", "mine");
    }

    @Test
    void setVariable_sameVariableChangedAfterRead_throwsConflictAndKeepsTheOtherChange() {
        int id = createRich("rich-same");
        VariableGroup mine = library.variableGroup("rich-same");
        assertThat(mine.variables()).containsKey("plain");
        var group = VariableGroups.get(client.api().project(P), id);
        VariableGroups.update(client.api(), id, VariableGroupParameters.from(group).withVariable("plain", "theirs",
                false));
        long puts = emulator.requests().count("PUT", "/_apis/distributedtask/variablegroups/" + id);

        assertThatThrownBy(() -> mine.setVariable("plain", "mine", false)).isInstanceOf(AdoConflictException.class)
                .hasMessageContaining("changed since it was read");

        assertThat(((JsonObject) variables(stored(id)).get("plain")).string("value")).contains("theirs");
        assertThat(emulator.requests().count("PUT", "/_apis/distributedtask/variablegroups/" + id)).isEqualTo(puts);
    }

    @Test
    void removeVariable_afterConflictAndRefresh_keepsBothChanges() {
        int id = createRich("rich-retry");
        VariableGroup mine = library.variableGroup(id);
        mine.info();
        var group = VariableGroups.get(client.api().project(P), id);
        VariableGroups.update(client.api(), id, VariableGroupParameters.from(group).withVariable("plain", "t", false)
                .withVariable("theirs", "t", false));
        assertThatThrownBy(() -> mine.removeVariable("plain")).isInstanceOf(AdoConflictException.class);

        mine.refresh().removeVariable("plain");

        assertThat(variables(stored(id)).members()).containsKeys("theirs", "secret1", "secret2")
                .doesNotContainKey("plain");
    }

    @Test
    void variableGroup_byNameByIdAndFromListing_isOneObject() {
        int id = createRich("rich-identity");
        VariableGroup byName = library.variableGroup("RICH-identity");

        assertThat(byName.id()).isEqualTo(id);
        assertThat(library.variableGroup(id)).isSameAs(byName);
        assertThat(library.variableGroups().filter(g -> g.id() == id)).singleElement().isSameAs(byName);
        assertThat(library.variableGroup("rich-identity")).isSameAs(byName);
    }

    @Test
    void setVariable_onGroupFromListing_writesWithoutFalseConflict() {
        createRich("rich-listed");
        VariableGroup listed = library.variableGroups().filter(g -> g.name().equals("rich-listed")).findFirst()
                .orElseThrow();

        listed.setVariable("added", "a", false);

        assertThat(listed.variables()).containsKeys("added", "secret1", "secret2");
    }

    @Test
    void setVariable_afterConcurrentShare_keepsTheShare() {
        int id = createRich("rich-shared");
        VariableGroup mine = library.variableGroup(id);
        mine.info();
        Project contoso = project.organization().project("Contoso-Web");
        VariableGroups.share(client.api(), id, java.util.List.of(
                ado.model.distributedtask.VariableGroupProjectReference.of(contoso.id(), "rich-shared", null)));

        mine.setVariable("added", "a", false);

        assertThat(contoso.pipelineResources().variableGroup(id).variables()).containsKey("added");
    }

    @Test
    void variableGroup_byName_matchesExactlyIgnoringCaseNotByPrefix() {
        int exact = library.createVariableGroup("Shared", null, Map.of("a", VariableValue.of("1"))).id();
        library.createVariableGroup("Shared-extra", null, Map.of());

        assertThat(library.variableGroup("SHARED").id()).isEqualTo(exact);
        assertThatThrownBy(() -> library.variableGroup("Shar").id()).isInstanceOf(AdoNotFoundException.class)
                .hasMessageContaining("Shar");
    }

    @Test
    void variableGroup_wildcardName_isNotAPattern() {
        library.createVariableGroup("star-one", null, Map.of());

        assertThatThrownBy(() -> library.variableGroup("star-*").info()).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void removeVariable_absent_sendsNothing() {
        VariableGroup g = library.createVariableGroup("nothing-to-remove", null, Map.of("a", VariableValue.of("1")));
        long puts = emulator.requests().count("PUT", "/_apis/distributedtask/variablegroups/" + g.id());

        g.removeVariable("missing");

        assertThat(emulator.requests().count("PUT", "/_apis/distributedtask/variablegroups/" + g.id()))
                .isEqualTo(puts);
    }

    @Test
    void setVariable_blankName_throwsNamingName() {
        assertThatThrownBy(() -> library.variableGroup(1).setVariable(" ", "x", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }

    @Test
    void createVariableGroup_duplicateName_isConflict() {
        library.createVariableGroup("twice", null, Map.of());

        assertThatThrownBy(() -> library.createVariableGroup("TWICE", null, Map.of()))
                .isInstanceOf(AdoConflictException.class);
    }

    @Test
    void shareWithAndDelete_moveTheGroup() {
        Project contoso = project.organization().project("Contoso-Web");
        VariableGroup g = library.createVariableGroup("travelling", null, Map.of());

        g.shareWith(contoso);
        g.delete();

        assertThat(contoso.pipelineResources().variableGroup("travelling").id()).isEqualTo(g.id());
        assertThat(library.variableGroups()).noneMatch(v -> v.name().equals("travelling"));
    }

    @Test
    void seededGroup_secretIsHiddenButStored() {
        VariableGroup g = library.variableGroup("Release settings");

        assertThat(g.variables().get("apiToken").secret()).isTrue();
        assertThat(g.variables().get("apiToken").value()).isNull();
        assertThat(stored(g.id()).toJson()).contains("seeded-token-value");
    }

    // ---- update: many variables in one write ------------------------------------------------------------------

    private static long puts(int id) {
        return emulator.requests().count("PUT", "/_apis/distributedtask/variablegroups/" + id);
    }

    private static JsonObject variable(int id, String name) {
        return (JsonObject) variables(stored(id)).get(name);
    }

    @Test
    void update_mapAsReadChangedAndPassedBack_oneWriteKeepsEverySecretAndMember() {
        int id = createRich("bulk-roundtrip");
        VariableGroup group = library.variableGroup(id);
        Map<String, VariableValue> next = new HashMap<>(group.variables());   // secrets read without a value
        next.put("plain", VariableValue.of("p2"));
        next.put("added", VariableValue.of("a"));
        next.put("newSecret", VariableValue.secret("n-s"));
        long before = puts(id);

        group.update(next);

        assertThat(puts(id) - before).isEqualTo(1);
        assertThat(variable(id, "secret1").string("value")).contains("s-one");
        assertThat(variable(id, "secret2").string("value")).contains("s-two");
        assertThat(variable(id, "secret2").string("futureExpires")).contains("2030-01-01");
        assertThat(variable(id, "plain").string("value")).contains("p2");
        assertThat(variable(id, "plain").string("futureNote")).contains("keep me");
        assertThat(variable(id, "added").string("value")).contains("a");
        assertThat(variable(id, "newSecret").string("value")).contains("n-s");
        assertThat(variable(id, "newSecret").get("isSecret").toJson()).isEqualTo("true");
        assertThat(stored(id).get("futureFlavour").toJson()).isEqualTo("{\"kind\":\"custom\"}");
        assertThat(group.variables().get("newSecret").value()).as("secrets never read back").isNull();
        assertThat(group.variables().get("plain").value()).isEqualTo("p2");
    }

    @Test
    void update_onlySomeVariablesAndRemovals_keepsEveryOtherVariable() {
        int id = createRich("bulk-partial");

        library.variableGroup(id).update(Map.of("x", VariableValue.of("1"), "secret2", VariableValue.secret("s-2b")),
                List.of("secret1", "not-there"));

        assertThat(variables(stored(id)).members()).containsOnlyKeys("plain", "secret2", "x");
        assertThat(variable(id, "secret2").string("value")).contains("s-2b");
        assertThat(variable(id, "secret2").string("futureExpires")).contains("2030-01-01");
        assertThat(variable(id, "plain").string("value")).contains("p");
    }

    @Test
    void update_secretWithoutValueForAPlainOrMissingVariable_isRefusedAndNothingWritten() {
        int id = createRich("bulk-refused");
        VariableGroup group = library.variableGroup(id);
        JsonObject before = stored(id);
        long puts = puts(id);
        VariableValue keepSecret = new VariableValue(null, true, null, null);

        assertThatThrownBy(() -> group.update(Map.of("plain", keepSecret, "other", VariableValue.of("o"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'plain'");
        assertThatThrownBy(() -> group.update(Map.of("missing", keepSecret)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'missing'");

        assertThat(puts(id)).isEqualTo(puts);
        assertThat(stored(id)).isEqualTo(before);
    }

    @Test
    void update_badArguments_failNamingTheVariableBeforeAnyRequest() {
        VariableGroup group = library.variableGroup(1);
        long before = emulator.requests().total();

        assertThatThrownBy(() -> group.update(Map.of("p", new VariableValue(null, false, null, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'p'");
        assertThatThrownBy(() -> group.update(Map.of("p", VariableValue.of("1")), List.of("p")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'p'");
        assertThatThrownBy(() -> group.update(Map.of(" ", VariableValue.of("1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("variable name");
        assertThatThrownBy(() -> group.update(null)).isInstanceOf(NullPointerException.class);
        assertThat(group.update(Map.of(), List.of())).isSameAs(group);
        assertThat(emulator.requests().total()).isEqualTo(before);
    }

    @Test
    void update_anotherWriterChangedOneOfTheVariables_conflictWithoutTheNewSecretAndNothingWritten() {
        int id = createRich("bulk-conflict");
        VariableGroup mine = library.variableGroup(id);
        mine.info();
        var group = VariableGroups.get(client.api().project(P), id);
        VariableGroups.update(client.api(), id, VariableGroupParameters.from(group).withVariable("plain", "theirs",
                false));
        long puts = puts(id);

        assertThatThrownBy(() -> mine.update(Map.of("plain", VariableValue.of("mine"),
                "secret1", VariableValue.secret("NEW-Sekr1t-77"))))
                .isInstanceOf(AdoConflictException.class).hasMessageNotContaining("NEW-Sekr1t-77");

        assertThat(puts(id)).isEqualTo(puts);
        assertThat(variable(id, "plain").string("value")).contains("theirs");
        assertThat(variable(id, "secret1").string("value")).contains("s-one");
    }

    @Test
    void update_anotherWriterChangedOtherVariables_mergesBothChanges() {
        int id = createRich("bulk-merge");
        VariableGroup mine = library.variableGroup(id);
        mine.info();
        var group = VariableGroups.get(client.api().project(P), id);
        VariableGroups.update(client.api(), id, VariableGroupParameters.from(group).withVariable("theirs", "t",
                false));

        mine.update(Map.of("a", VariableValue.of("1"), "b", VariableValue.of("2")));

        assertThat(variables(stored(id)).members()).containsKeys("theirs", "a", "b", "plain", "secret1", "secret2");
        assertThat(variable(id, "secret1").string("value")).contains("s-one");
    }
}
