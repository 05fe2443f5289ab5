package ado.oop;

import ado.core.json.JsonObject;
import ado.model.distributedtask.EnvironmentDeploymentRecord;
import ado.model.distributedtask.EnvironmentInstance;
import ado.model.distributedtask.Environments;
import java.util.List;
import java.util.stream.Stream;

/**
 * A pipelines environment of a project: its deployments and checks. A new object per call.
 *
 * <p><b>Thread safety.</b> Thread-safe: its details load once even when threads ask together.
 */
public final class Environment {

    private final Project project;
    private final Resource<Integer, EnvironmentInstance> self;

    Environment(Project project, int id) {
        this.project = project;
        this.self = new Resource<>(id, k -> Environments.get(project.api(), k));
    }

    Environment(Project project, EnvironmentInstance record) {
        this(project, record.id());
        self.set(record);
    }

    /** {@return the project} */
    public Project project() {
        return project;
    }

    /** {@return the id} */
    public int id() {
        return self.key();
    }

    /** {@return the name} */
    public String name() {
        return info().name();
    }

    /** {@return the environment, loaded on first use} */
    public EnvironmentInstance info() {
        return self.get();
    }

    /** {@return this environment after loading it again} */
    public Environment refresh() {
        return self.refresh(this);
    }

    /** {@return the deployments to this environment, newest first, fetched lazily} */
    public Stream<EnvironmentDeploymentRecord> deployments() {
        return Environments.deployments(project.api(), id());
    }

    /** {@return the check configurations (approvals, checks) guarding this environment, as JSON objects} */
    public List<JsonObject> checks() {
        return Environments.checks(project.api(), id());
    }

    /**
     * {@return this environment after renaming and describing it}
     *
     * @param name the new name
     * @param description the new description, or {@code null}
     */
    public Environment update(String name, String description) {
        self.set(Environments.update(project.api(), id(), name, description));
        return this;
    }

    /** Deletes this environment. */
    public void delete() {
        Environments.delete(project.api(), id());
    }

    @Override
    public String toString() {
        return "Environment[" + self.ifLoaded(e -> e.name() + " ") + "#" + id() + "]";
    }
}
