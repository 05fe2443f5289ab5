package ado.oop;

import ado.model.policy.Policies;
import ado.model.policy.PolicyDefinition;
import ado.model.policy.PolicyType;
import ado.model.wiki.WikiV2;
import ado.model.wiki.Wikis;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What the people of a project share besides its code and work items: its branch policies (the rules pull requests
 * must meet), its wikis and its dashboards. Reached by {@link Project#collaboration()}; holds nothing but its
 * project, so it never sends a request itself.
 *
 * <pre>{@code
 * Collaboration shared = project.collaboration();
 * long blocking = shared.policies().filter(Policy::isBlocking).count();
 * List<ado.model.wiki.WikiV2> wikis = shared.wikis();
 * }</pre>
 *
 * <p><b>Thread safety.</b> Thread-safe: it holds only its project; the objects it returns state their own.
 */
public final class Collaboration {

    private final Project project;

    Collaboration(Project project) {
        this.project = project;
    }

    /** {@return the project} */
    public Project project() {
        return project;
    }

    /** {@return the policy configurations of the project, fetched lazily} */
    public Stream<Policy> policies() {
        return Policies.list(project.api()).map(c -> new Policy(project, c));
    }

    /**
     * {@return policy configuration {@code id}, read now}
     *
     * @param id the policy configuration id
     */
    public Policy policy(int id) {
        return new Policy(project, Policies.get(project.api(), id));
    }

    /**
     * {@return the new policy}
     *
     * @param definition the policy definition
     * @throws ado.core.error.AdoBadRequestException if a setting is missing or invalid (the message names it)
     * @throws ado.core.error.AdoNotFoundException   if the policy type does not exist
     */
    public Policy createPolicy(PolicyDefinition definition) {
        return new Policy(project, Policies.create(project.api(), definition));
    }

    /** {@return the policy types of the project} */
    public List<PolicyType> policyTypes() {
        return Policies.types(project.api());
    }

    /** {@return the wikis of the project} */
    public List<WikiV2> wikis() {
        return Wikis.list(project.api());
    }

    /**
     * {@return wiki {@code nameOrId}; no request}
     *
     * @param nameOrId the wiki name or id
     */
    public Wiki wiki(String nameOrId) {
        Objects.requireNonNull(nameOrId, "nameOrId == null");
        if (nameOrId.isBlank()) {
            throw new IllegalArgumentException("nameOrId must not be blank");
        }
        return new Wiki(project, nameOrId);
    }

    /**
     * {@return the project wiki, created now with {@code name}} (a project has at most one)
     *
     * @param name the wiki name
     */
    public Wiki createWiki(String name) {
        return new Wiki(project, Wikis.createProjectWiki(project.api(), name, project.id()).name());
    }

    /** {@return the project-scoped dashboards; one request (their widgets: {@link Dashboard#widgets()})} */
    public List<Dashboard> dashboards() {
        return Dashboard.list(project, null);
    }

    /**
     * {@return project dashboard {@code id}; no request}
     *
     * @param id the dashboard id
     * @throws NullPointerException if {@code id} is null
     */
    public Dashboard dashboard(java.util.UUID id) {
        return Dashboard.of(project, null, id);
    }

    /**
     * {@return a new, empty project dashboard}
     *
     * @param name the dashboard name
     * @param description the description, or {@code null}
     */
    public Dashboard createDashboard(String name, String description) {
        return Dashboard.create(project, null, name, description);
    }

    @Override
    public String toString() {
        return "Collaboration[" + project.label() + "]";
    }
}
