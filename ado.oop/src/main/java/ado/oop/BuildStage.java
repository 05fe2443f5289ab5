package ado.oop;

import ado.model.build.TimelineRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A stage of a build and its jobs, as the timeline showed them when read ({@link Build#stages()}). A job's phase is
 * folded in: the jobs of every phase of the stage are its jobs.
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 */
public final class BuildStage implements BuildStep {

    private final Build build;
    private final TimelineRecord record;
    private final List<BuildJob> jobs;

    BuildStage(Build build, TimelineRecord record, List<TimelineRecord> all) {
        this.build = Objects.requireNonNull(build, "build == null");
        this.record = Objects.requireNonNull(record, "record == null");
        var found = new ArrayList<BuildJob>();
        for (TimelineRecord child : children(all, record.id(), null)) {
            List<TimelineRecord> candidates = "Phase".equals(child.type())
                    ? children(all, child.id(), "Job") : List.of(child);
            candidates.stream().filter(r -> "Job".equals(r.type())).forEach(r -> found.add(new BuildJob(this, r, all)));
        }
        this.jobs = List.copyOf(found);
    }

    @Override
    public TimelineRecord record() {
        return record;
    }

    /** {@return the build; no request} */
    @Override
    public Build build() {
        return build;
    }

    /** {@return its jobs, in order} */
    public List<BuildJob> jobs() {
        return jobs;
    }

    /** Orders timeline records by their {@code order}. */
    private static final Comparator<TimelineRecord> ORDER =
            Comparator.comparing((TimelineRecord r) -> r.order() == null ? 0 : r.order());

    /** {@return the records of {@code type} (null: any) under {@code parent}, in order} */
    static List<TimelineRecord> children(List<TimelineRecord> all, UUID parent, String type) {
        return all.stream().filter(r -> parent.equals(r.parentId()) && (type == null || type.equals(r.type())))
                .sorted(ORDER).toList();
    }

    /** {@return the stages of a timeline's records, in order} */
    static List<BuildStage> of(Build build, List<TimelineRecord> all) {
        return all.stream().filter(r -> "Stage".equals(r.type())).sorted(ORDER)
                .map(s -> new BuildStage(build, s, all)).toList();
    }

    @Override
    public String toString() {
        return Describe.step("BuildStage", this, " jobs=" + jobs.size());
    }
}
