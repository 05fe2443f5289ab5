package ado.oop;

import ado.core.ApiCall;
import ado.model.core.Projects;
import ado.model.core.TeamProject;
import ado.model.core.Teams;
import ado.model.core.WebApiTeam;
import ado.model.core.WebApiTeamRef;
import ado.model.git.GitRepository;
import ado.model.git.Repositories;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/** A project: its repositories and teams. One object per project per service; navigation is free. */
public final class Project {

    private final Organization organization;
    private final NamedResource<TeamProject> self;

    Project(Organization organization, String nameOrId) {
        this.organization = organization;
        this.self = new NamedResource<>(nameOrId,
                () -> bindKeys(Projects.get(organization.api(), nameOrId)),
                TeamProject::name, TeamProject::id);
    }

    /** {@return the organisation} */
    public Organization organization() {
        return organization;
    }

    /** {@return the name: as given when reached by name, else from the loaded project} */
    public String name() {
        return self.name();
    }

    /** {@return the project id; loads the project if it was reached by name} */
    public UUID id() {
        return self.id();
    }

    /** {@return the project, loaded on first use} */
    public TeamProject info() {
        return self.info();
    }

    /** {@return this project after loading it again} */
    public Project refresh() {
        self.reload();
        return this;
    }

    /** {@return the project scope of the raw API ({@code {org}/{project}}), for {@code ado.model} calls} */
    public ApiCall api() {
        return organization.api().project(self.urlKey());
    }

    /** {@return the Git repositories of this project; one request} */
    public Stream<Repository> repositories() {
        return Repositories.list(api()).stream().map(this::repository);
    }

    /** {@return repository {@code nameOrId} (a name matches case-insensitively); no request} */
    public Repository repository(String nameOrId) {
        Objects.requireNonNull(nameOrId, "nameOrId == null");
        if (nameOrId.isBlank()) {
            throw new IllegalArgumentException("nameOrId must not be blank");
        }
        UUID id = parseId(nameOrId);
        IdentityMap.Key key = id != null ? new IdentityMap.Key("repository", null, id.toString())
                : IdentityMap.Key.name("repository", this, nameOrId);
        return identities().resolve(Repository.class, List.of(key), () -> new Repository(this, nameOrId));
    }

    Repository repository(GitRepository info) {
        Repository r = identities().resolve(Repository.class, List.of(
                new IdentityMap.Key("repository", null, info.id().toString()),
                IdentityMap.Key.name("repository", this, info.name())),
                () -> new Repository(this, info.id().toString()));
        r.offer(info);
        return r;
    }

    /** {@return the teams of this project, fetched lazily} */
    public Stream<Team> teams() {
        return Teams.list(organization.api(), key()).map(this::team);
    }

    /** {@return team {@code nameOrId} (a name matches case-insensitively); no request} */
    public Team team(String nameOrId) {
        Objects.requireNonNull(nameOrId, "nameOrId == null");
        if (nameOrId.isBlank()) {
            throw new IllegalArgumentException("nameOrId must not be blank");
        }
        UUID id = parseId(nameOrId);
        IdentityMap.Key key = id != null ? new IdentityMap.Key("team", null, id.toString())
                : IdentityMap.Key.name("team", this, nameOrId);
        return identities().resolve(Team.class, List.of(key), () -> new Team(this, nameOrId));
    }

    Team team(WebApiTeam info) {
        Team t = identities().resolve(Team.class, List.of(new IdentityMap.Key("team", null, info.id().toString()),
                IdentityMap.Key.name("team", this, info.name())), () -> new Team(this, info.id().toString()));
        t.offer(info);
        return t;
    }

    /** {@return the default team (loads the project): its {@code defaultTeam}, else the team "{name} Team"} */
    public Team defaultTeam() {
        WebApiTeamRef ref = info().defaultTeam();
        if (ref == null) {
            return team(name() + " Team");
        }
        Team t = identities().resolve(Team.class, ref.name() == null
                ? List.of(new IdentityMap.Key("team", null, ref.id().toString()))
                : List.of(new IdentityMap.Key("team", null, ref.id().toString()),
                IdentityMap.Key.name("team", this, ref.name())), () -> new Team(this, ref.id().toString()));
        return t;
    }

    /** The name or id to put in URLs: the id once known. */
    String key() {
        return self.urlKey();
    }

    void offer(TeamProject value) {
        self.set(bindKeys(value));
    }

    private TeamProject bindKeys(TeamProject value) {
        identities().bind(this, idKey(value.id()));
        identities().bind(this, IdentityMap.Key.name("project", null, value.name()));
        return value;
    }

    IdentityMap identities() {
        return organization.service().identities();
    }

    static IdentityMap.Key idKey(UUID id) {
        return new IdentityMap.Key("project", null, id.toString());
    }

    static UUID parseId(String value) {
        if (value.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---- policies, wikis, dashboards ------------------------------------------------------------------------

    /** {@return the policy configurations of this project, fetched lazily} */
    public Stream<Policy> policies() {
        return ado.model.policy.Policies.list(api()).map(c -> new Policy(this, c));
    }

    /** {@return policy configuration {@code id}, read now} */
    public Policy policy(int id) {
        return new Policy(this, ado.model.policy.Policies.get(api(), id));
    }

    /**
     * {@return the new policy}
     *
     * @throws ado.core.error.AdoBadRequestException if a setting is missing or invalid (the message names it)
     * @throws ado.core.error.AdoNotFoundException   if the policy type does not exist
     */
    public Policy createPolicy(ado.model.policy.PolicyDefinition definition) {
        return new Policy(this, ado.model.policy.Policies.create(api(), definition));
    }

    /** {@return the policy types of this project} */
    public List<ado.model.policy.PolicyType> policyTypes() {
        return ado.model.policy.Policies.types(api());
    }

    /** {@return the wikis of this project} */
    public List<ado.model.wiki.WikiV2> wikis() {
        return ado.model.wiki.Wikis.list(api());
    }

    /** {@return wiki {@code nameOrId}; no request} */
    public Wiki wiki(String nameOrId) {
        Objects.requireNonNull(nameOrId, "nameOrId == null");
        if (nameOrId.isBlank()) {
            throw new IllegalArgumentException("nameOrId must not be blank");
        }
        return new Wiki(this, nameOrId);
    }

    /** {@return the project wiki, created now with {@code name}} (a project has at most one) */
    public Wiki createWiki(String name) {
        return new Wiki(this, ado.model.wiki.Wikis.createProjectWiki(api(), name, id()).name());
    }

    /** {@return the project-scoped dashboards (without widgets)} */
    public List<ado.model.dashboard.Dashboard> dashboards() {
        return ado.model.dashboard.Dashboards.list(api());
    }

    /** {@return a new, empty project dashboard} */
    public ado.model.dashboard.Dashboard createDashboard(String name, String description) {
        return ado.model.dashboard.Dashboards.create(api(), name, description);
    }

    @Override
    public String toString() {
        return "Project[" + self.label() + "]";
    }
}
