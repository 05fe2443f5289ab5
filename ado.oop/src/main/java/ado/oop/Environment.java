package ado.oop;

import ado.core.json.JsonObject;
import ado.model.distributedtask.EnvironmentDeploymentRecord;
import ado.model.distributedtask.EnvironmentInstance;
import ado.model.distributedtask.Environments;
import java.util.List;
import java.util.stream.Stream;

/**
 * A pipelines environment of a project: its deployments and checks. One object per environment and project per
 * service.
 *
 * <p><b>Thread safety.</b> Thread-safe: one object per environment per service; its details load once even when
 * threads ask together, and a newer record (a list, a lookup, an update) replaces them whole, never mixed.
 */
public final class Environment {

    private final Project project;
    private final Resource<Integer, EnvironmentInstance> self;

    private Environment(Project project, int id) {
        this.project = project;
        this.self = new Resource<>(id, k -> Environments.get(project.api(), k));
    }

    /** {@return the one object of environment {@code id} of {@code project}; no request} */
    static Environment of(Project project, int id) {
        return project.identities().byId(Environment.class, "environment", project, id,
                () -> new Environment(project, id));
    }

    /** {@return the one object of the environment {@code record} describes, holding {@code record}} */
    static Environment of(Project project, EnvironmentInstance record) {
        Environment e = of(project, record.id());
        e.self.set(record);
        return e;
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
