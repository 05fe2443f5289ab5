package ado.model.wiki;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.core.json.JsonValue;
import ado.model.internal.Checks;
import java.util.UUID;

/**
 * A wiki ({@code _apis/wiki/wikis}).
 *
 * @param id           the wiki id
 * @param name         its name
 * @param type         project or code wiki, or {@code null}
 * @param projectId    its project, or {@code null}
 * @param repositoryId its backing repository, or {@code null}
 * @param mappedPath   the published folder, or {@code null}
 * @param versions     the published branches, as sent, or {@code null}
 * @param url          its API URL, or {@code null}
 * @param remoteUrl    its web URL, or {@code null}
 * @param other        members ado4j does not model; never {@code null}
 */
public record WikiV2(UUID id, String name, WikiType type, UUID projectId, UUID repositoryId, String mappedPath,
                     JsonValue versions, String url, String remoteUrl, @JsonUnmapped JsonObject other) {

    /**
     * Checks the id and name.
     *
     * @param id           the wiki id
     * @param name         its name
     * @param type         project or code wiki, or {@code null}
     * @param projectId    its project, or {@code null}
     * @param repositoryId its backing repository, or {@code null}
     * @param mappedPath   the published folder, or {@code null}
     * @param versions     the published branches, as sent, or {@code null}
     * @param url          its API URL, or {@code null}
     * @param remoteUrl    its web URL, or {@code null}
     * @param other        members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code id} or {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public WikiV2 {
        other = other == null ? JsonObject.EMPTY : other;
        java.util.Objects.requireNonNull(id, "id == null");
        Checks.nonBlank(name, "name");
    }
}
