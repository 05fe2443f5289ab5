package ado.model.git;

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
 */
public record GitCommitRef(
        String commitId,
        GitUserDate author,
        GitUserDate committer,
        String comment,
        Boolean commentTruncated,
        List<String> parents,
        String url,
        String remoteUrl) {

    private static final Pattern SHA1 = Pattern.compile("[0-9a-fA-F]{40}");

    /** Checks that {@code commitId} is a SHA-1 and copies {@code parents}. */
    public GitCommitRef {
        Objects.requireNonNull(commitId, "commitId == null");
        if (!SHA1.matcher(commitId).matches()) {
            throw new IllegalArgumentException("commitId must be 40 hex digits: " + commitId);
        }
        parents = Copies.list(parents, "parents");
    }
}
