package ado.model.distributedtask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.Envelope;
import ado.core.json.JsonArray;
import ado.model.Lossless;
import ado.core.json.JsonCodec;
import ado.core.json.JsonObject;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VariableGroupRecordsTest {

    private static final JsonCodec CODEC = JsonCodec.builtin();
    private static final UUID PROJECT = UUID.fromString("6ce954b1-ce1f-45d1-b94d-e6bf2464ba2c");

    private static <T> T assertLossless(String vector, String part, JsonType<T> type) {
        return Lossless.vector(vector, part, type);
    }

    @Test
    void vectors_everyVariableGroupVector_bindsLosslessly() {
        VariableGroup added = assertLossless("distributedTask/Variablegroups_Add.json", "response",
                JsonType.of(VariableGroup.class));
        VariableGroup got = assertLossless("distributedTask/Variablegroups_Get.json", "response",
                JsonType.of(VariableGroup.class));
        Envelope<VariableGroup> byAction = assertLossless(
                "distributedTask/Variablegroups_GetVariableGroups--get-variable-groups-using-action-filter.json",
                "response", JsonType.of(Envelope.class, VariableGroup.class));
        Envelope<VariableGroup> byName = assertLossless(
                "distributedTask/Variablegroups_GetVariableGroups--get-variable-groups-using-group-name-filter.json",
                "response", JsonType.of(Envelope.class, VariableGroup.class));

        assertThat(added.variables().get("key2").secret()).isTrue();
        assertThat(added.variables().get("key2").value()).isNull();
        assertThat(got.createdBy().displayName()).isEqualTo("Chuck Reinhart");
        assertThat(byAction.value()).extracting(VariableGroup::id).containsExactly(2, 3);
        assertThat(byName.value()).extracting(VariableGroup::id).containsExactly(2, 1);
    }

    @Test
    void vector_addRequest_bindsToParametersLosslessly() {
        JsonObject request = ((JsonObject) Lossless.part("distributedTask/Variablegroups_Add.json", "request"))
                .toBuilder()
                .put("variableGroupProjectReferences", JsonArray.of(JsonObject.builder().put("projectReference",
                        JsonObject.builder().put("id", PROJECT.toString()).build()).put("name", "g").build()))
                .build();

        VariableGroupParameters p = Lossless.roundTrip(request, JsonType.of(VariableGroupParameters.class), "add");

        assertThat(p.variables().get("key2").secret()).isTrue();
    }

    @Test
    void from_groupWithUnknownMembers_writesThemBackAndOmitsSecretValues() {
        String json = "{\"id\":7,\"type\":\"Vsts\",\"name\":\"g\",\"flavour\":\"x\",\"variables\":{"
                + "\"s\":{\"value\":null,\"isSecret\":true,\"note\":\"n\"},\"a\":{\"value\":\"1\"}},"
                + "\"variableGroupProjectReferences\":[{\"projectReference\":{\"id\":\"" + PROJECT + "\"},"
                + "\"name\":\"g\",\"extra\":true}],\"providerData\":{\"vault\":\"v\"}}";
        VariableGroup group = CODEC.read(json, JsonType.of(VariableGroup.class));

        JsonObject body = (JsonObject) CODEC.read(CODEC.write(VariableGroupParameters.from(group)),
                JsonType.of(JsonValue.class));

        assertThat(body.string("flavour")).contains("x");
        assertThat(body.get("providerData").toJson()).isEqualTo("{\"vault\":\"v\"}");
        JsonObject secret = (JsonObject) ((JsonObject) body.get("variables")).get("s");
        assertThat(secret.has("value")).isFalse();
        assertThat(secret.string("note")).contains("n");
        assertThat(body.toJson()).contains("\"extra\":true");
    }

    @Test
    void withVariable_existingSecret_keepsItsUnknownMembers() {
        VariableValue old = new VariableValue(null, true, null, JsonObject.builder().put("note", "n").build());
        var params = new VariableGroupParameters("g", null, "Vsts", Map.of("s", old), null,
                List.of(VariableGroupProjectReference.of(PROJECT, "g", null)), null);

        VariableValue set = params.withVariable("s", "new", true).variables().get("s");

        assertThat(set.value()).isEqualTo("new");
        assertThat(set.secret()).isTrue();
        assertThat(set.other().string("note")).contains("n");
    }

    @Test
    void withoutVariable_removesOnlyThatVariable() {
        var vars = new LinkedHashMap<String, VariableValue>();
        vars.put("a", VariableValue.of("1"));
        vars.put("b", VariableValue.secret("2"));
        var params = VariableGroupParameters.of("g", PROJECT, null, vars);

        assertThat(params.withoutVariable("a").variables()).containsOnlyKeys("b");
    }

    @Test
    void variableValue_toString_neverShowsASecret() {
        assertThat(VariableValue.secret("hunter2").toString()).doesNotContain("hunter2").contains("secret");
        assertThat(VariableValue.of("visible").toString()).contains("visible");
    }

    @Test
    void parameters_blankName_throwsNamingName() {
        assertThatThrownBy(() -> VariableGroupParameters.of(" ", PROJECT, null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }

    @Test
    void parameters_noProjects_throwsNamingReferences() {
        assertThatThrownBy(() -> new VariableGroupParameters("g", null, null, Map.of(), null, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("variableGroupProjectReferences");
    }

    @Test
    void parameters_blankVariableName_throws() {
        assertThatThrownBy(() -> VariableGroupParameters.of("g", PROJECT, null, Map.of(" ", VariableValue.of("x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("variables key");
    }

    @Test
    void query_nonPositiveTop_throwsNamingTop() {
        assertThatThrownBy(() -> VariableGroupQuery.ALL.withTop(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("top");
    }

    @Test
    void query_parameters_useAdoNames() {
        Map<String, String> q = VariableGroupQuery.ALL.withName("Test*").withTop(2)
                .withActionFilter(VariableGroupActionFilter.USE).inAscendingOrder().query();

        assertThat(q).containsEntry("groupName", "Test*").containsEntry("$top", "2")
                .containsEntry("actionFilter", "Use").containsEntry("queryOrder", "IdAscending");
    }

    @Test
    void group_nonPositiveId_throwsNamingId() {
        assertThatThrownBy(() -> new VariableGroup(0, null, "g", null, null, null, null, null, null, null, null,
                null, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
    }
}
