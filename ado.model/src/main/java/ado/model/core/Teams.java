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

    /**
     * {@return the teams of {@code project}, fetched lazily 100 at a time; a failed page throws from the stream}
     *
     * @param org     the organisation scope, {@code client.api()}
     * @param project the project name or id
     * @throws NullPointerException     if {@code project} is null
     * @throws IllegalArgumentException if {@code project} is blank or a dot segment
     */
    public static Stream<WebApiTeam> list(ApiCall org, String project) {
        return org.apis("projects", ApiCall.requireSegment(project, "project"), "teams").get(API_VERSION)
                .stream(Paging.offset(WebApiTeam.class, Projects.PAGE_SIZE));
    }

    /**
     * {@return team {@code team} of {@code project}}
     *
     * @param org     the organisation scope, {@code client.api()}
     * @param project the project name or id
     * @param team    the team name or id
     * @throws ado.core.error.AdoNotFoundException if there is no such project or team
     * @throws NullPointerException                if {@code project} or {@code team} is null
     * @throws IllegalArgumentException            if {@code project} or {@code team} is blank or a dot segment
     */
    public static WebApiTeam get(ApiCall org, String project, String team) {
        return org.apis("projects", ApiCall.requireSegment(project, "project"), "teams",
                ApiCall.requireSegment(team, "team")).get(API_VERSION).as(WebApiTeam.class);
    }

    /**
     * {@return the members of team {@code team} of {@code project}}
     *
     * @param org     the organisation scope, {@code client.api()}
     * @param project the project name or id
     * @param team    the team name or id
     * @throws ado.core.error.AdoNotFoundException if there is no such project or team
     * @throws NullPointerException                if {@code project} or {@code team} is null
     * @throws IllegalArgumentException            if {@code project} or {@code team} is blank or a dot segment
     */
    public static List<TeamMember> members(ApiCall org, String project, String team) {
        return org.apis("projects", ApiCall.requireSegment(project, "project"), "teams",
                ApiCall.requireSegment(team, "team"), "members").get(API_VERSION).asList(TeamMember.class);
    }
}
