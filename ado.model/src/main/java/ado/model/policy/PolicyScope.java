package ado.model.policy;

import ado.model.internal.Checks;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of a policy's {@code settings.scope} array: which repository and which branches it applies to.
 *
 * @param repositoryId the repository, or {@code null} for every repository of the project
 * @param refName      the branch name or prefix (a full ref name such as {@code refs/heads/main}), or {@code null}
 *                     for repository-wide policies and the default branch
 * @param matchKind    how {@code refName} matches, or {@code null} for repository-wide policies
 */
public record PolicyScope(UUID repositoryId, String refName, MatchKind matchKind) {

    /**
     * Checks that a ref name comes with a match kind and is a full ref name.
     *
     * @param repositoryId the repository, or {@code null} for every repository of the project
     * @param refName      the branch name or prefix (a full ref name such as {@code refs/heads/main}), or {@code null}
     *                     for repository-wide policies and the default branch
     * @param matchKind    how {@code refName} matches, or {@code null} for repository-wide policies
     * @throws IllegalArgumentException if {@code refName} is given without {@code matchKind}, is blank, or (unless a
     *                                  prefix) is not a well-formed full ref name; or if {@code matchKind} is
     *                                  {@code UNKNOWN}
     */
    public PolicyScope {
        if (refName != null) {
            if (matchKind == MatchKind.PREFIX) {
                Checks.nonBlank(refName, "refName");
            } else {
                Checks.refName(refName, "refName");
            }
            if (matchKind == null) {
                throw new IllegalArgumentException("matchKind must be set when refName is: '" + refName + "'");
            }
        }
        if (matchKind == MatchKind.UNKNOWN) {
            throw new IllegalArgumentException("matchKind must not be UNKNOWN");
        }
    }

    /**
     * {@return the scope of one branch of {@code repositoryId}}
     *
     * @param repositoryId the repository id
     * @param refName      the branch's full ref name, such as {@code refs/heads/main}
     * @throws NullPointerException     if {@code repositoryId} is null
     * @throws IllegalArgumentException if {@code refName} is not a well-formed full ref name
     */
    public static PolicyScope branch(UUID repositoryId, String refName) {
        return new PolicyScope(Objects.requireNonNull(repositoryId, "repositoryId == null"), refName, MatchKind.EXACT);
    }

    /**
     * {@return the scope of every branch of {@code repositoryId} whose name starts with {@code prefix}}
     *
     * @param repositoryId the repository id, or {@code null} for every repository of the project
     * @param prefix       the start of the branch names, such as {@code refs/heads/release/}
     * @throws IllegalArgumentException if {@code prefix} is blank
     */
    public static PolicyScope prefix(UUID repositoryId, String prefix) {
        return new PolicyScope(repositoryId, prefix, MatchKind.PREFIX);
    }

    /**
     * {@return the scope of the default branch of {@code repositoryId} (null: of every repository)}
     *
     * @param repositoryId the repository id, or {@code null} for every repository of the project
     */
    public static PolicyScope defaultBranch(UUID repositoryId) {
        return new PolicyScope(repositoryId, null, MatchKind.DEFAULT_BRANCH);
    }

    /**
     * {@return a repository-wide scope, for push policies such as file size (null: every repository)}
     *
     * @param repositoryId the repository id, or {@code null} for every repository of the project
     */
    public static PolicyScope repository(UUID repositoryId) {
        return new PolicyScope(repositoryId, null, null);
    }

    /**
     * {@return whether this scope covers branch {@code refName} of {@code repository}}
     *
     * @param defaultBranch the repository's default branch, or {@code null} when it has none
     * @param repository    the repository id
     * @param refName       the branch's full ref name
     */
    public boolean covers(UUID repository, String refName, String defaultBranch) {
        if (repositoryId != null && !repositoryId.equals(repository)) {
            return false;
        }
        if (matchKind == null) {
            return true;
        }
        return switch (matchKind) {
            case EXACT -> refName.equals(this.refName);
            case PREFIX -> refName.startsWith(this.refName);
            case DEFAULT_BRANCH -> refName.equals(defaultBranch);
            case UNKNOWN -> false;
        };
    }
}
