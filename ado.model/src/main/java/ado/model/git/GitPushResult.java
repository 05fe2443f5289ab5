package ado.model.git;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.IdentityRef;
import ado.model.internal.Copies;
import java.time.Instant;
import java.util.List;

/**
 * A push as the server reports it.
 *
 * @param pushId     the push id
 * @param date       when it was pushed, or {@code null}
 * @param pushedBy   who pushed, or {@code null}
 * @param commits    the new commits (newest first in ADO's answer); empty when not sent
 * @param refUpdates the ref updates, with new ids; empty when not sent
 * @param repository the repository, or {@code null}
 * @param url        the REST URL, or {@code null}
 * @param other      members ado4j does not model; never {@code null}
 */
public record GitPushResult(int pushId, Instant date, IdentityRef pushedBy, List<GitCommitRef> commits,
                            List<GitRefUpdate> refUpdates, GitRepositoryRef repository, String url,
                            @JsonUnmapped JsonObject other) {

    /**
     * Copies the lists.
     *
     * @param pushId     the push id
     * @param date       when it was pushed, or {@code null}
     * @param pushedBy   who pushed, or {@code null}
     * @param commits    the new commits (newest first in ADO's answer); empty when not sent
     * @param refUpdates the ref updates, with new ids; empty when not sent
     * @param repository the repository, or {@code null}
     * @param url        the REST URL, or {@code null}
     * @param other      members ado4j does not model; never {@code null}
     * @throws NullPointerException if {@code commits} or {@code refUpdates} contains null
     */
    public GitPushResult {
        other = other == null ? JsonObject.EMPTY : other;
        commits = Copies.list(commits, "commits");
        refUpdates = Copies.list(refUpdates, "refUpdates");
    }
}
