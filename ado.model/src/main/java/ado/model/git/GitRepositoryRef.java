package ado.model.git;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.TeamProjectReference;
import java.util.Objects;
import java.util.UUID;

/**
 * A short reference to a repository, as pull requests carry it.
 *
 * @param id        the repository id
 * @param name      the repository name, or {@code null}
 * @param url       the REST URL, or {@code null}
 * @param project   the project, or {@code null}
 * @param remoteUrl the clone URL, or {@code null}
 * @param sshUrl    the SSH clone URL, or {@code null}
 * @param webUrl    the web URL, or {@code null}
 * @param isFork    whether the repository is a fork, or {@code null}
 * @param other     members ado4j does not model; never {@code null}
 */
public record GitRepositoryRef(
        UUID id,
        String name,
        String url,
        TeamProjectReference project,
        String remoteUrl,
        String sshUrl,
        String webUrl,
        Boolean isFork, @JsonUnmapped JsonObject other) {

    /**
     * Checks that {@code id} is present.
     *
     * @param id        the repository id
     * @param name      the repository name, or {@code null}
     * @param url       the REST URL, or {@code null}
     * @param project   the project, or {@code null}
     * @param remoteUrl the clone URL, or {@code null}
     * @param sshUrl    the SSH clone URL, or {@code null}
     * @param webUrl    the web URL, or {@code null}
     * @param isFork    whether the repository is a fork, or {@code null}
     * @param other     members ado4j does not model; never {@code null}
     * @throws NullPointerException if {@code id} is null
     */
    public GitRepositoryRef {
        other = other == null ? JsonObject.EMPTY : other;
        Objects.requireNonNull(id, "id == null");
    }
}
