package ado.oop;

import ado.model.core.TeamMember;
import ado.model.core.Teams;
import ado.model.core.WebApiTeam;
import ado.model.wit.Wiql;
import ado.model.wit.WiqlResult;
import java.util.List;
import java.util.UUID;

/** A team of a project. One object per team per service; navigation is free. */
public final class Team {

    private final Project project;
    private final NamedResource<WebApiTeam> self;

    Team(Project project, String nameOrId) {
        this.project = project;
        this.self = new NamedResource<>(nameOrId,
                () -> bindKeys(Teams.get(project.organization().api(), project.key(), nameOrId)),
                WebApiTeam::name, WebApiTeam::id);
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
        self.reload();
        return this;
    }

    /** {@return the members; one request} */
    public List<TeamMember> members() {
        return Teams.members(project.organization().api(), project.key(), self.urlKey());
    }

    /**
     * {@return the result of {@code wiql} run in this team's context (ids only)}
     *
     * @throws ado.core.error.AdoBadRequestException if the statement is not valid or matches too many work items
     */
    public WiqlResult wiql(String wiql) {
        return Wiql.query(project.api().team(self.urlKey()), wiql);
    }

    /** {@return the ids {@code wiql} returns in this team's context, in order} */
    public List<Integer> queryIds(String wiql) {
        return wiql(wiql).ids();
    }

    void offer(WebApiTeam value) {
        self.set(bindKeys(value));
    }

    private WebApiTeam bindKeys(WebApiTeam value) {
        project.identities().bind(this, new IdentityMap.Key("team", null, value.id().toString()));
        project.identities().bind(this, IdentityMap.Key.name("team", project, value.name()));
        return value;
    }

    @Override
    public String toString() {
        return "Team[" + project.name() + "/" + self.label() + "]";
    }
}
