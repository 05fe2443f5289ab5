package ado.emulator.internal.build;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A queued build, which is also a pipeline run (same id): its state, its timeline (stages, phases, jobs, tasks
 * linked by parent id), logs and artifacts. Mutated by {@link BuildStore} under its lock.
 */
public final class Run {

    /** An artifact published by a stage: files zipped on download. */
    public record Artifact(int id, String name, Map<String, byte[]> files) {
    }

    /** A stage with its records and jobs. */
    static final class Stage {
        final PipelineSpec.Stage spec;
        final TimelineRecord record;
        final TimelineRecord checkpoint;
        final TimelineRecord approvalRecord;
        final List<Job> jobs = new ArrayList<>();
        final boolean skippedByUser;
        Approval approval;

        Stage(PipelineSpec.Stage spec, TimelineRecord record, TimelineRecord checkpoint,
              TimelineRecord approvalRecord, boolean skippedByUser) {
            this.spec = spec;
            this.record = record;
            this.checkpoint = checkpoint;
            this.approvalRecord = approvalRecord;
            this.skippedByUser = skippedByUser;
        }
    }

    /** A job with its phase and task records. */
    static final class Job {
        final TimelineRecord phase;
        final TimelineRecord record;
        final List<TimelineRecord> tasks = new ArrayList<>();

        Job(TimelineRecord phase, TimelineRecord record) {
            this.phase = phase;
            this.record = record;
        }
    }

    final int id;
    final Definition definition;
    final int definitionRevision;
    final String buildNumber;
    final String sourceBranch;
    final String sourceVersion;
    final String parameters;
    final Map<String, String> templateParameters;
    final Map<String, String> variables;
    final String reason;
    final UUID requestedFor;
    final Instant queueTime;
    final UUID planId = UUID.randomUUID();
    final List<Stage> stages = new ArrayList<>();
    final List<TimelineRecord> records = new ArrayList<>();
    final List<LogFile> logs = new ArrayList<>();
    final List<Artifact> artifacts = new ArrayList<>();
    final TreeSet<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    final Map<String, String> properties = new LinkedHashMap<>();
    String status = "notStarted";
    String result;
    Instant startTime;
    Instant finishTime;
    Instant lastChanged;
    Instant cursor;
    boolean keepForever;
    boolean deleted;
    long changeId;

    Run(int id, Definition definition, String buildNumber, String sourceBranch, String sourceVersion,
        String parameters, Map<String, String> templateParameters, Map<String, String> variables, String reason,
        UUID requestedFor, Instant queueTime) {
        this.id = id;
        this.definition = definition;
        this.definitionRevision = definition.revision();
        this.buildNumber = buildNumber;
        this.sourceBranch = sourceBranch;
        this.sourceVersion = sourceVersion;
        this.parameters = parameters;
        this.templateParameters = Map.copyOf(templateParameters);
        this.variables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        this.reason = reason;
        this.requestedFor = requestedFor;
        this.queueTime = queueTime;
        this.lastChanged = queueTime;
    }

    /** {@return the build (and run) id} */
    public int id() {
        return id;
    }

    /** {@return the definition} */
    public Definition definition() {
        return definition;
    }

    /** {@return the definition revision it ran} */
    public int definitionRevision() {
        return definitionRevision;
    }

    /** {@return the build number, such as 20240101.1} */
    public String buildNumber() {
        return buildNumber;
    }

    /** {@return the source branch, a full ref name} */
    public String sourceBranch() {
        return sourceBranch;
    }

    /** {@return the commit it built} */
    public String sourceVersion() {
        return sourceVersion;
    }

    /** {@return the queue-time parameters as the JSON string the Build API carries, or null} */
    public String parameters() {
        return parameters;
    }

    /** {@return the template parameters} */
    public Map<String, String> templateParameters() {
        return templateParameters;
    }

    /** {@return the variables (secret ones with a null value)} */
    public Map<String, String> variables() {
        return variables;
    }

    /** {@return the reason, such as manual} */
    public String reason() {
        return reason;
    }

    /** {@return who queued it} */
    public UUID requestedFor() {
        return requestedFor;
    }

    /** {@return when it was queued} */
    public Instant queueTime() {
        return queueTime;
    }

    /** {@return the orchestration plan id (also the timeline id)} */
    public UUID planId() {
        return planId;
    }

    /** {@return notStarted, inProgress, cancelling or completed} */
    public String status() {
        return status;
    }

    /** {@return the result, or null before completion} */
    public String result() {
        return result;
    }

    /** {@return when it started, or null} */
    public Instant startTime() {
        return startTime;
    }

    /** {@return when it finished, or null} */
    public Instant finishTime() {
        return finishTime;
    }

    /** {@return when it last changed} */
    public Instant lastChanged() {
        return lastChanged;
    }

    /** {@return whether it is kept forever} */
    public boolean keepForever() {
        return keepForever;
    }

    /** {@return the tags, sorted} */
    public List<String> tags() {
        return List.copyOf(tags);
    }

    /** {@return the timeline records in creation order} */
    public List<TimelineRecord> records() {
        return List.copyOf(records);
    }

    /** {@return the logs} */
    public List<LogFile> logs() {
        return List.copyOf(logs);
    }

    /** {@return the published artifacts} */
    public List<Artifact> artifacts() {
        return List.copyOf(artifacts);
    }

    /** {@return the timeline's change id} */
    public long changeId() {
        return changeId;
    }

    /** {@return the stage names the caller asked to skip} */
    public List<String> skippedStages() {
        return stages.stream().filter(s -> s.skippedByUser).map(s -> s.spec.name()).toList();
    }
}
