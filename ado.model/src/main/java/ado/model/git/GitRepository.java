package ado.model.git;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.TeamProjectReference;
import ado.model.internal.Checks;
import java.util.Objects;
import java.util.UUID;

/**
 * A Git repository.
 *
 * @param id            the repository id
 * @param name          the name
 * @param url           the REST URL, or {@code null}
 * @param project       the project, or {@code null}
 * @param defaultBranch the full name of the default branch, or {@code null} (an empty repository has none)
 * @param size          the size in bytes, or {@code null}
 * @param remoteUrl     the HTTPS clone URL, or {@code null}
 * @param sshUrl        the SSH clone URL, or {@code null}
 * @param webUrl        the web URL, or {@code null}
 * @param isDisabled    whether the repository is disabled, or {@code null}
 * @param isFork        whether it is a fork, or {@code null}
 * @param other         members ado4j does not model; never {@code null}
 */
public record GitRepository(UUID id, String name, String url, TeamProjectReference project, String defaultBranch,
                            Long size, String remoteUrl, String sshUrl, String webUrl, Boolean isDisabled,
                            Boolean isFork, @JsonUnmapped JsonObject other) {

    /**
     * Checks {@code id} and {@code name}.
     *
     * @param id            the repository id
     * @param name          the name
     * @param url           the REST URL, or {@code null}
     * @param project       the project, or {@code null}
     * @param defaultBranch the full name of the default branch, or {@code null} (an empty repository has none)
     * @param size          the size in bytes, or {@code null}
     * @param remoteUrl     the HTTPS clone URL, or {@code null}
     * @param sshUrl        the SSH clone URL, or {@code null}
     * @param webUrl        the web URL, or {@code null}
     * @param isDisabled    whether the repository is disabled, or {@code null}
     * @param isFork        whether it is a fork, or {@code null}
     * @param other         members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code id} or {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public GitRepository {
        other = other == null ? JsonObject.EMPTY : other;
        Objects.requireNonNull(id, "id == null");
        Checks.nonBlank(name, "name");
    }
}
