package ado.emulator.internal.org;

import ado.emulator.internal.http.AdoError;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The organisation's projects, teams and users. The first user is the one every request authenticates as.
 * Ids are derived from names, so seeded data has the same ids in every run. Thread-safe.
 */
public final class OrgStore {

    private final String organization;
    private final List<User> users = new CopyOnWriteArrayList<>();
    private final List<Project> projects = new CopyOnWriteArrayList<>();
    private final List<Team> teams = new CopyOnWriteArrayList<>();

    /** Creates the org store. */
    public OrgStore(String organization, User me) {
        this.organization = Objects.requireNonNull(organization, "organization == null");
        users.add(Objects.requireNonNull(me, "me == null"));
    }

    /** {@return a stable id for {@code kind} and {@code name} in this organisation} */
    public UUID idFor(String kind, String name) {
        return UUID.nameUUIDFromBytes((organization + "/" + kind + "/" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** {@return the organization} */
    public String organization() {
        return organization;
    }

    /** {@return the authenticated user} */
    public User me() {
        return users.get(0);
    }

    /** Adds a user. */
    public synchronized User addUser(String displayName, String uniqueName) {
        var user = new User(idFor("user", uniqueName), displayName, uniqueName);
        users.add(user);
        return user;
    }

    /** {@return every user, the authenticated one first} */
    public List<User> users() {
        return List.copyOf(users);
    }

    /** {@return the user whose sign-in name is {@code uniqueName} (case-insensitively)} */
    public Optional<User> userNamed(String uniqueName) {
        return users.stream().filter(u -> u.uniqueName().equalsIgnoreCase(uniqueName)).findFirst();
    }

    /** {@return the user {@code id}} */
    public Optional<User> user(UUID id) {
        return users.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    /** Creates a project with its default team ({@code "<name> Team"}, the current user as administrator). */
    public synchronized Project createProject(String name, String description, Instant when) {
        if (projects.stream().anyMatch(p -> p.name().equalsIgnoreCase(name))) {
            throw new AdoError(409, "ProjectAlreadyExistsException", "Microsoft.TeamFoundation.Core.WebApi",
                    "TF200019: The following project already exists on the Azure DevOps Server: " + name + ".");
        }
        UUID id = idFor("project", name);
        String teamName = name + " Team";
        var project = new Project(id, name, description, 1, when, idFor("team", name + "/" + teamName));
        projects.add(project);
        teams.add(new Team(project.defaultTeamId(), id, teamName, "The default project team.",
                List.of(me().id())));
        return project;
    }

    /** Adds a team to {@code project}. */
    public Team createTeam(Project project, String name, String description, List<UUID> members) {
        var team = new Team(idFor("team", project.name() + "/" + name), project.id(), name, description, members);
        teams.add(team);
        return team;
    }

    /** {@return the projects, in creation order} */
    public List<Project> projects() {
        return List.copyOf(projects);
    }

    /** {@return the project named or identified by {@code nameOrId}; 404 TF200016 when none} */
    public Project project(String nameOrId) {
        return findProject(nameOrId).orElseThrow(() -> AdoError.projectNotFound(nameOrId));
    }

    /** {@return the project named or identified by {@code nameOrId}} */
    public Optional<Project> findProject(String nameOrId) {
        return projects.stream().filter(p -> p.id().toString().equalsIgnoreCase(nameOrId)
                || p.name().equalsIgnoreCase(nameOrId)).findFirst();
    }

    /** {@return the project with id {@code id}} */
    public Project project(UUID id) {
        return project(id.toString());
    }

    /** {@return the teams of {@code project}, by name} */
    public List<Team> teams(Project project) {
        var list = new ArrayList<Team>();
        teams.stream().filter(t -> t.projectId().equals(project.id())).forEach(list::add);
        list.sort(java.util.Comparator.comparing(Team::name, String.CASE_INSENSITIVE_ORDER));
        return list;
    }

    /** {@return the team of {@code project} named or identified by {@code nameOrId}; 404 when none} */
    public Team team(Project project, String nameOrId) {
        return teams(project).stream().filter(t -> t.id().toString().equalsIgnoreCase(nameOrId)
                || t.name().equalsIgnoreCase(nameOrId)).findFirst()
                .orElseThrow(() -> AdoError.teamNotFound(nameOrId));
    }
}
