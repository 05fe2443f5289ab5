package ado.oop;

import ado.model.core.TeamMember;
import ado.model.core.Teams;
import ado.model.core.WebApiTeam;
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

    void offer(WebApiTeam value) {
        self.set(bindKeys(value));
    }

    private WebApiTeam bindKeys(WebApiTeam value) {
        project.identities().bind(this, new IdentityMap.Key("team", null, value.id().toString()));
        project.identities().bind(this, IdentityMap.Key.name("team", project, value.name()));
        return value;
    }

    /** {@return the team scope of the raw API ({@code {org}/{project}/{team}}), for dashboards} */
    public ado.core.ApiCall api() {
        return project.api().team(self.urlKey());
    }

    /** {@return the team's dashboards (without widgets)} */
    public List<ado.model.dashboard.Dashboard> dashboards() {
        return ado.model.dashboard.Dashboards.list(api());
    }

    /** {@return a new, empty team dashboard} */
    public ado.model.dashboard.Dashboard createDashboard(String name, String description) {
        return ado.model.dashboard.Dashboards.create(api(), name, description);
    }

    @Override
    public String toString() {
        return "Team[" + project.name() + "/" + self.label() + "]";
    }
}
