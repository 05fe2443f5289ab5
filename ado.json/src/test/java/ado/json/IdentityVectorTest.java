package ado.json;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.Envelope;
import ado.core.json.JsonCodec;
import ado.core.json.JsonObject;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import ado.model.graph.GraphDescriptorResult;
import ado.model.graph.GraphMembership;
import ado.model.graph.GraphSubject;
import ado.model.graph.GraphSubjectLookup;
import ado.model.graph.GraphSubjectLookupResult;
import ado.model.graph.GraphUserCreation;
import ado.model.identity.Identity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The graph and ims examples: every one with a body binds to the ado.model records with both codecs, to equal
 * records that write back the JSON they were read from (as {@link VectorContractTest} checks for pull requests).
 */
class IdentityVectorTest {

    private static final JsonType<JsonValue> TREE = JsonType.of(JsonValue.class);
    /** The one graph/ims example without a body: a HEAD. */
    private static final String BODILESS = "graph/Memberships_CheckMembershipExistence.json";

    static JsonType<?> responseType(String vector) {
        String name = vector.substring(vector.indexOf('/') + 1);
        if (vector.startsWith("ims/")) {
            return JsonType.of(Envelope.class, Identity.class);
        } else if (name.startsWith("Users_List") || name.startsWith("Groups_List")) {
            return JsonType.of(Envelope.class, GraphSubject.class);
        } else if (name.startsWith("Users_Create")) {
            return JsonType.of(GraphSubject.class);
        } else if (name.startsWith("Descriptors_Get")) {
            return JsonType.of(GraphDescriptorResult.class);
        } else if (name.startsWith("Memberships_List")) {
            return JsonType.of(Envelope.class, GraphMembership.class);
        } else if (name.startsWith("SubjectLookup")) {
            return JsonType.of(GraphSubjectLookupResult.class);
        }
        return null;
    }

    static JsonType<?> requestType(String vector) {
        String name = vector.substring(vector.indexOf('/') + 1);
        if (name.startsWith("Users_Create")) {
            return JsonType.of(GraphUserCreation.class);
        } else if (name.startsWith("SubjectLookup")) {
            return JsonType.of(GraphSubjectLookup.class);
        }
        return null;
    }

    static List<String> identityVectors() {
        return Vectors.all().stream().filter(v -> v.startsWith("graph/") || v.startsWith("ims/")).toList();
    }

    static Stream<Arguments> modelled() {
        var result = new ArrayList<Arguments>();
        for (String v : identityVectors()) {
            if (responseType(v) != null) {
                result.add(Arguments.of(v, "response", responseType(v)));
            }
            if (requestType(v) != null) {
                result.add(Arguments.of(v, "request", requestType(v)));
            }
        }
        return result.stream();
    }

    @Test
    void everyGraphAndImsVector_withABody_isModelled() {
        assertThat(identityVectors()).isNotEmpty().allSatisfy(v -> assertThat(
                v.equals(BODILESS) || responseType(v) != null).as(v).isTrue());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modelled")
    void identityVector_bothCodecs_bindEqualRecords(String vector, String part, JsonType<?> type) {
        Vectors.assertCodecsBindEqual(vector, part, type);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modelled")
    void identityVector_records_writeBackTheJsonTheyWereReadFrom(String vector, String part, JsonType<?> type) {
        Vectors.assertWritesBack(vector, part, type, UnaryOperator.identity());
    }

}
