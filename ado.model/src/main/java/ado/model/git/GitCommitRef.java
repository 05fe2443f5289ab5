package ado.model.git;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A reference to a commit, as pull requests and commit lists carry it.
 *
 * @param commitId         the 40-hex-digit SHA-1
 * @param author           the author, or {@code null}
 * @param committer        the committer, or {@code null}
 * @param comment          the (possibly truncated) message, or {@code null}
 * @param commentTruncated whether {@code comment} was truncated, or {@code null}
 * @param parents          the parent commit ids; empty when not sent
 * @param url              the REST URL, or {@code null}
 * @param remoteUrl        the web URL, or {@code null}
 * @param other            members ado4j does not model; never {@code null}
 */
public record GitCommitRef(
        String commitId,
        GitUserDate author,
        GitUserDate committer,
        String comment,
        Boolean commentTruncated,
        List<String> parents,
        String url,
        String remoteUrl, @JsonUnmapped JsonObject other) {

    private static final Pattern SHA1 = Pattern.compile("[0-9a-fA-F]{40}");

    /**
     * Checks that {@code commitId} is a SHA-1 and copies {@code parents}.
     *
     * @param commitId         the 40-hex-digit SHA-1
     * @param author           the author, or {@code null}
     * @param committer        the committer, or {@code null}
     * @param comment          the (possibly truncated) message, or {@code null}
     * @param commentTruncated whether {@code comment} was truncated, or {@code null}
     * @param parents          the parent commit ids; empty when not sent
     * @param url              the REST URL, or {@code null}
     * @param remoteUrl        the web URL, or {@code null}
     * @param other            members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code commitId} is null or {@code parents} contains null
     * @throws IllegalArgumentException if {@code commitId} is not 40 hex digits
     */
    public GitCommitRef {
        other = other == null ? JsonObject.EMPTY : other;
        Objects.requireNonNull(commitId, "commitId == null");
        if (!SHA1.matcher(commitId).matches()) {
            throw new IllegalArgumentException("commitId must be 40 hex digits: " + commitId);
        }
        parents = Copies.list(parents, "parents");
    }
}
