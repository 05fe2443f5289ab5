package ado.model.graph;

import ado.core.json.JsonName;
import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.ReferenceLink;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.Map;

/**
 * A Graph user or group. Users and groups share these members; the ones a kind does not have are {@code null}.
 *
 * @param subjectKind     {@code user} or {@code group}
 * @param metaType        for users: {@code member}, {@code guest} or {@code unknown}; else {@code null}
 * @param description     for groups: the description; else {@code null}
 * @param isCrossProject  for groups: whether the group spans projects; else {@code null}
 * @param domain          the directory or identity domain
 * @param principalName   the sign-in name of a user, {@code [scope]\name} of a group
 * @param mailAddress     the e-mail address, or {@code null}
 * @param origin          where the subject comes from: {@code aad}, {@code msa}, {@code vsts}, ...
 * @param originId        the subject's id in its origin
 * @param displayName     the name to show
 * @param directoryAlias  the directory alias, or {@code null}
 * @param legacyDescriptor the identity descriptor, when the server sends it, or {@code null}
 * @param links           the {@code _links} map ({@code self}, {@code memberships}, {@code storageKey}, ...)
 * @param url             the subject's REST URL
 * @param descriptor      the subject descriptor, such as {@code aad.OWI3...} or {@code vssgp.Uy0x...}
 * @param other           members ado4j does not model; never {@code null}
 */
public record GraphSubject(String subjectKind, String metaType, String description, Boolean isCrossProject,
                           String domain, String principalName, String mailAddress, String origin, String originId,
                           String displayName, String directoryAlias, String legacyDescriptor,
                           @JsonName("_links") Map<String, ReferenceLink> links, String url, String descriptor,
                           @JsonUnmapped JsonObject other) {

    /**
     * Checks the descriptor and copies the links.
     *
     * @param subjectKind      {@code user} or {@code group}
     * @param metaType         for users: {@code member}, {@code guest} or {@code unknown}; else {@code null}
     * @param description      for groups: the description; else {@code null}
     * @param isCrossProject   for groups: whether the group spans projects; else {@code null}
     * @param domain           the directory or identity domain
     * @param principalName    the sign-in name of a user, {@code [scope]\name} of a group
     * @param mailAddress      the e-mail address, or {@code null}
     * @param origin           where the subject comes from: {@code aad}, {@code msa}, {@code vsts}, ...
     * @param originId         the subject's id in its origin
     * @param displayName      the name to show
     * @param directoryAlias   the directory alias, or {@code null}
     * @param legacyDescriptor the identity descriptor, when the server sends it, or {@code null}
     * @param links            the {@code _links} map ({@code self}, {@code memberships}, {@code storageKey}, ...)
     * @param url              the subject's REST URL
     * @param descriptor       the subject descriptor, such as {@code aad.OWI3...} or {@code vssgp.Uy0x...}
     * @param other            members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code descriptor} is null
     * @throws IllegalArgumentException if {@code descriptor} is blank
     */
    public GraphSubject {
        other = other == null ? JsonObject.EMPTY : other;
        Checks.nonBlank(descriptor, "descriptor");
        links = Copies.map(links, "links");
    }

    /** {@return whether this is a group} */
    public boolean isGroup() {
        return "group".equalsIgnoreCase(subjectKind);
    }
}
