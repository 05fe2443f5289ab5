package ado.model.wit;

import ado.core.json.JsonName;
import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.ReferenceLink;
import ado.model.internal.Copies;
import java.util.Map;
import java.util.UUID;

/**
 * Who made a work item revision ({@code revisedBy} of an update): an IdentityRef with, in older answers, a
 * {@code name} member ({@code "Name <email>"}, or itself an identity), which {@link #other()} keeps as sent.
 *
 * @param id          the identity's id, or {@code null}
 * @param displayName the name to show, or {@code null}
 * @param uniqueName  the sign-in name, or {@code null}
 * @param descriptor  the Graph subject descriptor, or {@code null}
 * @param url         the identity's REST URL, or {@code null}
 * @param imageUrl    the avatar URL, or {@code null}
 * @param links       the {@code _links} map; empty when absent
 * @param other       every other member the server sent; empty when none
 */
public record WorkItemIdentityReference(UUID id, String displayName, String uniqueName, String descriptor, String url,
                                        String imageUrl, @JsonName("_links") Map<String, ReferenceLink> links,
                                        @JsonUnmapped JsonObject other) {

    /**
     * Copies {@code links}.
     *
     * @param id          the identity's id, or {@code null}
     * @param displayName the name to show, or {@code null}
     * @param uniqueName  the sign-in name, or {@code null}
     * @param descriptor  the Graph subject descriptor, or {@code null}
     * @param url         the identity's REST URL, or {@code null}
     * @param imageUrl    the avatar URL, or {@code null}
     * @param links       the {@code _links} map; empty when absent
     * @param other       every other member the server sent; empty when none
     * @throws NullPointerException if {@code links} contains null
     */
    public WorkItemIdentityReference {
        links = Copies.map(links, "links");
        other = other == null ? JsonObject.EMPTY : other;
    }
}
