package ado.model.git;

import ado.core.json.JsonName;
import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.ReferenceLink;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A pull request reviewer: the fields of {@link ado.model.IdentityRef} plus the vote. Votes are 10 (approved),
 * 5 (approved with suggestions), 0 (no vote), -5 (waiting for author) and -10 (rejected).
 *
 * @param id                the identity's storage key, or {@code null}
 * @param displayName       the name to show, or {@code null}
 * @param uniqueName        the sign-in name, or {@code null}
 * @param descriptor        the Graph subject descriptor, or {@code null}
 * @param url               the identity's REST URL, or {@code null}
 * @param imageUrl          the avatar URL, or {@code null}
 * @param links             the {@code _links} map; empty when absent
 * @param isContainer       whether the reviewer is a group, or {@code null}
 * @param vote              the vote, or {@code null}
 * @param reviewerUrl       the reviewer resource's URL, or {@code null}
 * @param isRequired        whether the review is required, or {@code null}
 * @param hasDeclined       whether the reviewer declined, or {@code null}
 * @param isFlagged         whether the reviewer is flagged for attention, or {@code null}
 * @param isReapprove       whether the reviewer must approve again, or {@code null}
 * @param votedFor          the groups this reviewer voted for; empty when absent
 * @param other             members ado4j does not model; never {@code null}
 */
public record IdentityRefWithVote(
        UUID id,
        String displayName,
        String uniqueName,
        String descriptor,
        String url,
        String imageUrl,
        @JsonName("_links") Map<String, ReferenceLink> links,
        Boolean isContainer,
        Integer vote,
        String reviewerUrl,
        Boolean isRequired,
        Boolean hasDeclined,
        Boolean isFlagged,
        Boolean isReapprove,
        List<IdentityRefWithVote> votedFor, @JsonUnmapped JsonObject other) {

    /**
     * Checks {@code vote} and copies the collections.
     *
     * @param id                the identity's storage key, or {@code null}
     * @param displayName       the name to show, or {@code null}
     * @param uniqueName        the sign-in name, or {@code null}
     * @param descriptor        the Graph subject descriptor, or {@code null}
     * @param url               the identity's REST URL, or {@code null}
     * @param imageUrl          the avatar URL, or {@code null}
     * @param links             the {@code _links} map; empty when absent
     * @param isContainer       whether the reviewer is a group, or {@code null}
     * @param vote              the vote, or {@code null}
     * @param reviewerUrl       the reviewer resource's URL, or {@code null}
     * @param isRequired        whether the review is required, or {@code null}
     * @param hasDeclined       whether the reviewer declined, or {@code null}
     * @param isFlagged         whether the reviewer is flagged for attention, or {@code null}
     * @param isReapprove       whether the reviewer must approve again, or {@code null}
     * @param votedFor          the groups this reviewer voted for; empty when absent
     * @param other             members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code links} or {@code votedFor} contains null
     * @throws IllegalArgumentException if {@code vote} is not between -10 and 10
     */
    public IdentityRefWithVote {
        other = other == null ? JsonObject.EMPTY : other;
        if (vote != null && (vote < -10 || vote > 10)) {
            throw new IllegalArgumentException("vote must be between -10 and 10: " + vote);
        }
        links = Copies.map(links, "links");
        votedFor = Copies.list(votedFor, "votedFor");
    }

    /**
     * {@return a reviewer reference for a request: {@code id} and whether the review is required}
     *
     * @param id       the reviewer's identity id
     * @param required whether the reviewer must approve ({@code isRequired})
     * @throws NullPointerException if {@code id} is null
     */
    public static IdentityRefWithVote reviewer(UUID id, boolean required) {
        return new IdentityRefWithVote(PullRequestCreate.requireId(id, "id"), null, null, null, null, null, null,
                null, null, null, required, null, null, null, null, null);
    }
}
