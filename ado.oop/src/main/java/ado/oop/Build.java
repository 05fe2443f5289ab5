package ado.oop;

import ado.model.build.BuildArtifact;
import ado.model.build.BuildArtifacts;
import ado.model.build.BuildLog;
import ado.model.build.BuildLogs;
import ado.model.build.BuildResult;
import ado.model.build.BuildStatus;
import ado.model.build.BuildTags;
import ado.model.build.Builds;
import ado.model.build.Timeline;
import ado.model.build.TimelineRecord;
import ado.model.build.TimelineRecordState;
import ado.model.distributedtask.TaskContext;
import ado.model.pipelines.ApprovalStatus;
import ado.model.pipelines.Approvals;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A build (also a pipeline run: same id). One object per build per service; its details load on first use and
 * every change reloads them from the server's answer. The stage/job/task tree, logs and artifacts are read fresh
 * on each call.
 *
 * <p><b>Thread safety.</b> Thread-safe: one object per build per service, shared by every thread that reaches it.
 * Its record loads once even when threads ask together; {@code refresh()} and changes replace it whole, so a reader
 * sees the old record or the new one, never a mix. {@link #waitForCompletion} blocks the calling thread only.
 */
public final class Build {

    /** The poll interval of {@link #waitForCompletion(Duration, Consumer)}. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(5);

    private final Project project;
    private final Resource<Integer, ado.model.build.Build> self;

    Build(Project project, int id) {
        this.project = project;
        this.self = new Resource<>(id, k -> Builds.get(project.api(), k));
    }

    void offer(ado.model.build.Build value) {
        self.set(value);
    }

    /** {@return the project} */
    public Project project() {
        return project;
    }

    /** {@return the build id} */
    public int id() {
        return self.key();
    }

    /**
     * {@return the web URL of this build ({@code {org}/{project}/_build/results?buildId={id}}), as
     * {@link AzureDevOpsService#buildByUrl} takes it; no request}
     */
    public java.net.URI webUrl() {
        return ObjectUrls.web(this);
    }

    /** {@return the build, loaded on first use} */
    public ado.model.build.Build info() {
        return self.get();
    }

    /** {@return this build after loading it again} */
    public Build refresh() {
        return self.refresh(this);
    }

    /** {@return the build number, such as 20240501.1} */
    public String number() {
        return info().buildNumber();
    }

    /** {@return the status (as last loaded)} */
    public BuildStatus status() {
        return info().status();
    }

    /** {@return the result, once completed (as last loaded)} */
    public Optional<BuildResult> result() {
        return Optional.ofNullable(info().result());
    }

    /** {@return the branch built, a full ref name} */
    public String sourceBranch() {
        return info().sourceBranch();
    }

    /** {@return the pipeline (definition) it ran} */
    public Pipeline pipeline() {
        return project.pipeline(info().definition().id());
    }

    /**
     * {@return the run of this build in the Pipelines view (same id); no request}
     * The same object as {@code pipeline().run(id())}.
     */
    public Run run() {
        return pipeline().run(id());
    }

    // ---- timeline ---------------------------------------------------------------------------------------------

    /** {@return the stages, each with its jobs and their tasks, from the current timeline; one request} */
    public List<BuildStage> stages() {
        Timeline timeline = Builds.timeline(project.api(), id());
        return BuildStage.of(this, timeline == null ? List.of() : timeline.records());
    }

    // ---- logs and artifacts ---------------------------------------------------------------------------------

    /** {@return the build's logs: id, type, line count, created and last changed; one request} */
    public List<BuildLog> logs() {
        return BuildLogs.list(project.api(), id());
    }

    /** {@return every log of the build, in log order, as one text; each log is streamed} */
    public String log() {
        var out = new ByteArrayOutputStream();
        log(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * {@return the bytes written} Streams every log of the build, in log order, into {@code out} (left open).
     *
     * @param out where the text goes (not closed)
     */
    public long log(OutputStream out) {
        Objects.requireNonNull(out, "out == null");
        long total = 0;
        for (BuildLog log : logs()) {
            total += BuildLogs.download(project.api(), id(), log.id(), out);
        }
        return total;
    }

    /**
     * {@return the text of log {@code logId}; streamed, one request}
     *
     * @param logId the log id (from {@link #logs()} or a step's {@link BuildStep#logId()}), positive
     * @throws ado.core.error.AdoNotFoundException if the build has no such log
     * @throws IllegalArgumentException            if {@code logId} is not positive
     */
    public String log(int logId) {
        var out = new ByteArrayOutputStream();
        BuildLogs.download(project.api(), id(), logId, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * {@return lines {@code startLine} to {@code endLine} (from 1, inclusive) of log {@code logId}; one request}
     *
     * @param logId     the log id, positive
     * @param startLine the first line, from 1
     * @param endLine   the last line, at least {@code startLine}
     * @throws ado.core.error.AdoNotFoundException if the build has no such log
     * @throws IllegalArgumentException            if {@code logId} or {@code startLine} is not positive, or
     *                                             {@code endLine} is below {@code startLine}
     */
    public List<String> logLines(int logId, int startLine, int endLine) {
        return BuildLogs.lines(project.api(), id(), logId, startLine, endLine);
    }

    /**
     * {@return the lines of log {@code logId}, read from the network only as the stream is consumed, so a log of
     * any size is never held whole; close the stream (try-with-resources) to free the connection}
     * A connection that breaks off makes the stream throw {@link java.io.UncheckedIOException} or
     * {@link ado.core.error.AdoTransportException} where the lines stop.
     *
     * <pre>{@code
     * ado.oop.Build build = project.build(42);
     * int logId = build.logs().get(0).id();
     * try (Stream<String> lines = build.logLines(logId)) {
     *     long errors = lines.filter(line -> line.contains("##[error]")).count();
     * }
     * }</pre>
     *
     * @param logId the log id, positive
     * @throws ado.core.error.AdoNotFoundException if the build has no such log
     * @throws IllegalArgumentException            if {@code logId} is not positive
     */
    public Stream<String> logLines(int logId) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(openLog(logId), StandardCharsets.UTF_8));
        return reader.lines().onClose(() -> {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * {@return log {@code logId} as UTF-8 text, read from the network as it is consumed; the caller closes it}
     *
     * @param logId the log id, positive
     * @throws ado.core.error.AdoNotFoundException if the build has no such log
     * @throws IllegalArgumentException            if {@code logId} is not positive
     */
    public InputStream openLog(int logId) {
        return BuildLogs.open(project.api(), id(), logId);
    }

    /** {@return the published artifacts; one request} */
    public List<BuildArtifact> artifacts() {
        return BuildArtifacts.list(project.api(), id());
    }

    /**
     * {@return the bytes written} Downloads artifact {@code name} as a zip into {@code file}, reporting progress to
     * {@code listener} on the calling thread as bytes arrive and once at the end ({@code done}).
     *
     * <p>{@code file} is replaced only once the whole zip has arrived, as
     * {@link ado.core.ApiRequest#download(java.nio.file.Path)} does: the zip goes to a temporary file beside it, a
     * transfer that breaks off is resumed (or sent again) within the client's retry policy, and on failure
     * {@code file} is left as it was and no temporary file remains. The reported bytes count on when a transfer is
     * resumed and go back to {@code 0} when it starts again from zero.
     *
     * @param name the artifact name
     * @param file the zip file to write
     * @param listener told the progress on the calling thread
     * @throws ado.core.error.AdoNotFoundException if the build has no such artifact
     * @throws IllegalArgumentException            if {@code file}'s directory does not exist
     * @throws java.io.UncheckedIOException        if the file cannot be written or moved into place
     */
    public long downloadArtifact(String name, Path file, Consumer<DownloadProgress> listener) {
        Objects.requireNonNull(file, "file == null");
        Objects.requireNonNull(listener, "listener == null");
        BuildArtifact artifact = BuildArtifacts.get(project.api(), id(), name);
        long n = BuildArtifacts.download(project.api(), artifact, file,
                bytes -> listener.accept(new DownloadProgress(artifact.name(), bytes, false)));
        listener.accept(new DownloadProgress(artifact.name(), n, true));
        return n;
    }

    // ---- tags -------------------------------------------------------------------------------------------------

    /** {@return the tags; one request} */
    public List<String> tags() {
        return BuildTags.list(project.api(), id());
    }

    /**
     * {@return the tags after adding {@code tag}}
     *
     * @param tag the tag to add
     */
    public List<String> addTag(String tag) {
        return BuildTags.add(project.api(), id(), tag);
    }

    /**
     * {@return the tags after adding all of {@code tags} in one request}
     *
     * @param tags the tags to add
     */
    public List<String> addTags(java.util.Collection<String> tags) {
        return BuildTags.add(project.api(), id(), tags);
    }

    /**
     * {@return the tags after removing {@code tag}}
     *
     * @param tag the tag to remove
     */
    public List<String> removeTag(String tag) {
        return BuildTags.remove(project.api(), id(), tag);
    }

    // ---- source changes -------------------------------------------------------------------------------------

    /** {@return the commits the build included since the previous build of its definition and branch} */
    public List<ado.model.build.Change> changes() {
        return Builds.changes(project.api(), id());
    }

    /** {@return the ids of the work items linked to the build's changes} */
    public List<Integer> workItemIds() {
        return ids(Builds.workItems(project.api(), id()));
    }

    /**
     * {@return the ids of all the work items linked to the changes after build {@code older} up to this one}
     * The service pages this list only by {@code $top}, so {@link Builds#workItemsBetween(ado.core.ApiCall, int, int)}
     * asks again with a larger one while a page comes back full; every id comes back.
     *
     * @param older the earlier build (exclusive), of this build's project
     * @throws IllegalArgumentException if {@code older} is of another project
     */
    public List<Integer> workItemIdsBetween(Build older) {
        return ids(Builds.workItemsBetween(project.api(), sameProject(older).id(), id()));
    }

    /**
     * {@return the ids of at most {@code top} work items linked to the changes after build {@code older} up to this
     * one; one request}
     *
     * @param older the earlier build (exclusive), of this build's project
     * @param top   the most ids to return, positive
     * @throws IllegalArgumentException if {@code older} is of another project or {@code top} is not positive
     */
    public List<Integer> workItemIdsBetween(Build older, int top) {
        return ids(Builds.workItemsBetween(project.api(), sameProject(older).id(), id(), top));
    }

    /**
     * {@return the work items linked to the changes after build {@code older} up to this one, loaded lazily in
     * batches of 200 as the stream is consumed} The ids come as {@link #workItemIdsBetween(Build)} reads them, when
     * the stream starts; each batch is one request.
     *
     * @param older the earlier build (exclusive), of this build's project
     * @throws IllegalArgumentException if {@code older} is of another project
     */
    public Stream<WorkItem> workItemsBetween(Build older) {
        sameProject(older);
        return project.workItemsByIds(Stream.of(older).flatMap(o -> workItemIdsBetween(o).stream()));
    }

    private Build sameProject(Build older) {
        Objects.requireNonNull(older, "older == null");
        if (older.project != project && !older.project.id().equals(project.id())) {
            throw new IllegalArgumentException("older must be a build of project " + project.label() + ": build "
                    + older.id() + " is of " + older.project.label());
        }
        return older;
    }

    private static List<Integer> ids(List<ado.model.git.ResourceRef> refs) {
        return refs.stream().map(r -> ClientFailures.intId(r.id(), "a work item id")).toList();
    }

    /**
     * {@return a session for the task of this build that {@code context} names, to write its feed and log and
     * complete it; no request} The ids (hub, plan, timeline, job, task) come from {@code context}; the requests go
     * through this build's service.
     *
     * @param context the ids Azure Pipelines passed to the task ({@link TaskContext#fromEnvironment()})
     * @throws IllegalArgumentException if {@code context} names another project than this build's
     */
    public DistributedTaskSession distributedTaskSession(TaskContext context) {
        Objects.requireNonNull(context, "context == null");
        if (!context.projectId().equals(project.id())) {
            throw new IllegalArgumentException("context must name project " + project.label() + ": it names "
                    + context.projectId());
        }
        return new DistributedTaskSession(this, context);
    }

    // ---- changes ----------------------------------------------------------------------------------------------

    /**
     * {@return this build after asking it to cancel}
     *
     * @throws ado.core.error.AdoBadRequestException if it has completed
     */
    public Build cancel() {
        self.set(Builds.cancel(project.api(), id()));
        return this;
    }

    /**
     * {@return this build after re-running its failed, canceled and skipped stages}
     *
     * @throws ado.core.error.AdoBadRequestException if it has not completed or it succeeded
     */
    public Build retry() {
        self.set(Builds.retry(project.api(), id()));
        return this;
    }

    /**
     * {@return this build after setting keep-forever}
     *
     * @param keep whether to keep the build forever
     */
    public Build keepForever(boolean keep) {
        self.set(Builds.keepForever(project.api(), id(), keep));
        return this;
    }

    /** Deletes the build. */
    public void delete() {
        Builds.delete(project.api(), id());
    }

    /**
     * {@return the approvals of this build that are {@code status} (null: all)}
     *
     * @param status the status to list, or {@code null} for all
     */
    public List<Approval> approvals(ApprovalStatus status) {
        return Approvals.list(project.api(), status).stream()
                .filter(a -> a.runId() != null && a.runId() == id())
                .map(a -> new Approval(project, a)).toList();
    }

    // ---- waiting ----------------------------------------------------------------------------------------------

    /**
     * {@return {@code true} if the build completed within {@code timeout}, {@code false} if the time ran out}
     * Polls every {@link #DEFAULT_POLL_INTERVAL}; see {@link #waitForCompletion(Duration, Duration, Consumer)}.
     *
     * @param timeout  how long to wait, at least one poll is made
     * @param listener told the progress after each poll, on the calling thread
     * @throws ado.core.error.AdoTransportException if the calling thread is interrupted (its interrupt flag is set
     *                                              again and {@link ado.core.error.AdoTransportException#cause()}
     *                                              is an {@link InterruptedException})
     */
    public boolean waitForCompletion(Duration timeout, Consumer<BuildProgress> listener) {
        return waitForCompletion(timeout, DEFAULT_POLL_INTERVAL, listener);
    }

    /**
     * {@return {@code true} if the build completed within {@code timeout}, {@code false} if the time ran out}
     * Polls the build and its timeline every {@code pollInterval} and reports each poll to {@code listener}; the
     * build is reloaded when this returns. Time-out and interrupt are told apart as
     * {@link java.util.concurrent.ExecutorService#awaitTermination} does: a time-out returns {@code false}, an
     * interrupt throws. A poll that fails throws its exception.
     *
     * @param timeout      how long to wait, at least one poll is made
     * @param pollInterval the time between polls, positive
     * @param listener     told the progress after each poll, on the calling thread
     * @throws IllegalArgumentException             if {@code timeout} is negative or {@code pollInterval} not
     *                                              positive
     * @throws ado.core.error.AdoTransportException if the calling thread is interrupted, while waiting or during a
     *                                              poll (its interrupt flag is set again and
     *                                              {@link ado.core.error.AdoTransportException#cause()} is an
     *                                              {@link InterruptedException} or an
     *                                              {@link java.io.InterruptedIOException})
     */
    public boolean waitForCompletion(Duration timeout, Duration pollInterval, Consumer<BuildProgress> listener) {
        Objects.requireNonNull(timeout, "timeout == null");
        Objects.requireNonNull(pollInterval, "pollInterval == null");
        Objects.requireNonNull(listener, "listener == null");
        Poller.check(timeout, pollInterval);
        return Poller.until(() -> {
            ado.model.build.Build current = self.reload();
            listener.accept(progress(current));
            return current;
        }, ado.model.build.Build::isCompleted, timeout, pollInterval,
                () -> "build " + id() + " of project " + project.label() + " to complete").isCompleted();
    }

    private BuildProgress progress(ado.model.build.Build current) {
        Timeline timeline = Builds.timeline(project.api(), id());
        List<TimelineRecord> tasks = timeline == null ? List.of() : timeline.records().stream()
                .filter(r -> "Task".equals(r.type())).toList();
        int done = (int) tasks.stream().filter(TimelineRecord::isCompleted).count();
        List<String> running = tasks.stream().filter(r -> r.state() == TimelineRecordState.IN_PROGRESS)
                .map(TimelineRecord::name).toList();
        return new BuildProgress(id(), current.status(), Optional.ofNullable(current.result()), done, tasks.size(),
                running);
    }

    @Override
    public String toString() {
        if (!self.loaded()) {
            return "Build[" + id() + " in " + project.label() + "]";
        }
        ado.model.build.Build b = info();
        return "Build[" + id() + Describe.field("number", b.buildNumber()) + " in " + project.label() + " status="
                + b.status() + Describe.field("result", b.result()) + "]";
    }
}
