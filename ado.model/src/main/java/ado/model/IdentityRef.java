package ado.model;

import ado.core.json.JsonName;
import ado.model.internal.Copies;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A user or group as Azure DevOps refers to it in {@code createdBy}, {@code closedBy} and identity work item fields.
 * The server sends different subsets in different places, so every component is optional ({@code null} when
 * absent) except {@link #links()}, which is empty when absent. Azure DevOps marks the fields after {@code links}
 * as deprecated in favour of {@code descriptor} and the links.
 *
 * @param id                the identity's storage key
 * @param displayName       the name to show
 * @param uniqueName        the sign-in name, usually an e-mail address
 * @param descriptor        the Graph subject descriptor, such as {@code aad.YTkz...}
 * @param url               the identity's REST URL
 * @param imageUrl          the avatar URL
 * @param links             the {@code _links} map ({@code avatar}, {@code self}, ...)
 * @param directoryAlias    the directory alias
 * @param inactive          whether the identity is inactive
 * @param isAadIdentity     whether this is an Entra ID identity
 * @param isContainer       whether this is a group
 * @param isDeletedInOrigin whether the identity was deleted in its origin directory
 * @param profileUrl        the profile URL
 */
public record IdentityRef(
        UUID id,
        String displayName,
        String uniqueName,
        String descriptor,
        String url,
        String imageUrl,
        @JsonName("_links") Map<String, ReferenceLink> links,
        String directoryAlias,
        Boolean inactive,
        Boolean isAadIdentity,
        Boolean isContainer,
        Boolean isDeletedInOrigin,
        String profileUrl) {

    /**
     * Copies {@code links}.
     *
     * @param id                the identity's storage key
     * @param displayName       the name to show
     * @param uniqueName        the sign-in name, usually an e-mail address
     * @param descriptor        the Graph subject descriptor, such as {@code aad.YTkz...}
     * @param url               the identity's REST URL
     * @param imageUrl          the avatar URL
     * @param links             the {@code _links} map ({@code avatar}, {@code self}, ...)
     * @param directoryAlias    the directory alias
     * @param inactive          whether the identity is inactive
     * @param isAadIdentity     whether this is an Entra ID identity
     * @param isContainer       whether this is a group
     * @param isDeletedInOrigin whether the identity was deleted in its origin directory
     * @param profileUrl        the profile URL
     * @throws NullPointerException if {@code links} contains null
     */
    public IdentityRef {
        links = Copies.map(links, "links");
    }

    /**
     * {@return a reference by id only, as request bodies use it}
     *
     * @param id the identity id
     * @throws NullPointerException if {@code id} is null
     */
    public static IdentityRef of(UUID id) {
        Objects.requireNonNull(id, "id == null");
        return new IdentityRef(id, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
