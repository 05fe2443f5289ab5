package ado.model.git;

import ado.core.json.JsonName;
import ado.model.IdentityRef;
import ado.model.ReferenceLink;
import ado.model.internal.Copies;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A status posted on a commit, such as a CI result ({@code GitStatus}).
 *
 * @param id           the status id, or {@code null} in a request
 * @param state        the state
 * @param description  the description, or {@code null}
 * @param context      the name and genre
 * @param targetUrl    a link to details, or {@code null}
 * @param creationDate when it was posted, or {@code null}
 * @param updatedDate  when it last changed, or {@code null}
 * @param createdBy    who posted it, or {@code null}
 * @param links        the {@code _links} map; empty when absent
 */
public record GitStatus(Integer id, GitStatusState state, String description, GitStatusContext context,
                        String targetUrl, Instant creationDate, Instant updatedDate, IdentityRef createdBy,
                        @JsonName("_links") Map<String, ReferenceLink> links) {

    /**
     * Checks that the state and context are present and copies the links.
     *
     * @param id           the status id, or {@code null} in a request
     * @param state        the state
     * @param description  the description, or {@code null}
     * @param context      the name and genre
     * @param targetUrl    a link to details, or {@code null}
     * @param creationDate when it was posted, or {@code null}
     * @param updatedDate  when it last changed, or {@code null}
     * @param createdBy    who posted it, or {@code null}
     * @param links        the {@code _links} map; empty when absent
     * @throws NullPointerException if {@code state} or {@code context} is null or {@code links} contains null
     */
    public GitStatus {
        Objects.requireNonNull(state, "state == null");
        Objects.requireNonNull(context, "context == null");
        links = Copies.map(links, "links");
    }

    /**
     * {@return a status to post: {@code state} for {@code context}, with an optional description and link}
     *
     * @param state       the state, such as {@code SUCCEEDED}
     * @param context     the genre and name that identify the status
     * @param description the text shown, or {@code null}
     * @param targetUrl   the link to details, or {@code null}
     * @throws NullPointerException if {@code state} or {@code context} is null
     */
    public static GitStatus of(GitStatusState state, GitStatusContext context, String description,
                               String targetUrl) {
        return new GitStatus(null, state, description, context, targetUrl, null, null, null, null);
    }
}
