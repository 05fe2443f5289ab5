package ado.model.security;

import ado.core.ApiCall;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Access control lists of a security namespace ({@code _apis/accesscontrollists/{namespaceId}}). */
public final class AccessControlLists {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    /** The Git Repositories security namespace; its tokens come from {@link ado.model.git.GitSecurityTokens}. */
    public static final UUID GIT_REPOSITORIES = UUID.fromString("2e9eb7ed-3c0a-47d4-87c1-0ffdd275fd87");

    private AccessControlLists() {
    }

    /**
     * {@return the access control lists of {@code token} in namespace {@code namespaceId}, with those of the tokens
     * below it when {@code recurse}}; an organisation scope ({@code client.api()}) is expected
     *
     * {@snippet :
     * var acls = AccessControlLists.query(client.api(), AccessControlLists.GIT_REPOSITORIES,
     *         GitSecurityTokens.repository(projectId, repositoryId), false);
     * }
     */
    public static List<AccessControlList> query(ApiCall org, UUID namespaceId, String token, boolean recurse) {
        Objects.requireNonNull(namespaceId, "namespaceId == null");
        Objects.requireNonNull(token, "token == null");
        if (token.isBlank()) {
            throw new IllegalArgumentException("token must not be blank");
        }
        return org.apis("accesscontrollists", namespaceId.toString())
                .query("token", token)
                .query("recurse", recurse)
                .get(API_VERSION)
                .asList(AccessControlList.class);
    }
}
