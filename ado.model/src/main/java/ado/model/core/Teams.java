package ado.model.core;

import ado.core.ApiCall;
import ado.core.Paging;
import java.util.List;
import java.util.stream.Stream;

/** The teams of a project ({@code _apis/projects/{project}/teams}). */
public final class Teams {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private Teams() {
    }

    /** {@return the teams of {@code project} (name or id), fetched lazily 100 at a time} */
    public static Stream<WebApiTeam> list(ApiCall org, String project) {
        return org.apis("projects", ApiCall.requireSegment(project, "project"), "teams").get(API_VERSION)
                .stream(Paging.offset(WebApiTeam.class, Projects.PAGE_SIZE));
    }

    /**
     * {@return team {@code team} (name or id) of {@code project}}
     *
     * @throws ado.core.error.AdoNotFoundException if there is no such team
     */
    public static WebApiTeam get(ApiCall org, String project, String team) {
        return org.apis("projects", ApiCall.requireSegment(project, "project"), "teams",
                ApiCall.requireSegment(team, "team")).get(API_VERSION).as(WebApiTeam.class);
    }

    /** {@return the members of team {@code team} (name or id) of {@code project}} */
    public static List<TeamMember> members(ApiCall org, String project, String team) {
        return org.apis("projects", ApiCall.requireSegment(project, "project"), "teams",
                ApiCall.requireSegment(team, "team"), "members").get(API_VERSION).asList(TeamMember.class);
    }
}
