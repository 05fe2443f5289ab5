package ado.emulator;

import ado.core.json.JsonArray;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The build, approvals-and-checks and distributed-task vectors in the order a build's life needs them: a branch
 * with a commit naming work items, builds queued and completed by advancing the clock, approvals of the release
 * pipeline, and an external check on the gate pipeline's agentless task.
 */
final class BuildConformance {

    private static final String P = "/Fabrikam-Fiber-Git";
    private static final String BUILDS = P + "/_apis/build/builds";
    private static final String REPO = P + "/_apis/git/repositories/Fabrikam-Fiber-Git";
    private static final String BRANCH = "refs/heads/conformance/builds";

    private final AdoEmulator emulator;
    private final Raw raw;
    private final Function<ConformanceTest.Case, JsonObject> check;
    private int build;
    private int gate;
    private String planPath;
    private String job;
    private String task;
    private String logId;
    private final List<String> approvals = new ArrayList<>();

    BuildConformance(AdoEmulator emulator, Raw raw, Function<ConformanceTest.Case, JsonObject> check) {
        this.emulator = emulator;
        this.raw = raw;
        this.check = check;
    }

    private record Step(String name, Runnable action) {
    }

    Stream<DynamicTest> tests() {
        List<Step> steps = List.of(
                new Step("a branch with a commit naming work items #3 and #33", this::branch),
                new Step("build/Builds_Queue.json", () -> build = id(check("build/Builds_Queue.json", "POST",
                        BUILDS, "{\"definition\":{\"id\":1},\"sourceBranch\":\"" + BRANCH + "\",\"parameters\":"
                                + "\"{\\\"system.debug\\\":\\\"true\\\",\\\"BuildConfiguration\\\":\\\"debug\\\"}\"}"))),
                new Step("complete the build and a second one", () -> {
                    emulator.clock().advance(Duration.ofMinutes(10));
                    int second = id(Raw.json(raw.post(BUILDS, "{\"definition\":{\"id\":1},\"parameters\":"
                            + "\"{\\\"BuildConfiguration\\\":\\\"release\\\"}\"}"), 200));
                    emulator.clock().advance(Duration.ofMinutes(10));
                    Raw.json(raw.send("PUT", BUILDS + "/" + second + "/tags/myTag", null), 200);
                }),
                get("build/Tags_AddBuildTag.json", "PUT", () -> BUILDS + "/" + build + "/tags/myTag"),
                new Step("build/Tags_AddBuildTags.json (not checked: placeholder example)", () ->
                        Raw.json(raw.post(BUILDS + "/" + build + "/tags", "[\"tag1\",\"tag2\"]"), 200)),
                get("build/Tags_GetBuildTags.json", "GET", () -> BUILDS + "/" + build + "/tags"),
                get("build/Builds_Get.json", "GET", () -> BUILDS + "/" + build),
                get("build/Builds_GetBuildLogs.json", "GET", () -> BUILDS + "/" + build + "/logs"),
                get("build/Artifacts_List.json", "GET", () -> BUILDS + "/" + build + "/artifacts"),
                get("build/Builds_GetBuildWorkItemsRefsFromCommits.json", "POST",
                        () -> BUILDS + "/" + build + "/workitems"),
                get("build/Builds_List--by-tag.json", "GET", () -> BUILDS + "?tagFilters=myTag"),
                get("build/Builds_List--latest-completed-build-of-a-definition.json", "GET",
                        () -> BUILDS + "?definitions=1&statusFilter=completed&$top=1"),
                new Step("build/Builds_List--next-page-via-continuationtoken.json", () -> {
                    HttpResponse<String> first = raw.get(BUILDS + "?definitions=1&statusFilter=completed&$top=1");
                    String token = first.headers().firstValue("x-ms-continuationtoken").orElseThrow();
                    check("build/Builds_List--next-page-via-continuationtoken.json", "GET",
                            BUILDS + "?definitions=1&statusFilter=completed&continuationToken=" + token, null);
                }),
                new Step("build/Builds_UpdateBuild.json", () -> check("build/Builds_UpdateBuild.json", "PATCH",
                        BUILDS + "/" + build, "{\"keepForever\":true}")),
                get("build/Definitions_List.json", "GET", () -> P + "/_apis/build/definitions"),
                new Step("build/Properties_UpdateDefinitionProperties.json", () -> check(
                        "build/Properties_UpdateDefinitionProperties.json", "PATCH",
                        P + "/_apis/build/definitions/1/properties",
                        "[{\"op\":\"add\",\"path\":\"/property_name\",\"from\":\"\",\"value\":\"property_value\"}]")),
                new Step("two release runs wait for approval", () -> {
                    for (int i = 0; i < 2; i++) {
                        Raw.json(raw.post(BUILDS, "{\"definition\":{\"id\":2}}"), 200);
                    }
                    emulator.clock().advance(Duration.ofMinutes(5));
                    JsonObject pending = raw.json(P + "/_apis/pipelines/approvals?state=pending", 200);
                    for (JsonValue v : Raw.value(pending).values()) {
                        approvals.add(((JsonObject) v).string("id").orElseThrow());
                    }
                }),
                get("approvalsAndChecks/Approvals_Query.json", "GET",
                        () -> P + "/_apis/pipelines/approvals?approvalIds=" + approvals.get(0) + "," + approvals.get(1)),
                new Step("approvalsAndChecks/Approvals_Update.json", () -> check(
                        "approvalsAndChecks/Approvals_Update.json", "PATCH", P + "/_apis/pipelines/approvals",
                        "[{\"approvalId\":\"" + approvals.get(0) + "\",\"comment\":\"Approving\","
                                + "\"status\":\"approved\"}]")),
                replay("approvalsAndChecks/CheckConfigurations_Add--approval.json", "POST",
                        P + "/_apis/pipelines/checks/configurations"),
                replay("approvalsAndChecks/CheckConfigurations_Add--task-check.json", "POST",
                        P + "/_apis/pipelines/checks/configurations"),
                new Step("a gate build waits on its agentless task", this::gate),
                new Step("distributedTask/Logs_Create.json", () -> logId = check("distributedTask/Logs_Create.json",
                        "POST", planPath + "/logs", vector("distributedTask/Logs_Create.json"))
                        .get("id").toJson()),
                new Step("distributedTask/AppendTimelineRecordFeed.json", () -> check(
                        "distributedTask/AppendTimelineRecordFeed.json", "POST", planPath + "/timelines/"
                                + planId() + "/records/" + job + "/feed",
                        vector("distributedTask/AppendTimelineRecordFeed.json"))),
                new Step("distributedTask/Events_PostEvent.json", () -> check("distributedTask/Events_PostEvent.json",
                        "POST", planPath + "/events", "{\"result\":\"succeeded\",\"taskId\":\"" + task
                                + "\",\"name\":\"TaskCompleted\",\"jobId\":\"" + job + "\"}")),
                new Step("distributedTask/Records_Update.json", () -> check("distributedTask/Records_Update.json",
                        "PATCH", planPath + "/timelines/" + planId() + "/records",
                        vector("distributedTask/Records_Update.json").replace("5e6d5dbf-ac69-5f56-8b85-8e9038703a8b",
                                task).replace("\"id\":0", "\"id\":" + logId))));
        return steps.stream().map(s -> DynamicTest.dynamicTest(s.name(), s.action()::run));
    }

    private Step get(String vector, String method, Supplier<String> path) {
        return new Step(vector, () -> check(vector, method, path.get(), null));
    }

    private Step replay(String vector, String method, String path) {
        return new Step(vector, () -> check(vector, method, path, vector(vector)));
    }

    private JsonObject check(String vector, String method, String path, String body) {
        return check.apply(new ConformanceTest.Case(vector, method, path, body, Set.of()));
    }

    private static String vector(String name) {
        return ConformanceTest.vectorPart(name, "request");
    }

    private static int id(JsonObject o) {
        return (int) ((JsonNumber) o.get("id")).longValue();
    }

    private String planId() {
        return planPath.substring(planPath.lastIndexOf('/') + 1);
    }

    private void branch() {
        String main = emulator.git().ref("Fabrikam-Fiber-Git", "Fabrikam-Fiber-Git", "refs/heads/main").orElseThrow();
        Raw.json(raw.post(REPO + "/refs", "[{\"name\":\"" + BRANCH + "\",\"oldObjectId\":\"" + "0".repeat(40)
                + "\",\"newObjectId\":\"" + main + "\"}]"), 200);
        Raw.json(raw.post(REPO + "/pushes", "{\"refUpdates\":[{\"name\":\"" + BRANCH + "\",\"oldObjectId\":\""
                + main + "\"}],\"commits\":[{\"comment\":\"Fix #3 and #33\",\"changes\":[{\"changeType\":\"add\","
                + "\"item\":{\"path\":\"/fix.txt\"},\"newContent\":{\"content\":\"fixed\",\"contentType\":"
                + "\"rawtext\"}}]}]}"), 201);
    }

    private void gate() {
        JsonObject queued = Raw.json(raw.post(BUILDS, "{\"definition\":{\"id\":4}}"), 200);
        gate = id(queued);
        emulator.clock().advance(Duration.ofSeconds(5));
        String projectId = ((JsonObject) queued.get("project")).string("id").orElseThrow();
        String plan = ((JsonObject) queued.get("orchestrationPlan")).string("planId").orElseThrow();
        planPath = "/" + projectId + "/_apis/distributedtask/hubs/build/plans/" + plan;
        JsonArray records = (JsonArray) raw.json(BUILDS + "/" + gate + "/timeline", 200).get("records");
        for (JsonValue v : records.values()) {
            JsonObject r = (JsonObject) v;
            if (r.string("name").orElse("").equals("Invoke external check")) {
                task = r.string("id").orElseThrow();
                job = r.string("parentId").orElseThrow();
            }
        }
    }
}
