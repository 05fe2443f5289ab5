package ado.model.build;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.TeamProjectReference;
import java.time.Instant;

/**
 * A build definition as a build refers to it.
 *
 * @param id          the definition id
 * @param name        the name
 * @param url         the REST URL
 * @param uri         the {@code vstfs:///Build/Definition/{id}} URI
 * @param path        the folder, such as {@code \}
 * @param type        build or xaml
 * @param queueStatus enabled, paused or disabled
 * @param revision    the revision
 * @param createdDate when it was created
 * @param project     the project
 * @param other       members ado4j does not model; never {@code null}
 */
public record DefinitionReference(Integer id, String name, String url, String uri, String path, DefinitionType type,
                                  String queueStatus, Integer revision, Instant createdDate,
                                  TeamProjectReference project, @JsonUnmapped JsonObject other) {

    /**
     * Defaults {@code other} to empty.
     *
     * @param id          the definition id
     * @param name        the name
     * @param url         the REST URL
     * @param uri         the {@code vstfs:///Build/Definition/{id}} URI
     * @param path        the folder, such as {@code \}
     * @param type        build or xaml
     * @param queueStatus enabled, paused or disabled
     * @param revision    the revision
     * @param createdDate when it was created
     * @param project     the project
     * @param other       members ado4j does not model; never {@code null}
     */
    public DefinitionReference {
        other = other == null ? JsonObject.EMPTY : other;
    }

    /**
     * {@return a reference to definition {@code id}, as a queue request names it}
     *
     * @param id the definition id, positive
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public static DefinitionReference of(int id) {
        if (id <= 0) {
            throw new IllegalArgumentException("definitionId must be > 0: " + id);
        }
        return new DefinitionReference(id, null, null, null, null, null, null, null, null, null, null);
    }
}
