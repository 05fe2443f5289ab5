package ado.emulator.internal.build;

import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Handler;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.http.WireEnums;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Dates;
import ado.emulator.internal.wire.Wire;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The distributed task plane of build plans ({@code {project}/_apis/distributedtask/hubs/build/plans/{planId}}):
 * the plan, its timeline and records (get, update), the live feed of a record, task logs (create, append, get) and
 * the {@code TaskCompleted} event that resumes a waiting agentless task. The project segment is the project id
 * (ADO's scope identifier) or name; the hub is {@code build}.
 */
public final class TaskPlaneRoutes {

    private static final String PLAN = "{project}/_apis/distributedtask/hubs/{hubName}/plans/{planId}";
    private static final String TIMELINE = PLAN + "/timelines/{timelineId}";

    private final OrgStore org;
    private final BuildStore store;

    /** Creates the routes. */
    public TaskPlaneRoutes(OrgStore org, BuildStore store) {
        this.org = org;
        this.store = store;
    }

    /** Adds the routes. */
    public void register(Router r) {
        add(r, "GET", PLAN, c -> Reply.json(out(c).plan(plan(c), c.var("hubName"))));
        add(r, "GET", PLAN + "/timelines", c -> {
            Run run = plan(c);
            return Reply.json(Wire.envelope(List.of(timelineOnly(out(c).timeline(run, true)))));
        });
        add(r, "GET", TIMELINE, c -> {
            Run run = plan(c);
            store.timeline(run, c.var("timelineId"));
            JsonObject t = out(c).timeline(run, true);
            return Reply.json(c.flag("includeRecords") ? t : timelineOnly(t));
        });
        add(r, "GET", TIMELINE + "/records", c -> {
            Run run = plan(c);
            store.timeline(run, c.var("timelineId"));
            return Reply.json(Wire.envelope(run.records().stream().map(x -> (JsonValue) out(c).record(run, x, true))
                    .toList()));
        });
        add(r, "PATCH", TIMELINE + "/records", this::updateRecords);
        add(r, "POST", TIMELINE + "/records/{recordId}/feed", this::feed);
        add(r, "POST", PLAN + "/logs", this::createLog);
        add(r, "GET", PLAN + "/logs", c -> {
            Run run = plan(c);
            return Reply.json(Wire.envelope(run.logs().stream().map(l -> (JsonValue) out(c).log(run, l, true))
                    .toList()));
        });
        add(r, "POST", PLAN + "/logs/{logId}", this::appendLog);
        add(r, "GET", PLAN + "/logs/{logId}", c -> {
            Run run = plan(c);
            LogFile log = taskLog(c, run);
            return Reply.json(Wire.envelope(log.lines().stream().map(s -> (JsonValue) new JsonString(s)).toList()));
        });
        add(r, "POST", PLAN + "/events", this::event);
    }

    private void add(Router r, String method, String template, Handler h) {
        BuildRoutes.add(r, store, method, template, h);
    }

    private BuildWire out(Call c) {
        return new BuildWire(c, org);
    }

    private Run plan(Call c) {
        String hub = c.var("hubName");
        if (!hub.equalsIgnoreCase("build")) {
            throw BuildErrors.hubNotFound(hub);
        }
        return store.byPlan(org.project(c.var("project")), c.var("planId"));
    }

    private static JsonObject timelineOnly(JsonObject timeline) {
        return timeline.toBuilder().remove("records").build();
    }

    private LogFile taskLog(Call c, Run run) {
        String id = c.var("logId");
        try {
            return store.log(run, Integer.parseInt(id));
        } catch (NumberFormatException | AdoError e) {
            throw BuildErrors.taskLogNotFound(id);
        }
    }

    private Reply updateRecords(Call c) {
        Run run = plan(c);
        JsonValue body = c.json();
        List<JsonValue> items = body instanceof JsonObject o ? Bodies.array(o, "value") : Bodies.array(body, "body");
        var updates = new ArrayList<BuildStore.RecordUpdate>();
        for (JsonValue v : items) {
            JsonObject u = Bodies.object(v, "record");
            Integer logId = Bodies.optionalObject(u, "log").map(l -> integer(l, "id")).orElse(null);
            updates.add(new BuildStore.RecordUpdate(Bodies.string(u, "id"),
                    Bodies.optionalString(u, "name").orElse(null),
                    WireEnums.RECORD_STATE.read(u, "state").orElse(null),
                    WireEnums.TASK_RESULT.read(u, "result").orElse(null),
                    Bodies.optionalString(u, "resultCode").orElse(null),
                    Bodies.optionalString(u, "currentOperation").orElse(null),
                    integer(u, "percentComplete"),
                    instant(u, "startTime"), instant(u, "finishTime"), logId,
                    integer(u, "errorCount"), integer(u, "warningCount")));
        }
        List<TimelineRecord> updated = store.updateRecords(run, c.var("timelineId"), updates);
        return Reply.json(Wire.envelope(updated.stream().map(x -> (JsonValue) out(c).record(run, x, true)).toList()));
    }

    private static Integer integer(JsonObject o, String name) {
        return o.get(name) instanceof JsonNumber n ? n.intValue() : null;
    }

    private static Instant instant(JsonObject o, String name) {
        return Bodies.optionalString(o, name).filter(t -> !t.startsWith("0001-"))
                .map(t -> Dates.parse(name, t)).orElse(null);
    }

    private Reply feed(Call c) {
        Run run = plan(c);
        TimelineRecord record = store.record(run, c.var("timelineId"), c.var("recordId"));
        JsonObject body = Bodies.object(c.json(), "body");
        var lines = new ArrayList<String>();
        for (JsonValue v : Bodies.array(body, "value")) {
            if (v instanceof JsonString s) {
                lines.add(s.value());
            }
        }
        store.appendFeed(run, record, lines);
        return Reply.noContent();
    }

    private Reply createLog(Call c) {
        Run run = plan(c);
        JsonObject body = c.optionalJson().map(v -> Bodies.object(v, "body")).orElse(JsonObject.EMPTY);
        LogFile log = store.createLog(run, Bodies.optionalString(body, "path").orElse(null));
        return Reply.json(out(c).log(run, log, true));
    }

    private Reply appendLog(Call c) {
        Run run = plan(c);
        LogFile log = taskLog(c, run);
        String text = new String(c.bytes(), StandardCharsets.UTF_8);
        List<String> lines = text.isEmpty() ? List.of()
                : Arrays.asList(text.replace("\r\n", "\n").replaceAll("\n$", "").split("\n", -1));
        store.appendLog(run, log, lines);
        return Reply.json(out(c).log(run, log, true));
    }

    private Reply event(Call c) {
        Run run = plan(c);
        JsonObject body = Bodies.object(c.json(), "body");
        String name = Bodies.string(body, "name");
        if (!name.equals("TaskCompleted")) {
            return otherEvent(run, name, body);
        }
        UUID jobId = uuid(body, "jobId");
        UUID taskId = uuid(body, "taskId");
        String result = WireEnums.TASK_RESULT.read(body, "result").orElse("succeeded");
        if (!List.of("succeeded", "succeededWithIssues", "failed", "canceled", "skipped", "abandoned")
                .contains(result)) {
            throw AdoError.badRequest("The task result '" + result + "' is not valid.");
        }
        store.taskCompleted(run, jobId, taskId, result);
        return Reply.noContent();
    }

    /**
     * Checks an event other than TaskCompleted names a record of the plan: TaskStarted and TaskAssigned a task of
     * the job, JobStarted and JobAssigned a job; they change nothing here (the emulator runs the plan itself).
     */
    private static Reply otherEvent(Run run, String name, JsonObject body) {
        UUID jobId = uuid(body, "jobId");
        TimelineRecord job = run.records.stream().filter(r -> r.id.equals(jobId) && r.type.equals("Job"))
                .findFirst().orElseThrow(() -> BuildErrors.recordNotFound(jobId));
        switch (name) {
            case "TaskStarted", "TaskAssigned" -> {
                UUID taskId = uuid(body, "taskId");
                run.records.stream().filter(r -> r.id.equals(taskId) && r.type.equals("Task")
                        && job.id.equals(r.parentId)).findFirst()
                        .orElseThrow(() -> BuildErrors.recordNotFound(taskId));
            }
            case "JobStarted", "JobAssigned" -> {
                // the job exists; nothing else to check
            }
            default -> throw AdoError.badRequest("The event '" + name + "' is not supported.");
        }
        return Reply.noContent();
    }

    private static UUID uuid(JsonObject o, String name) {
        String text = Bodies.string(o, name);
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw AdoError.badRequest("The value '" + text + "' of " + name + " is not a valid identifier.");
        }
    }

}
