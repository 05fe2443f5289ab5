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

    /**
     * {@return the queued build of definition {@code definitionId} on {@code branch} (short or full ref name)}
     *
     * @throws ado.core.error.AdoNotFoundException   if the definition does not exist
     * @throws ado.core.error.AdoBadRequestException if the branch does not exist
     */
    public Build startBuild(int definitionId, String branch) {
        return startBuild(ado.model.build.BuildQueueRequest.builder(definitionId).branch(branch).build());
    }

    /** {@return the queued build} */
    public Build startBuild(ado.model.build.BuildQueueRequest request) {
        return build(ado.model.build.Builds.queue(api(), request));
    }

    /** {@return build {@code id}; no request} */
    public Build build(int id) {
        if (id <= 0) {
            throw new IllegalArgumentException("id must be > 0: " + id);
        }
        return identities().resolve(Build.class, List.of(new IdentityMap.Key("build", this, Integer.toString(id))),
                () -> new Build(this, id));
    }

    private Build build(ado.model.build.Build info) {
        Build b = build(info.id());
        b.offer(info);
        return b;
    }

    /** {@return the builds {@code filter} selects, fetched lazily page by page} */
    public Stream<Build> builds(ado.model.build.BuildFilter filter) {
        return ado.model.build.Builds.list(api(), filter).map(this::build);
    }

    /** {@return pipeline {@code id}; no request} */
    public Pipeline pipeline(int id) {
        if (id <= 0) {
            throw new IllegalArgumentException("id must be > 0: " + id);
        }
        return identities().resolve(Pipeline.class,
                List.of(new IdentityMap.Key("pipeline", this, Integer.toString(id))), () -> new Pipeline(this, id));
    }

    /** {@return the project's pipelines; fetched lazily} */
    public Stream<Pipeline> pipelines() {
        return ado.model.pipelines.Pipelines.list(api()).map(p -> pipeline(p.id()));
    }

    /** {@return the project's approvals that are {@code status} (null: all)} */
    public List<Approval> approvals(ado.model.pipelines.ApprovalStatus status) {
        return ado.model.pipelines.Approvals.list(api(), status).stream().map(a -> new Approval(this, a)).toList();
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

    @Override
    public String toString() {
        return "Project[" + self.label() + "]";
    }
}
