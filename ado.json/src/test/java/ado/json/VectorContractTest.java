package ado.json;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.Envelope;
import ado.core.json.JsonArray;
import ado.core.json.JsonCodec;
import ado.core.json.JsonNull;
import ado.core.json.JsonObject;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import ado.model.JsonPatchOperation;
import ado.model.git.Comment;
import ado.model.git.GitCommitRef;
import ado.model.git.GitPullRequest;
import ado.model.git.GitPullRequestCommentThread;
import ado.model.git.GitPullRequestIteration;
import ado.model.git.GitPullRequestIterationChanges;
import ado.model.git.GitPullRequestStatus;
import ado.model.git.IdentityRefWithVote;
import ado.model.wit.AttachmentReference;
import ado.model.wit.WorkItem;
import ado.model.wit.WorkItemComment;
import ado.model.wit.WorkItemTagDefinition;
import ado.model.wit.WorkItemUpdate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every Azure DevOps example through both codecs: equal trees, lossless round trips, and, for the examples
 * ado.model covers, equal records that write back the JSON they were read from.
 */
class VectorContractTest {

    private static final JsonType<JsonValue> TREE = JsonType.of(JsonValue.class);

    static List<String> vectors() {
        return Vectors.all();
    }

    static Stream<Arguments> vectorsAndCodecs() {
        return Vectors.all().stream().flatMap(v -> Codecs.both().map(c -> Arguments.of(v, c)));
    }

    /** {@return the model type of the vector's response, or null when ado.model does not cover it yet} */
    static JsonType<?> responseType(String vector) {
        String name = vector.substring(vector.indexOf('/') + 1);
        if (name.startsWith("PullRequests_GetPullRequests")) {
            return JsonType.of(Envelope.class, GitPullRequest.class);
        } else if (name.equals("PullRequests_GetPullRequestById.json") || name.equals("PullRequests_Create.json")) {
            return JsonType.of(GitPullRequest.class);
        } else if (name.startsWith("PullRequestReviewers_List")) {
            return JsonType.of(Envelope.class, IdentityRefWithVote.class);
        } else if (name.startsWith("PullRequestReviewers_CreatePullRequestReviewer")) {
            return JsonType.of(IdentityRefWithVote.class);
        } else if (name.startsWith("PullRequestCommits_GetPullRequestCommits")) {
            return JsonType.of(Envelope.class, GitCommitRef.class);
        } else if (name.startsWith("PullRequestIterationChanges_Get")) {
            return JsonType.of(GitPullRequestIterationChanges.class);
        } else if (name.startsWith("PullRequestIterations_List")) {
            return JsonType.of(Envelope.class, GitPullRequestIteration.class);
        } else if (name.startsWith("PullRequestStatuses_Create") || name.startsWith("PullRequestIterationStatuses_Create")) {
            return JsonType.of(GitPullRequestStatus.class);
        } else if (name.startsWith("PullRequestThreads_Create")) {
            return JsonType.of(GitPullRequestCommentThread.class);
        } else if (name.startsWith("PullRequestThreadComments_Create")) {
            return JsonType.of(Comment.class);
        } else if (name.startsWith("ClassificationNodes_")) {
            return JsonType.of(ado.model.wit.WorkItemClassificationNode.class);
        } else if (name.startsWith("WorkItemTypes_List")) {
            return JsonType.of(Envelope.class, ado.model.wit.WorkItemType.class);
        } else if (name.startsWith("WorkItemTypes_Get")) {
            return JsonType.of(ado.model.wit.WorkItemType.class);
        } else if (name.startsWith("Teamsettings_")) {
            return JsonType.of(ado.model.work.TeamSetting.class);
        } else if (name.startsWith("Iterations_PostTeamIteration")) {
            return JsonType.of(ado.model.work.TeamSettingsIteration.class);
        } else if (name.startsWith("Teamfieldvalues_Get")) {
            return JsonType.of(ado.model.work.TeamFieldValues.class);
        } else if (name.startsWith("Capacities_")) {
            return JsonType.of(Envelope.class, ado.model.work.TeamMemberCapacity.class);
        } else if (name.startsWith("WorkItems_List")) {
            return JsonType.of(Envelope.class, WorkItem.class);
        } else if (name.startsWith("WorkItems_GetWorkItem") || name.startsWith("WorkItems_Create")
                || name.startsWith("WorkItems_Update")) {
            return JsonType.of(WorkItem.class);
        } else if (name.startsWith("Updates_List")) {
            return JsonType.of(Envelope.class, WorkItemUpdate.class);
        } else if (name.startsWith("Comments_")) {
            return JsonType.of(WorkItemComment.class);
        } else if (name.startsWith("Attachments_Create")) {
            return JsonType.of(AttachmentReference.class);
        } else if (name.equals("Tags_List.json")) { // the example wraps the envelope in an array
            return JsonType.of(List.class, JsonType.of(Envelope.class, WorkItemTagDefinition.class).type());
        }
        return null;
    }

    /** {@return the model type of the vector's request, or null} */
    static JsonType<?> requestType(String vector) {
        String name = vector.substring(vector.indexOf('/') + 1);
        if (name.startsWith("WorkItems_Create") || name.startsWith("WorkItems_Update")) {
            return JsonType.listOf(JsonPatchOperation.class);
        }
        return null;
    }

    static Stream<Arguments> modelled() {
        var result = new ArrayList<Arguments>();
        for (String v : Vectors.all()) {
            if (responseType(v) != null) {
                result.add(Arguments.of(v, "response", responseType(v)));
            }
            if (requestType(v) != null) {
                result.add(Arguments.of(v, "request", requestType(v)));
            }
        }
        return result.stream();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void vector_bothCodecs_readEqualTrees(String vector) {
        byte[] json = Vectors.bytes(vector);

        assertThat(Codecs.JACKSON.read(json, TREE)).isEqualTo(Codecs.BUILTIN.read(json, TREE));
    }

    @ParameterizedTest
    @MethodSource("vectorsAndCodecs")
    void vector_treeRoundTrip_isLossless(String vector, JsonCodec codec) {
        JsonValue tree = codec.read(Vectors.bytes(vector), TREE);

        assertThat(codec.read(codec.write(tree), TREE)).isEqualTo(tree);
        assertThat(codec.fromTree(codec.toTree(tree), TREE)).isEqualTo(tree);
    }

    @ParameterizedTest
    @MethodSource("vectorsAndCodecs")
    void vector_writtenByOneCodec_isReadEqualByTheOther(String vector, JsonCodec writer) {
        JsonCodec reader = writer == Codecs.BUILTIN ? Codecs.JACKSON : Codecs.BUILTIN;
        JsonValue tree = writer.read(Vectors.bytes(vector), TREE);

        assertThat(reader.read(writer.write(tree), TREE)).isEqualTo(tree);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modelled")
    void modelVector_bothCodecs_bindEqualRecords(String vector, String part, JsonType<?> type) {
        byte[] json = Codecs.BUILTIN.write(part(vector, part));

        Object builtin = Codecs.BUILTIN.read(json, type);
        Object jackson = Codecs.JACKSON.read(json, type);

        assertThat(jackson).isEqualTo(builtin);
        assertThat(Codecs.JACKSON.fromTree(part(vector, part), type)).isEqualTo(builtin);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modelled")
    void modelVector_records_writeBackTheJsonTheyWereReadFrom(String vector, String part, JsonType<?> type) {
        JsonValue original = part(vector, part);

        for (JsonCodec codec : Codecs.both().toList()) {
            Object record = codec.fromTree(original, type);
            JsonValue written = codec.toTree(record);
            JsonValue expected = original;
            if (record instanceof Envelope<?>) { // the wrapper is not a model record: some examples leave out count
                written = ((JsonObject) written).get("value");
                expected = ((JsonObject) original).get("value");
            }
            assertThat(withoutEmpties(written)).as(codec.name()).isEqualTo(withoutEmpties(expected));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modelled")
    void modelVector_bothCodecs_writeEqualJson(String vector, String part, JsonType<?> type) {
        Object record = Codecs.BUILTIN.fromTree(part(vector, part), type);

        assertThat(Codecs.JACKSON.read(Codecs.JACKSON.write(record), TREE))
                .isEqualTo(Codecs.BUILTIN.read(Codecs.BUILTIN.write(record), TREE));
    }

    private static JsonValue part(String vector, String part) {
        var whole = (JsonObject) Codecs.BUILTIN.read(Vectors.bytes(vector), TREE);
        return whole.get(part);
    }

    /**
     * Drops members whose value is null, an empty array or an empty object: records hold absent collections as
     * empty ones, so they write {@code "relations": []} where the server left the member out, and omit nulls.
     */
    static JsonValue withoutEmpties(JsonValue value) {
        if (value instanceof JsonObject o) {
            var members = new LinkedHashMap<String, JsonValue>();
            o.members().forEach((k, v) -> {
                JsonValue n = withoutEmpties(v);
                boolean empty = n == JsonNull.INSTANCE || n instanceof JsonObject no && no.members().isEmpty()
                        || n instanceof JsonArray na && na.size() == 0;
                if (!empty) {
                    members.put(k, n);
                }
            });
            return new JsonObject(members);
        } else if (value instanceof JsonArray a) {
            return new JsonArray(a.values().stream().map(VectorContractTest::withoutEmpties).toList());
        }
        return value == null ? JsonNull.INSTANCE : value;
    }
}
