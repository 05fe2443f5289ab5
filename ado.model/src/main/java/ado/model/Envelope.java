package ado.model;

import ado.model.internal.Copies;
import java.util.List;

/**
 * The {@code {"count": N, "value": [...]}} wrapper Azure DevOps puts around most lists.
 *
 * {@snippet :
 * JsonType<Envelope<GitPullRequest>> type = JsonType.of(Envelope.class, GitPullRequest.class);
 * }
 *
 * @param count the number of items the server reports, or {@code null} when absent
 * @param value the items; empty when absent
 * @param <T>   the item type
 */
public record Envelope<T>(Integer count, List<T> value) {

    /** Copies {@code value}. */
    public Envelope {
        value = Copies.list(value, "value");
    }
}
