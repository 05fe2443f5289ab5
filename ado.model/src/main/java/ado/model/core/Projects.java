package ado.model.core;

import ado.core.ApiCall;
import ado.core.Paging;
import java.util.stream.Stream;

/** The projects of an organisation ({@code _apis/projects}). */
public final class Projects {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";
    static final int PAGE_SIZE = 100;

    private Projects() {
    }

    /**
     * {@return every project, fetched lazily 100 at a time with {@code $top}/{@code $skip}; a failed page throws
     * from the stream}
     *
     * @param org the organisation scope, {@code client.api()}
     */
    public static Stream<TeamProject> list(ApiCall org) {
        return org.apis("projects").get(API_VERSION).stream(Paging.offset(TeamProject.class, PAGE_SIZE));
    }

    /**
     * {@return the project {@code nameOrId}, with its default team and capabilities}
     *
     * @param org      the organisation scope, {@code client.api()}
     * @param nameOrId the project name or id
     * @throws ado.core.error.AdoNotFoundException if there is no such project
     * @throws NullPointerException                if {@code nameOrId} is null
     * @throws IllegalArgumentException            if {@code nameOrId} is blank or a dot segment
     */
    public static TeamProject get(ApiCall org, String nameOrId) {
        return org.apis("projects", ApiCall.requireSegment(nameOrId, "nameOrId")).query("includeCapabilities", true)
                .get(API_VERSION).as(TeamProject.class);
    }
}
