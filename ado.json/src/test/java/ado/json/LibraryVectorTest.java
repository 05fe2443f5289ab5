package ado.json;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.Envelope;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import ado.model.distributedtask.DeploymentGroup;
import ado.model.distributedtask.VariableGroup;
import ado.model.pipelines.PipelinePermissionSet;
import ado.model.serviceendpoint.ServiceEndpoint;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pipelines library examples (variable groups, deployment groups, pipeline permissions) through both codecs,
 * with the checks of {@link CoreGitVectorTest}; the records carry {@code @JsonUnmapped} members, which both codecs
 * must fill and write back alike.
 */
class LibraryVectorTest {

    private final CoreGitVectorTest checks = new CoreGitVectorTest();

    static Stream<Arguments> modelled() {
        var result = new ArrayList<Arguments>();
        for (String v : Vectors.all()) {
            if (v.startsWith("distributedTask/Variablegroups_GetVariableGroups")) {
                result.add(Arguments.of(v, "response", JsonType.of(Envelope.class, VariableGroup.class)));
            } else if (v.startsWith("distributedTask/Variablegroups_")) {
                result.add(Arguments.of(v, "response", JsonType.of(VariableGroup.class)));
            } else if (v.startsWith("distributedTask/Deploymentgroups_")) {
                result.add(Arguments.of(v, "response", JsonType.of(Envelope.class, DeploymentGroup.class)));
            } else if (v.startsWith("approvalsAndChecks/PipelinePermissions_")) {
                result.add(Arguments.of(v, "response", JsonType.of(PipelinePermissionSet.class)));
            }
        }
        return result.stream();
    }

    @Test
    void modelled_coversEveryLibraryVector() {
        assertThat(modelled()).hasSize(10);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modelled")
    void libraryVector_bothCodecs_bindEqualRecords(String vector, String part, JsonType<?> type) {
        Vectors.assertCodecsBindEqual(vector, part, type);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modelled")
    void libraryVector_bothCodecs_writeEqualJson(String vector, String part, JsonType<?> type) {
        checks.coreGitVector_bothCodecs_writeEqualJson(vector, part, type);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modelled")
    void libraryVector_eachCodec_readsBackWhatItWrote(String vector, String part, JsonType<?> type) {
        checks.coreGitVector_eachCodec_readsBackWhatItWrote(vector, part, type);
    }

    @Test
    void serviceEndpoint_hiddenSecretAndUnknownMember_survivesBothCodecs() {
        String json = "{\"id\":\"2b6f2a4c-6f1c-4f5e-9b1a-1f2e3d4c5b6a\",\"name\":\"svc\",\"type\":\"generic\","
                + "\"authorization\":{\"scheme\":\"UsernamePassword\",\"parameters\":{\"username\":\"u\","
                + "\"password\":null}},\"serviceEndpointProjectReferences\":[],\"future\":{\"x\":1}}";
        JsonValue tree = JsonValue.parse(json);

        ServiceEndpoint builtin = Codecs.BUILTIN.fromTree(tree, JsonType.of(ServiceEndpoint.class));
        ServiceEndpoint jackson = Codecs.JACKSON.read(Codecs.BUILTIN.write(tree), JsonType.of(ServiceEndpoint.class));

        assertThat(jackson).isEqualTo(builtin);
        assertThat(builtin.authorization().parameters()).containsEntry("password", null);
        assertThat(builtin.other().has("future")).isTrue();
    }
}
