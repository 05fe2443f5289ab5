package ado.emulator.internal.build;

import ado.emulator.internal.org.OrgStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The engine that moves builds forward on the emulator clock, and builds the timeline of a new build. The
 * {@link BuildStore} calls it under its lock (it has no lock of its own) before every read, so a build is always
 * seen as of the clock's time.
 *
 * <p>A queued build starts {@link BuildStore#QUEUE_DELAY} after it was queued; then its stages run one after the
 * other, the jobs of a stage one after the other and the tasks of a job in order, each task for its duration. A
 * failing task skips the rest of its job, fails the job, its stage and the build, and skips the later stages. A stage
 * with an approval waits (its Checkpoint record in progress) until the approval is answered; an agentless task waits
 * for the task plane's {@code TaskCompleted} event. Cancelling ends running records as canceled and pending ones as
 * skipped; retrying re-runs the failed, canceled and skipped stages with a new attempt of each record.
 */
final class BuildEngine {

    private final OrgStore org;
    private final Clock clock;
    private final Map<UUID, Approval> approvals;
    private int nextArtifact = 1;

    BuildEngine(OrgStore org, Clock clock, Map<UUID, Approval> approvals) {
        this.org = org;
        this.clock = clock;
        this.approvals = approvals;
    }

    static void buildTimeline(Run run, Set<String> skip) {
        int stageOrder = 1;
        for (PipelineSpec.Stage s : run.definition.spec.stages()) {
            var stage = new TimelineRecord(null, "Stage", s.name(), s.name(), stageOrder++, null);
            run.records.add(stage);
            TimelineRecord checkpoint = null;
            TimelineRecord approval = null;
            if (s.approval()) {
                checkpoint = new TimelineRecord(stage.id, "Checkpoint", "Checkpoint", "Checkpoint", 0, null);
                approval = new TimelineRecord(checkpoint.id, "Checkpoint.Approval", "Approval", "Approval", 1, null);
                run.records.add(checkpoint);
                run.records.add(approval);
            }
            boolean skipped = skip.stream().anyMatch(n -> n.equalsIgnoreCase(s.name()));
            var st = new Run.Stage(s, stage, checkpoint, approval, skipped);
            int jobOrder = 1;
            for (PipelineSpec.Job j : s.jobs()) {
                var phase = new TimelineRecord(stage.id, "Phase", j.name(), s.name() + "." + j.name(), jobOrder,
                        null);
                var job = new TimelineRecord(phase.id, "Job", j.name(), s.name() + "." + j.name() + ".__default",
                        jobOrder++, null);
                run.records.add(phase);
                run.records.add(job);
                var jr = new Run.Job(phase, job);
                int taskOrder = 1;
                for (PipelineSpec.Task t : j.tasks()) {
                    var task = new TimelineRecord(job.id, "Task", t.name(), t.name().replaceAll("\\W", ""),
                            taskOrder++, t);
                    run.records.add(task);
                    jr.tasks.add(task);
                }
                st.jobs.add(jr);
            }
            run.stages.add(st);
        }
    }

    // ---- cancel and retry -----------------------------------------------------------------------------------

    /** Cancels a build that is not completed; 400 otherwise. */
    Run cancel(Run run) {
        sync(run);
        if (run.status.equals("completed")) {
            throw BuildErrors.badBuildState(run.id, "canceled", run.status);
        }
        Instant now = clock.instant();
        for (TimelineRecord r : run.records) {
            if (r.state.equals("inProgress")) {
                r.complete(now, "canceled");
                log(run, r, now, List.of("##[error]The operation was canceled."));
                r.changeId = ++run.changeId;
            } else if (r.state.equals("pending")) {
                r.complete(now, "skipped");
                r.startTime = null;
                r.changeId = ++run.changeId;
            }
        }
        for (Run.Stage s : run.stages) {
            if (s.approval != null && s.approval.status.equals("pending")) {
                s.approval.status = "canceled";
                s.approval.lastModifiedOn = now;
            }
        }
        if (run.startTime == null) {
            run.startTime = now;
        }
        finish(run, now, "canceled");
        return run;
    }

    /** Re-runs the failed, canceled and skipped stages of a completed build that did not succeed; 400 otherwise. */
    Run retry(Run run) {
        sync(run);
        if (!run.status.equals("completed") || run.result.equals("succeeded")) {
            throw BuildErrors.badBuildState(run.id, "retried", run.status + (run.result == null ? ""
                    : " (" + run.result + ")"));
        }
        Instant now = clock.instant();
        for (Run.Stage s : run.stages) {
            if (s.skippedByUser || "succeeded".equals(s.record.result)
                    || "succeededWithIssues".equals(s.record.result)) {
                continue;
            }
            s.approval = null;
            for (TimelineRecord r : run.records) {
                if (r == s.record || descends(run, r, s.record.id)) {
                    r.reset(run.planId);
                    r.changeId = ++run.changeId;
                }
            }
        }
        run.status = "inProgress";
        run.result = null;
        run.finishTime = null;
        run.cursor = now;
        touch(run, now);
        sync(run);
        return run;
    }

    private static boolean descends(Run run, TimelineRecord r, UUID ancestor) {
        UUID parent = r.parentId;
        while (parent != null) {
            if (parent.equals(ancestor)) {
                return true;
            }
            UUID p = parent;
            parent = run.records.stream().filter(x -> x.id.equals(p)).findFirst().map(x -> x.parentId).orElse(null);
        }
        return false;
    }

    /** {@return a new log of the run, created now} */
    LogFile createLog(Run run, String path) {
        return createLog(run, path, clock.instant());
    }

    /** {@return a new log of the run, created {@code at} (the engine's simulated time of the step writing it)} */
    private LogFile createLog(Run run, String path, Instant at) {
        var log = new LogFile(run.logs.size() + 1, path, at);
        run.logs.add(log);
        touch(run, at);
        return log;
    }

    void finishExternal(Run run, TimelineRecord task, String result, Instant now) {
        task.complete(now, result);
        task.changeId = ++run.changeId;
        if (run.cursor == null || run.cursor.isBefore(now)) {
            run.cursor = now;
        }
        afterTask(run, task, now);
    }

    // ---- the engine -----------------------------------------------------------------------------------------

    void sync(Run run) {
        Instant now = clock.instant();
        if (run.status.equals("notStarted")) {
            Instant start = run.queueTime.plus(BuildStore.QUEUE_DELAY);
            if (now.isBefore(start)) {
                return;
            }
            run.status = "inProgress";
            run.startTime = start;
            run.cursor = start;
            touch(run, start);
        }
        while (run.status.equals("inProgress") && step(run, now)) {
            run.changeId++;
        }
    }

    /** {@return whether something changed}: one move of the run towards {@code now}. */
    private boolean step(Run run, Instant now) {
        Run.Stage stage = run.stages.stream().filter(s -> !s.record.completed()).findFirst().orElse(null);
        if (stage == null) {
            finish(run, run.cursor, rollup(run.stages.stream().map(s -> s.record).toList()));
            return false;
        }
        TimelineRecord sr = stage.record;
        Instant at = run.cursor;
        if (sr.state.equals("pending")) {
            boolean earlierFailed = run.stages.stream().takeWhile(s -> s != stage)
                    .anyMatch(s -> "failed".equals(s.record.result) || "canceled".equals(s.record.result));
            if (stage.skippedByUser || earlierFailed) {
                skipAll(run, sr, at);
                return true;
            }
            if (stage.spec.approval() && !gate(run, stage, at)) {
                return false;
            }
            if (sr.completed()) {
                return true;
            }
            sr.start(run.cursor);
            sr.changeId = run.changeId;
            return true;
        }
        Run.Job job = stage.jobs.stream().filter(j -> !j.record.completed()).findFirst().orElse(null);
        if (job == null) {
            sr.complete(at, rollup(children(run, sr)));
            sr.changeId = run.changeId;
            if (sr.result.equals("succeeded")) {
                stage.spec.artifacts().forEach((name, files) ->
                        run.artifacts.add(new Run.Artifact(nextArtifact++, name, files)));
            }
            touch(run, at);
            return true;
        }
        if (job.record.state.equals("pending")) {
            job.phase.start(at);
            job.record.start(at);
            job.record.workerName = "Hosted Agent";
            return true;
        }
        TimelineRecord task = job.tasks.stream().filter(t -> !t.completed()).findFirst().orElse(null);
        if (task == null) {
            String result = rollup(job.tasks);
            job.record.logId = jobLog(run, job.tasks, at);
            job.record.complete(at, result);
            job.phase.complete(at, result);
            if (result.equals("failed")) {
                stage.jobs.stream().filter(j -> !j.record.completed()).forEach(j -> {
                    skipAll(run, j.phase, at);
                });
            }
            touch(run, at);
            return true;
        }
        if (task.state.equals("pending")) {
            task.start(at);
            task.currentOperation = "Running " + task.name;
            LogFile log = createLog(run, null, at);
            task.logId = log.id;
            log(run, task, at, List.of("##[section]Starting: " + task.name));
            task.changeId = run.changeId;
            return true;
        }
        if (task.task.agentless()) {
            return false;
        }
        Instant end = task.startTime.plus(task.task.duration());
        if (now.isBefore(end)) {
            long total = Math.max(1, task.task.duration().toMillis());
            task.percentComplete = (int) Math.min(99, Duration.between(task.startTime, now).toMillis() * 100 / total);
            return false;
        }
        boolean fails = task.attempt <= task.task.failedAttempts();
        var lines = new ArrayList<>(task.task.lines());
        if (fails) {
            lines.add("##[error]" + task.name + " failed (attempt " + task.attempt + ").");
        }
        lines.add("##[section]Finishing: " + task.name);
        log(run, task, end, lines);
        task.complete(end, fails ? "failed" : "succeeded");
        task.changeId = run.changeId;
        run.cursor = end;
        afterTask(run, task, end);
        return true;
    }

    /** {@return whether the stage may start}: creates, waits for, or applies its approval. */
    private boolean gate(Run run, Run.Stage stage, Instant at) {
        if (stage.approval == null) {
            stage.approval = new Approval(run.id, stage.record.id, org.me().id(), at);
            approvals.put(stage.approval.id, stage.approval);
            stage.checkpoint.start(at);
            stage.approvalRecord.start(at);
            stage.record.state = "pending";
            touch(run, at);
            return false;
        }
        switch (stage.approval.status) {
            case "approved" -> {
                Instant when = stage.approval.lastModifiedOn;
                stage.approvalRecord.complete(when, "succeeded");
                stage.checkpoint.complete(when, "succeeded");
                if (run.cursor.isBefore(when)) {
                    run.cursor = when;
                }
                return true;
            }
            case "rejected" -> {
                Instant when = stage.approval.lastModifiedOn;
                stage.approvalRecord.complete(when, "failed");
                stage.checkpoint.complete(when, "failed");
                for (Run.Job j : stage.jobs) {
                    skipAll(run, j.phase, when);
                }
                stage.record.complete(when, "failed");
                if (run.cursor.isBefore(when)) {
                    run.cursor = when;
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private void afterTask(Run run, TimelineRecord task, Instant at) {
        if (task.result.equals("failed") || task.result.equals("canceled")) {
            run.records.stream().filter(r -> r.parentId != null && r.parentId.equals(task.parentId)
                    && !r.completed()).forEach(r -> {
                r.complete(at, "skipped");
                r.startTime = null;
            });
        }
        touch(run, at);
    }

    private void skipAll(Run run, TimelineRecord root, Instant at) {
        for (TimelineRecord r : run.records) {
            if ((r == root || descends(run, r, root.id)) && !r.completed()) {
                r.complete(at, "skipped");
                r.startTime = null;
                r.changeId = run.changeId;
            }
        }
    }

    private static List<TimelineRecord> children(Run run, TimelineRecord parent) {
        return run.records.stream().filter(r -> parent.id.equals(r.parentId)).toList();
    }

    private static String rollup(List<TimelineRecord> records) {
        List<String> results = records.stream().map(r -> r.result == null ? "skipped" : r.result).toList();
        if (results.contains("failed")) {
            return "failed";
        }
        if (results.contains("canceled")) {
            return "canceled";
        }
        if (results.contains("succeededWithIssues")) {
            return "succeededWithIssues";
        }
        if (!results.isEmpty() && results.stream().allMatch("skipped"::equals)) {
            return "skipped";
        }
        return "succeeded";
    }

    private void finish(Run run, Instant at, String stageResult) {
        run.status = "completed";
        run.result = switch (stageResult) {
            case "failed" -> "failed";
            case "canceled" -> "canceled";
            case "succeededWithIssues" -> "partiallySucceeded";
            default -> "succeeded";
        };
        run.finishTime = at;
        touch(run, at);
    }

    /** {@return the id of a new log holding every line the job's tasks wrote, as ADO's job log does} */
    private int jobLog(Run run, List<TimelineRecord> tasks, Instant at) {
        var lines = new ArrayList<String>();
        tasks.stream().filter(t -> t.logId != null).forEach(t -> lines.addAll(run.logs.get(t.logId - 1).lines));
        LogFile log = createLog(run, null, at);
        log.append(at, lines);
        return log.id;
    }

    private void log(Run run, TimelineRecord record, Instant at, List<String> lines) {
        if (record.logId == null) {
            return;
        }
        String stamp = stamp(at);
        run.logs.get(record.logId - 1).append(at, lines.stream().map(l -> stamp + " " + l).toList());
    }

    /** {@return the time stamp ADO puts before each log line} */
    static String stamp(Instant at) {
        String iso = DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        return iso.endsWith("Z") && !iso.contains(".") ? iso.replace("Z", ".0000000Z")
                : iso.replace("Z", "0000Z");
    }

    static void touch(Run run, Instant at) {
        if (run.lastChanged == null || run.lastChanged.isBefore(at)) {
            run.lastChanged = at;
        }
    }
}
