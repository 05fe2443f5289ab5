package ado.oop;

import ado.core.ApiCall;
import ado.model.core.TeamMember;
import ado.model.core.Teams;
import ado.model.core.WebApiTeam;
import ado.model.wit.Wiql;
import ado.model.wit.WiqlResult;
import ado.model.wit.TreeStructureGroup;
import ado.model.work.Activity;
import ado.model.work.Board;
import ado.model.work.BoardColumn;
import ado.model.work.BoardReference;
import ado.model.work.Boards;
import ado.model.work.DateRange;
import ado.model.work.TeamCapacity;
import ado.model.work.TeamFieldValue;
import ado.model.work.TeamFieldValues;
import ado.model.work.TeamIterations;
import ado.model.work.TeamMemberCapacity;
import ado.model.work.TeamSetting;
import ado.model.work.TeamSettings;
import ado.model.work.TeamSettingsIteration;
import ado.model.work.TeamSettingsPatch;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A team of a project. One object per team per service; navigation is free.
 *
 * <p><b>Thread safety.</b> Thread-safe: one object per team per service, shared by every thread that reaches it. Its
 * record loads once even when threads ask together; {@code refresh()} and changes replace it whole, so a reader sees
 * the old record or the new one, never a mix.
 */
public final class Team {

    private final Project project;
    private final NamedResource<WebApiTeam> self;

    Team(Project project, String nameOrId) {
        this.project = project;
        this.self = new NamedResource<>(nameOrId,
                k -> bindKeys(Teams.get(project.organization().api(), project.key(), k)),
                WebApiTeam::name, WebApiTeam::id);
    }

    /** {@return the teams of {@code project}, fetched lazily; each is the project's one object of its team} */
    static java.util.stream.Stream<Team> list(Project project) {
        return Teams.list(project.organization().api(), project.key()).map(info -> {
            Team t = project.identities().byIdAndName(Team.class, "team", project, info.id(), info.name(),
                    n -> new Team(project, n));
            t.offer(info);
            return t;
        });
    }

    /** {@return the default team of {@code project} (loads it): its {@code defaultTeam}, else "{name} Team"} */
    static Team defaultOf(Project project) {
        ado.model.core.WebApiTeamRef ref = project.info().defaultTeam();
        if (ref == null) {
            return project.team(project.name() + " Team");
        }
        return project.identities().byIdAndName(Team.class, "team", project, ref.id(), ref.name(),
                n -> new Team(project, n));
    }

    /** {@return the project} */
    public Project project() {
        return project;
    }

    /** {@return the name: as given when reached by name, else from the loaded team} */
    public String name() {
        return self.name();
    }

    /** {@return the team id; loads the team if it was reached by name} */
    public UUID id() {
        return self.id();
    }

    /** {@return the team, loaded on first use} */
    public WebApiTeam info() {
        return self.info();
    }

    /** {@return this team after loading it again} */
    public Team refresh() {
        return self.refresh(this);
    }

    /** {@return the members; one request} */
    public List<TeamMember> members() {
        return Teams.members(project.organization().api(), project.key(), self.urlKey());
    }

    /**
     * {@return the result of {@code wiql} run in this team's context (ids only)}
     *
     * @param wiql the WIQL query
     * @throws ado.core.error.AdoBadRequestException if the statement is not valid or matches too many work items
     */
    public WiqlResult wiql(String wiql) {
        return Wiql.query(project.api().team(self.urlKey()), wiql);
    }

    /**
     * {@return the ids {@code wiql} returns in this team's context, in order}
     *
     * @param wiql the WIQL query
     */
    public List<Integer> queryIds(String wiql) {
        return wiql(wiql).ids();
    }

    /** {@return the team scope of the raw API ({@code {org}/{project}/{team}}), for {@code ado.model} calls} */
    public ApiCall api() {
        return project.api().team(self.urlKey());
    }

    /** {@return the team's settings; one request} */
    public TeamSetting settings() {
        return TeamSettings.get(api());
    }

    /**
     * {@return the settings after {@code patch}; one request}
     *
     * @param patch the settings to change
     */
    public TeamSetting updateSettings(TeamSettingsPatch patch) {
        return TeamSettings.update(api(), patch);
    }

    /** {@return the team's sprints, in date order; one request} */
    public List<TeamSettingsIteration> iterations() {
        return TeamIterations.list(api());
    }

    /** {@return the sprint running today, if the team has one; one request} */
    public Optional<TeamSettingsIteration> currentIteration() {
        return TeamIterations.current(api());
    }

    /**
     * {@return iteration {@code node} as a new sprint of the team; one request}
     *
     * @param node the iteration node
     * @throws ado.core.error.AdoNotFoundException if the node no longer exists
     */
    public TeamSettingsIteration addIteration(ClassificationNode node) {
        Objects.requireNonNull(node, "node == null");
        if (node.group() != TreeStructureGroup.ITERATIONS) {
            throw new IllegalArgumentException("node must be an iteration: " + node);
        }
        return TeamIterations.add(api(), node.identifier());
    }

    /**
     * Removes sprint {@code iterationId} from the team; the iteration itself stays. One request.
     *
     * @param iterationId the iteration id
     */
    public void removeIteration(UUID iterationId) {
        TeamIterations.remove(api(), iterationId);
    }

    /** {@return the team's area paths (its team field values); one request} */
    public TeamFieldValues areaPaths() {
        return TeamSettings.fieldValues(api());
    }

    /**
     * {@return the area paths after replacing them with {@code values}, {@code defaultPath} the default}
     *
     * @param defaultPath the default area path
     * @param values the area paths
     */
    public TeamFieldValues setAreaPaths(String defaultPath, List<TeamFieldValue> values) {
        return TeamSettings.updateFieldValues(api(), defaultPath, values);
    }

    /**
     * {@return the days the whole team is off in sprint {@code iterationId}; one request}
     *
     * @param iterationId the iteration id
     */
    public List<DateRange> daysOff(UUID iterationId) {
        return TeamIterations.daysOff(api(), iterationId).daysOff();
    }

    /**
     * {@return the team's days off in sprint {@code iterationId} after replacing them; one request}
     *
     * @param iterationId the iteration id
     * @param daysOff the days off
     */
    public List<DateRange> setDaysOff(UUID iterationId, List<DateRange> daysOff) {
        return TeamIterations.updateDaysOff(api(), iterationId, daysOff).daysOff();
    }

    /**
     * {@return every member's capacity in sprint {@code iterationId}, with totals; one request}
     *
     * @param iterationId the iteration id
     */
    public TeamCapacity capacity(UUID iterationId) {
        return TeamIterations.capacities(api(), iterationId);
    }

    /**
     * {@return member {@code memberId}'s capacity in sprint {@code iterationId} after setting it; one request}
     *
     * @param iterationId the iteration id
     * @param memberId the team member id
     * @param activities the activities and their capacity per day
     * @param daysOff the days off
     */
    public TeamMemberCapacity setCapacity(UUID iterationId, UUID memberId, List<Activity> activities,
                                          List<DateRange> daysOff) {
        return TeamIterations.updateCapacity(api(), iterationId, memberId, activities, daysOff);
    }

    /** {@return the team's boards, one per backlog level; one request} */
    public List<BoardReference> boards() {
        return Boards.list(api());
    }

    /**
     * {@return board {@code nameOrId} with its columns and rows; one request}
     *
     * @param nameOrId the board name or id
     */
    public Board board(String nameOrId) {
        return Boards.get(api(), nameOrId);
    }

    /**
     * {@return the columns of board {@code nameOrId} after replacing them all; one request}
     *
     * @param nameOrId the board name or id
     * @param columns the columns, in order
     */
    public List<BoardColumn> updateBoardColumns(String nameOrId, List<BoardColumn> columns) {
        return Boards.updateColumns(api(), nameOrId, columns);
    }

    void offer(WebApiTeam value) {
        self.set(bindKeys(value));
    }

    private WebApiTeam bindKeys(WebApiTeam value) {
        return project.identities().bindIdAndName(this, "team", project, value.id(), value.name(), value);
    }

    /** {@return the team's dashboards; one request (their widgets: {@link Dashboard#widgets()})} */
    public List<Dashboard> dashboards() {
        return Dashboard.list(project, this);
    }

    /**
     * {@return team dashboard {@code id}; no request}
     *
     * @param id the dashboard id
     * @throws NullPointerException if {@code id} is null
     */
    public Dashboard dashboard(UUID id) {
        return Dashboard.of(project, this, id);
    }

    /**
     * {@return a new, empty team dashboard}
     *
     * @param name the dashboard name
     * @param description the description, or {@code null}
     */
    public Dashboard createDashboard(String name, String description) {
        return Dashboard.create(project, this, name, description);
    }

    @Override
    public String toString() {
        return "Team[" + project.label() + "/" + self.label() + "]";
    }
}
