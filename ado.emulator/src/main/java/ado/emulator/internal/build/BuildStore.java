package ado.emulator.internal.build;

import ado.core.json.JsonObject;
import ado.emulator.internal.git.RepoStore;
import ado.emulator.internal.git.Repository;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Definitions, builds (which are also pipeline runs), approvals and check configurations of the organisation, and
 * the task plane's records and logs. Every read first brings the build up to the emulator clock's time through the
 * {@link BuildEngine}, which moves builds forward. One lock (this object) guards everything.
 */
public final class BuildStore {

    /** How long a queued build waits before it starts. */
    public static final Duration QUEUE_DELAY = Duration.ofSeconds(2);

    private static final java.util.regex.Pattern PULL_MERGE = java.util.regex.Pattern.compile(
            "refs/pull/(\\d{1,9})/merge");

    private java.util.function.BiFunction<Repository, Integer, Optional<String>> pullRequestMerges =
            (repo, id) -> Optional.empty();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final OrgStore org;
    private final RepoStore repos;
    private final Clock clock;
    private final BuildEngine engine;
    private final Map<Integer, Definition> definitions = new TreeMap<>();
    private final Map<Integer, Run> runs = new TreeMap<>();
    private final Map<UUID, Approval> approvals = new LinkedHashMap<>();
    private final Map<Integer, JsonObject> checks = new TreeMap<>();
    private int nextDefinition = 1;
    private int nextRun = 1;
    private int nextCheck = 1;

    /** Creates an empty store. */
    public BuildStore(OrgStore org, RepoStore repos, Clock clock) {
        this.org = org;
        this.repos = repos;
        this.clock = clock;
        this.engine = new BuildEngine(org, clock, approvals);
    }

    /** {@return the clock} */
    public Clock clock() {
        return clock;
    }

    // ---- definitions ----------------------------------------------------------------------------------------

    /** {@return a new definition on repository {@code repositoryName} of {@code project}} */
    public synchronized Definition define(Project project, String name, String folder, boolean yaml,
                                          String repositoryName, PipelineSpec spec) {
        Repository repo = repos.find(project.id(), repositoryName);
        String branch = repo.defaultBranch().orElse("refs/heads/main");
        var d = new Definition(nextDefinition++, project.id(), name, folder, yaml, repo.id(), repo.name(), branch,
                spec, clock.instant());
        if (yaml) {
            d.properties.put("PipelinesCreatedOnBranch", JsonObject.builder().put("$type", "System.String")
                    .put("$value", branch.replaceFirst("^refs/heads/", "")).build());
            d.properties.put("LastRepositoryUpdate", JsonObject.builder().put("$type", "System.DateTime")
                    .put("$value", java.time.format.DateTimeFormatter.ISO_INSTANT.format(clock.instant())).build());
        }
        definitions.put(d.id, d);
        return d;
    }

    /** {@return the definitions of {@code project}, by id} */
    public synchronized List<Definition> definitions(Project project) {
        return definitions.values().stream().filter(d -> d.projectId.equals(project.id())).toList();
    }

    /** {@return definition {@code id} of the project; 404 TF215016 when none} */
    public synchronized Definition definition(Project project, int id) {
        Definition d = definitions.get(id);
        if (d == null || !d.projectId.equals(project.id())) {
            throw BuildErrors.definitionNotFound(id);
        }
        return d;
    }

    /** {@return the definition's properties after setting or removing them (a null value removes)} */
    public synchronized Map<String, ado.core.json.JsonValue> setProperties(Definition d,
                                                                           Map<String, ado.core.json.JsonValue> changes) {
        changes.forEach((k, v) -> {
            if (v == null) {
                d.properties.remove(k);
            } else {
                d.properties.put(k, v);
            }
        });
        return d.properties();
    }

    // ---- queueing -------------------------------------------------------------------------------------------

    /** What to queue. */
    public record QueueRequest(String sourceBranch, String parameters, Map<String, String> templateParameters,
                               Map<String, String> variables, Set<String> stagesToSkip, String reason) {
    }

    /**
     * Lets builds run on {@code refs/pull/{id}/merge}: {@code merges} gives the merge commit of pull request
     * {@code id} in a repository (empty when there is no such active pull request).
     */
    public synchronized void pullRequestMerges(java.util.function.BiFunction<Repository, Integer, Optional<String>> merges) {
        this.pullRequestMerges = java.util.Objects.requireNonNull(merges, "merges == null");
    }

    /** {@return a new build of {@code d}}: 400 when the branch does not resolve or a template parameter is bad */
    public Run queue(Definition d, QueueRequest request) {
        // the version is resolved before taking this store's lock: resolving a pull request's merge commit takes
        // its repository's lock, and completion (under that lock) reads this store, so the two never nest the
        // other way round
        String branch = request.sourceBranch() == null ? d.defaultBranch : fullBranch(request.sourceBranch());
        Repository repo = repos.find(d.projectId, d.repositoryId.toString());
        var pull = PULL_MERGE.matcher(branch);
        java.util.function.BiFunction<Repository, Integer, Optional<String>> merges;
        synchronized (this) {
            merges = pullRequestMerges;
        }
        String version = (pull.matches() ? merges.apply(repo, Integer.parseInt(pull.group(1)))
                : repo.ref(branch).map(r -> r.objectId().hex()))
                .orElseThrow(() -> BuildErrors.branchNotFound(branch));
        return queue(d, request, branch, version);
    }

    private synchronized Run queue(Definition d, QueueRequest request, String branch, String version) {
        Map<String, String> parameters = templateParameters(d.spec, request.templateParameters());
        for (String stage : request.stagesToSkip()) {
            if (d.spec.stages().stream().noneMatch(s -> s.name().equalsIgnoreCase(stage))) {
                throw BuildErrors.badParameter("Stage " + stage + " to skip does not exist in the pipeline.");
            }
        }
        Instant now = clock.instant();
        String day = DAY.format(now);
        long sameDay = runs.values().stream().filter(r -> r.definition == d && DAY.format(r.queueTime).equals(day))
                .count();
        var run = new Run(nextRun++, d, day + "." + (sameDay + 1), branch, version, request.parameters(),
                parameters, request.variables(), request.reason() == null ? "manual" : request.reason(),
                org.me().id(), now);
        BuildEngine.buildTimeline(run, request.stagesToSkip());
        runs.put(run.id, run);
        BuildEngine.touch(run, now);
        return run;
    }

    private static String fullBranch(String branch) {
        return branch.startsWith("refs/") ? branch : "refs/heads/" + branch;
    }

    private static Map<String, String> templateParameters(PipelineSpec spec, Map<String, String> given) {
        var result = new LinkedHashMap<String, String>();
        for (PipelineSpec.Parameter p : spec.parameters()) {
            result.put(p.name(), p.defaultValue());
        }
        given.forEach((name, value) -> {
            PipelineSpec.Parameter p = spec.parameters().stream().filter(x -> x.name().equals(name)).findFirst()
                    .orElseThrow(() -> BuildErrors.badParameter("Unexpected parameter '" + name + "'"));
            if (!p.values().isEmpty() && !p.values().contains(value)) {
                throw BuildErrors.badParameter("The value '" + value + "' is not allowed for parameter '" + name
                        + "'. Allowed values: " + String.join(", ", p.values()) + ".");
            }
            result.put(name, value);
        });
        return result;
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    /** {@return build {@code id} of the project, brought up to the clock's time; 404 when none or deleted} */
    public synchronized Run run(Project project, int id) {
        Run run = runs.get(id);
        if (run == null || run.deleted || !run.definition.projectId.equals(project.id())) {
            throw BuildErrors.buildNotFound(id);
        }
        engine.sync(run);
        return run;
    }

    /** {@return the project's builds {@code filter} accepts, each brought up to the clock's time, by id} */
    public synchronized List<Run> runs(Project project, Predicate<Run> filter) {
        var result = new ArrayList<Run>();
        for (Run r : runs.values()) {
            if (!r.deleted && r.definition.projectId.equals(project.id())) {
                engine.sync(r);
                if (filter.test(r)) {
                    result.add(r);
                }
            }
        }
        return result;
    }

    /** {@return the build whose orchestration plan is {@code planId}, brought up to date; 404 when none} */
    public synchronized Run byPlan(Project project, String planId) {
        for (Run r : runs.values()) {
            if (!r.deleted && r.planId.toString().equalsIgnoreCase(planId)
                    && r.definition.projectId.equals(project.id())) {
                engine.sync(r);
                return r;
            }
        }
        throw BuildErrors.planNotFound(planId);
    }

    /** {@return what {@code action} returns, run under the store's lock (so it sees one consistent state)} */
    public synchronized <T> T locked(java.util.function.Supplier<T> action) {
        return action.get();
    }

    // ---- changes --------------------------------------------------------------------------------------------

    /** Cancels a build that is not completed; 400 otherwise. */
    public synchronized Run cancel(Run run) {
        return engine.cancel(run);
    }

    /** Re-runs the failed, canceled and skipped stages of a completed build that did not succeed; 400 otherwise. */
    public synchronized Run retry(Run run) {
        return engine.retry(run);
    }

    /** Marks the build deleted: it is gone from reads. */
    public synchronized void delete(Run run) {
        run.deleted = true;
    }

    /** Sets keep-forever. */
    public synchronized Run keepForever(Run run, boolean keep) {
        run.keepForever = keep;
        BuildEngine.touch(run, clock.instant());
        return run;
    }

    /** Adds tags (blank ones are 400). */
    public synchronized List<String> addTags(Run run, Collection<String> tags) {
        for (String t : tags) {
            if (t == null || t.isBlank()) {
                throw AdoError.badRequest("A tag must not be empty.");
            }
            run.tags.add(t.strip());
        }
        BuildEngine.touch(run, clock.instant());
        return run.tags();
    }

    /** Removes a tag (absent ones are ignored, as ADO does). */
    public synchronized List<String> removeTag(Run run, String tag) {
        run.tags.remove(tag);
        BuildEngine.touch(run, clock.instant());
        return run.tags();
    }

    // ---- approvals ------------------------------------------------------------------------------------------

    /** {@return the project's approvals {@code filter} accepts (runs brought up to date first)} */
    public synchronized List<Approval> approvals(Project project, Predicate<Approval> filter) {
        runs(project, r -> true);
        return approvals.values().stream()
                .filter(a -> runs.get(a.runId).definition.projectId.equals(project.id()))
                .filter(filter).toList();
    }

    /** {@return approval {@code id}; 404 when none} */
    public synchronized Approval approval(Project project, UUID id) {
        return approvals(project, a -> a.id.equals(id)).stream().findFirst()
                .orElseThrow(() -> BuildErrors.approvalNotFound(id));
    }

    /** Answers an approval (approved or rejected); 400 when it was answered already. */
    public synchronized Approval answer(Project project, UUID id, String status, String comment) {
        Approval a = approval(project, id);
        if (!a.status.equals("pending")) {
            throw BuildErrors.approvalCompleted(id, a.status);
        }
        if (!status.equals("approved") && !status.equals("rejected")) {
            throw AdoError.badRequest("The approval status must be approved or rejected: " + status);
        }
        Instant now = clock.instant();
        a.status = status;
        a.comment = comment;
        a.actualApprover = org.me().id();
        a.lastModifiedOn = now;
        Run run = runs.get(a.runId);
        if (run.cursor == null || run.cursor.isBefore(now)) {
            run.cursor = now;
        }
        BuildEngine.touch(run, now);
        engine.sync(run);
        return a;
    }

    // ---- check configurations -------------------------------------------------------------------------------

    /** {@return the new id} Stores the check configuration {@code make} writes for that id. */
    public synchronized int addCheck(java.util.function.IntFunction<JsonObject> make) {
        int id = nextCheck++;
        checks.put(id, make.apply(id));
        return id;
    }

    /** {@return check configuration {@code id}} */
    public synchronized Optional<JsonObject> check(int id) {
        return Optional.ofNullable(checks.get(id));
    }

    /** {@return every check configuration} */
    public synchronized List<JsonObject> checks() {
        return List.copyOf(checks.values());
    }

    /** {@return whether a check configuration was removed} */
    public synchronized boolean removeCheck(int id) {
        return checks.remove(id) != null;
    }

    // ---- task plane -----------------------------------------------------------------------------------------

    /** {@return record {@code recordId} of the run's timeline {@code timelineId}; 404 when either is unknown} */
    public synchronized TimelineRecord record(Run run, String timelineId, String recordId) {
        timeline(run, timelineId);
        return run.records.stream().filter(r -> r.id.toString().equalsIgnoreCase(recordId)).findFirst()
                .orElseThrow(() -> BuildErrors.recordNotFound(recordId));
    }

    /** Checks that {@code timelineId} is the run's timeline (the plan id); 404 otherwise. */
    public void timeline(Run run, String timelineId) {
        if (!run.planId.toString().equalsIgnoreCase(timelineId)) {
            throw BuildErrors.timelineNotFound(timelineId);
        }
    }

    /** Appends lines to a record's live feed. */
    public synchronized void appendFeed(Run run, TimelineRecord record, List<String> lines) {
        record.feed.addAll(lines);
        BuildEngine.touch(run, clock.instant());
    }

    /** {@return a new log of the run} */
    public synchronized LogFile createLog(Run run, String path) {
        return engine.createLog(run, path);
    }

    /** {@return log {@code id} of the run; 404 when none} */
    public synchronized LogFile log(Run run, int id) {
        if (id < 1 || id > run.logs.size()) {
            throw BuildErrors.logNotFound(id);
        }
        return run.logs.get(id - 1);
    }

    /** Appends lines to a log. */
    public synchronized LogFile appendLog(Run run, LogFile log, List<String> lines) {
        Instant now = clock.instant();
        log.append(now, lines);
        BuildEngine.touch(run, now);
        return log;
    }

    /** A task-plane change to a record: null members are left as they are. */
    public record RecordUpdate(String id, String name, String state, String result, String resultCode,
                               String currentOperation, Integer percentComplete, Instant startTime,
                               Instant finishTime, Integer logId, Integer errorCount, Integer warningCount) {
    }

    /** {@return the updated records} Applies task-plane updates; completing a waiting agentless task resumes the run. */
    public synchronized List<TimelineRecord> updateRecords(Run run, String timelineId, List<RecordUpdate> updates) {
        var result = new ArrayList<TimelineRecord>();
        Instant now = clock.instant();
        for (RecordUpdate u : updates) {
            TimelineRecord r = record(run, timelineId, u.id());
            if (u.logId() != null && u.logId() > 0) {
                log(run, u.logId());
                r.logId = u.logId();
            }
            if (u.name() != null) {
                r.name = u.name();
            }
            if (u.currentOperation() != null) {
                r.currentOperation = u.currentOperation();
            }
            if (u.percentComplete() != null) {
                r.percentComplete = u.percentComplete();
            }
            if (u.resultCode() != null) {
                r.resultCode = u.resultCode();
            }
            if (u.errorCount() != null) {
                r.errorCount = u.errorCount();
            }
            if (u.warningCount() != null) {
                r.warningCount = u.warningCount();
            }
            if (u.startTime() != null) {
                r.startTime = u.startTime();
            }
            if ("completed".equals(u.state()) && !r.completed()) {
                engine.finishExternal(run, r, u.result() == null ? "succeeded" : u.result(), now);
            } else if (u.state() != null && !r.completed()) {
                r.state = u.state();
            }
            if (u.result() != null && r.completed()) {
                r.result = u.result();
            }
            if (u.finishTime() != null && r.completed()) {
                r.finishTime = u.finishTime();
            }
            r.changeId = ++run.changeId;
            r.lastModified = now;
            result.add(r);
        }
        BuildEngine.touch(run, now);
        engine.sync(run);
        return result;
    }

    /** Raises TaskCompleted: completes the waiting agentless task {@code taskId} of job {@code jobId}. */
    public synchronized void taskCompleted(Run run, UUID jobId, UUID taskId, String result) {
        TimelineRecord task = run.records.stream().filter(r -> r.id.equals(taskId) && r.type.equals("Task"))
                .findFirst().orElseThrow(() -> BuildErrors.taskNotWaiting(taskId));
        if (!task.parentId.equals(jobId)) {
            throw BuildErrors.recordNotFound(jobId);
        }
        if (task.completed()) {
            return;
        }
        if (!task.state.equals("inProgress") || task.task == null || !task.task.agentless()) {
            throw BuildErrors.taskNotWaiting(taskId);
        }
        engine.finishExternal(run, task, result, clock.instant());
        engine.sync(run);
    }

    /** {@return the runs of the definition in id order (for the pipeline runs list)} */
    public synchronized List<Run> runsOf(Definition d) {
        var result = new ArrayList<Run>();
        for (Run r : runs.values()) {
            if (r.definition == d && !r.deleted) {
                engine.sync(r);
                result.add(r);
            }
        }
        result.sort(Comparator.comparingInt(Run::id).reversed());
        return result;
    }
}
