package ado.model.security;

import java.util.Map;
import java.util.Objects;

/**
 * The access control entries of one security token, keyed by identity descriptor.
 *
 * @param inheritPermissions whether the token inherits its parent's entries
 * @param token              the secured resource, such as a Git repository's
 *                           {@link ado.model.git.GitSecurityTokens} token
 * @param acesDictionary     the entries by descriptor; never {@code null}
 */
public record AccessControlList(boolean inheritPermissions, String token,
                                Map<String, AccessControlEntry> acesDictionary) {

    /** Checks the token and copies the entries. */
    public AccessControlList {
        Objects.requireNonNull(token, "token == null");
        acesDictionary = acesDictionary == null ? Map.of() : Map.copyOf(acesDictionary);
    }
}
