package ado.oop;

import ado.model.build.BuildDefinition;
import ado.model.build.BuildDefinitions;
import ado.model.build.BuildFilter;
import ado.model.build.BuildQueueRequest;
import ado.model.build.Builds;
import ado.model.pipelines.Pipelines;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The builds and pipelines of a project: the logic behind {@link Project#build(int)},
 * {@link Project#builds(BuildFilter)}, {@link Project#startBuild(BuildQueueRequest)}, {@link Project#pipeline(int)},
 * {@link Project#pipelines()} and {@link Project#pipelineNamed(String)}. Stateless.
 */
final class ProjectBuilds {

    private ProjectBuilds() {
    }

    /** {@return pipeline {@code name}, an exact match ignoring case; one request (the definitions name filter)} */
    static Optional<Pipeline> pipelineNamed(Project project, String name) {
        NamedLookup.checked("name", name);
        return NamedLookup.exact(BuildDefinitions.list(project.api(), name), BuildDefinition::name, name)
                .map(d -> pipeline(project, d.id()));
    }

    /** {@return the project's one object of pipeline {@code id}; no request} */
    static Pipeline pipeline(Project project, int id) {
        if (id <= 0) {
            throw new IllegalArgumentException("id must be > 0: " + id);
        }
        return project.identities().byId(Pipeline.class, "pipeline", project, id, () -> new Pipeline(project, id));
    }

    /** {@return the project's pipelines, fetched lazily} */
    static Stream<Pipeline> pipelines(Project project) {
        return Pipelines.list(project.api()).map(p -> pipeline(project, p.id()));
    }

    /** {@return the project's one object of build {@code id}; no request} */
    static Build build(Project project, int id) {
        if (id <= 0) {
            throw new IllegalArgumentException("id must be > 0: " + id);
        }
        return project.identities().byId(Build.class, "build", project, id, () -> new Build(project, id));
    }

    /** {@return the builds {@code filter} selects, fetched lazily page by page, their details set from the pages} */
    static Stream<Build> builds(Project project, BuildFilter filter) {
        return Builds.list(project.api(), filter).map(b -> of(project, b));
    }

    /** {@return the build {@code request} queued} */
    static Build start(Project project, BuildQueueRequest request) {
        return of(project, Builds.queue(project.api(), request));
    }

    private static Build of(Project project, ado.model.build.Build info) {
        Build b = build(project, info.id());
        b.offer(info);
        return b;
    }
}
