package ado.model.security;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
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
     * below it when {@code recurse}}
     *
     * <pre>{@code
     * var acls = AccessControlLists.query(client.api(), AccessControlLists.GIT_REPOSITORIES,
     *         GitSecurityTokens.repository(projectId, repositoryId), false);
     * }</pre>
     *
     * @param org         the organisation scope ({@code client.api()})
     * @param namespaceId the security namespace, such as {@link #GIT_REPOSITORIES}
     * @param token       the secured resource's token in that namespace
     * @param recurse     whether to include the lists of the tokens below {@code token}
     * @throws NullPointerException     if {@code namespaceId} or {@code token} is null
     * @throws IllegalArgumentException if {@code token} is blank
     */
    public static List<AccessControlList> query(ApiCall org, UUID namespaceId, String token, boolean recurse) {
        return query(org, namespaceId, token, recurse, false);
    }

    /**
     * {@return the access control lists of {@code token}, with the effective and inherited permissions of each
     * entry ({@link AccessControlEntry#extendedInfo()}) when {@code includeExtendedInfo}}
     *
     * @param org                 the organisation scope ({@code client.api()})
     * @param namespaceId         the security namespace, such as {@link #GIT_REPOSITORIES}
     * @param token               the secured resource's token in that namespace
     * @param recurse             whether to include the lists of the tokens below {@code token}
     * @param includeExtendedInfo whether to include effective and inherited permissions
     * @throws NullPointerException     if {@code namespaceId} or {@code token} is null
     * @throws IllegalArgumentException if {@code token} is blank
     */
    public static List<AccessControlList> query(ApiCall org, UUID namespaceId, String token, boolean recurse,
                                                boolean includeExtendedInfo) {
        return scope(org, namespaceId)
                .query("token", token(token))
                .query("recurse", recurse)
                .query("includeExtendedInfo", includeExtendedInfo)
                .get(API_VERSION)
                .asList(AccessControlList.class);
    }

    /**
     * Sets {@code acls}, replacing the entries each token had.
     *
     * @param org         the organisation scope ({@code client.api()})
     * @param namespaceId the security namespace
     * @param acls        the lists to set, at least one
     * @throws NullPointerException     if {@code namespaceId} or {@code acls} is null
     * @throws IllegalArgumentException if {@code acls} is empty, a token is blank or permission bits are negative
     */
    public static void set(ApiCall org, UUID namespaceId, List<AccessControlList> acls) {
        Objects.requireNonNull(acls, "acls == null");
        if (acls.isEmpty()) {
            throw new IllegalArgumentException("acls must not be empty");
        }
        var value = acls.stream().map(acl -> {
            acl.acesDictionary().values().forEach(AccessControlLists::checkBits);
            var aces = JsonObject.builder();
            acl.acesDictionary().forEach((d, e) -> aces.put(d, JsonObject.builder().put("descriptor",
                    e.descriptor()).put("allow", e.allow()).put("deny", e.deny()).build()));
            return (JsonValue) JsonObject.builder().put("inheritPermissions", acl.inheritPermissions())
                    .put("token", token(acl.token())).put("acesDictionary", aces.build()).build();
        }).toList();
        scope(org, namespaceId).post(API_VERSION)
                .body(Body.json(JsonObject.builder().put("value", new JsonArray(value)).build())).send();
    }

    /**
     * Removes the lists of {@code tokens}, and those below them when {@code recurse}.
     *
     * @param org         the organisation scope ({@code client.api()})
     * @param namespaceId the security namespace
     * @param tokens      the tokens whose lists to remove, at least one
     * @param recurse     whether to remove the lists of the tokens below them too
     * @return whether anything was removed
     * @throws NullPointerException     if {@code namespaceId}, {@code tokens} or one of them is null
     * @throws IllegalArgumentException if {@code tokens} is empty or one of them is blank
     */
    public static boolean remove(ApiCall org, UUID namespaceId, List<String> tokens, boolean recurse) {
        Objects.requireNonNull(tokens, "tokens == null");
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("tokens must not be empty");
        }
        tokens.forEach(AccessControlLists::token);
        Boolean removed = scope(org, namespaceId).query("tokens", tokens).query("recurse", recurse)
                .delete(API_VERSION).as(Boolean.class);
        return Boolean.TRUE.equals(removed);
    }

    static ApiCall scope(ApiCall org, UUID namespaceId) {
        return org.apis("accesscontrollists", Objects.requireNonNull(namespaceId, "namespaceId == null")
                .toString());
    }

    /** {@return {@code token} checked: not blank} */
    static String token(String token) {
        Objects.requireNonNull(token, "token == null");
        if (token.isBlank()) {
            throw new IllegalArgumentException("token must not be blank");
        }
        return token;
    }

    /** Checks that an entry's bits are not negative. */
    static void checkBits(AccessControlEntry e) {
        if (e.allow() < 0 || e.deny() < 0) {
            throw new IllegalArgumentException("permission bits must not be negative: allow " + e.allow()
                    + ", deny " + e.deny());
        }
    }
}
