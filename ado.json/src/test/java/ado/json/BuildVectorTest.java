package ado.json;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.Envelope;
import ado.core.json.JsonArray;
import ado.core.json.JsonCodec;
import ado.core.json.JsonNull;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import ado.model.JsonPatchOperation;
import ado.model.build.Build;
import ado.model.build.BuildArtifact;
import ado.model.build.BuildDefinition;
import ado.model.build.BuildLog;
import ado.model.build.BuildQueueRequest;
import ado.model.build.BuildUpdate;
import ado.model.build.TimelineRecord;
import ado.model.distributedtask.TaskCompletedEvent;
import ado.model.distributedtask.TaskLog;
import ado.model.distributedtask.TimelineRecordFeedLines;
import ado.model.git.ResourceRef;
import ado.model.pipelines.Approval;
import ado.model.pipelines.ApprovalUpdate;
import ado.model.pipelines.CheckConfiguration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every build, approvals-and-checks (not pipeline permissions) and task-plane (not variable or deployment groups)
 * example binds to ado.model records: both codecs read equal records, and each record writes back the JSON it was
 * read from. .NET's unset date {@code 0001-01-01T00:00:00} reads as null in a typed member (and stays text in
 * {@code other}), so the comparison counts it as absent on both sides.
 */
class BuildVectorTest {

    private static final JsonType<JsonValue> TREE = JsonType.of(JsonValue.class);

    /** {@return the response type, or null when the vector is not one of this area's} */
    static JsonType<?> responseType(String vector) {
        String name = vector.substring(vector.indexOf('/') + 1);
        if (vector.startsWith("build/")) {
            if (name.startsWith("Artifacts_List")) {
                return Vectors.envelope(BuildArtifact.class);
            } else if (name.startsWith("Builds_Get.") || name.startsWith("Builds_Queue")
                    || name.startsWith("Builds_UpdateBuild")) {
                return JsonType.of(Build.class);
            } else if (name.startsWith("Builds_GetBuildLogs")) {
                return Vectors.envelope(BuildLog.class);
            } else if (name.startsWith("Builds_GetBuildWorkItemsRefsFromCommits")) {
                return Vectors.envelope(ResourceRef.class);
            } else if (name.startsWith("Builds_List")) {
                return Vectors.envelope(Build.class);
            } else if (name.startsWith("Definitions_List")) {
                return Vectors.envelope(BuildDefinition.class);
            } else if (name.startsWith("Properties_UpdateDefinitionProperties")) {
                return JsonType.of(JsonObject.class);
            } else if (name.startsWith("Tags_AddBuildTags")) {
                return JsonType.listOf(String.class);
            } else if (name.startsWith("Tags_")) {
                return Vectors.envelope(String.class);
            }
        } else if (vector.startsWith("approvalsAndChecks/")) {
            if (name.startsWith("Approvals_")) {
                return Vectors.envelope(Approval.class);
            } else if (name.startsWith("CheckConfigurations_Add")) {
                return JsonType.of(CheckConfiguration.class);
            }
        } else if (vector.startsWith("distributedTask/")) {
            if (name.startsWith("Logs_Create")) {
                return JsonType.of(TaskLog.class);
            } else if (name.startsWith("Records_Update")) {
                return Vectors.envelope(TimelineRecord.class);
            }
        }
        return null;
    }

    /** {@return the request type, or null} */
    static JsonType<?> requestType(String vector) {
        String name = vector.substring(vector.indexOf('/') + 1);
        return switch (name) {
            case "Builds_Queue.json" -> JsonType.of(BuildQueueRequest.class);
            case "Builds_UpdateBuild.json" -> JsonType.of(BuildUpdate.class);
            case "Properties_UpdateDefinitionProperties.json" -> JsonType.listOf(JsonPatchOperation.class);
            case "Tags_AddBuildTags.json" -> JsonType.listOf(String.class);
            case "Approvals_Update.json" -> JsonType.listOf(ApprovalUpdate.class);
            case "CheckConfigurations_Add--approval.json", "CheckConfigurations_Add--task-check.json" ->
                    JsonType.of(CheckConfiguration.class);
            case "AppendTimelineRecordFeed.json" -> JsonType.of(TimelineRecordFeedLines.class);
            case "Events_PostEvent.json" -> JsonType.of(TaskCompletedEvent.class);
            case "Logs_Create.json" -> JsonType.of(TaskLog.class);
            case "Records_Update.json" -> Vectors.envelope(TimelineRecord.class);
            default -> null;
        };
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

    private static boolean owned(String vector) {
        String name = vector.substring(vector.indexOf('/') + 1);
        return vector.startsWith("build/") || vector.startsWith("approvalsAndChecks/")
                && !name.startsWith("PipelinePermissions_") || vector.startsWith("distributedTask/")
                && !name.startsWith("Variablegroups_") && !name.startsWith("Deploymentgroups_");
    }

    @Test
    void everyOwnedVector_hasAModelledPart() {
        assertThat(Vectors.all().stream().filter(BuildVectorTest::owned))
                .hasSize(22)
                .allSatisfy(v -> assertThat(responseType(v) != null || requestType(v) != null).as(v).isTrue());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modelled")
    void buildVector_bothCodecs_bindEqualRecords(String vector, String part, JsonType<?> type) {
        Vectors.assertCodecsBindEqual(vector, part, type);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modelled")
    void buildVector_records_writeBackTheJsonTheyWereReadFrom(String vector, String part, JsonType<?> type) {
        Vectors.assertWritesBack(vector, part, type, BuildVectorTest::withoutUnsetDates);
    }

    /** Replaces .NET's unset date, which records read as null, by null (a top-level copy per level). */
    private static JsonValue withoutUnsetDates(JsonValue value) {
        if (value instanceof JsonString s && s.value().startsWith("0001-01-01T00:00:00")) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof JsonObject o) {
            var members = new LinkedHashMap<String, JsonValue>();
            o.members().forEach((k, v) -> members.put(k, withoutUnsetDates(v)));
            return new JsonObject(members);
        }
        if (value instanceof JsonArray a) {
            return new JsonArray(a.values().stream().map(BuildVectorTest::withoutUnsetDates).toList());
        }
        return value;
    }
}
