package ado.model.build;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.internal.Copies;
import java.util.Map;
import java.util.Objects;

/**
 * An artifact published by a build.
 *
 * @param id       the artifact id
 * @param name     the name, such as {@code drop}
 * @param source   the job that published it
 * @param resource where it lives and how to download it
 * @param other    members ado4j does not model; never {@code null}
 */
public record BuildArtifact(Integer id, String name, String source, Resource resource,
                            @JsonUnmapped JsonObject other) {

    /**
     * The artifact's storage.
     *
     * @param type        the type, such as Container
     * @param data        the type-specific location
     * @param properties  type-specific properties; empty when absent
     * @param url         the REST URL
     * @param downloadUrl the absolute URL of the zip download
     * @param other       members ado4j does not model; never {@code null}
     */
    public record Resource(String type, String data, Map<String, String> properties, String url, String downloadUrl,
                           @JsonUnmapped JsonObject other) {
        /**
         * Copies the properties.
         *
         * @param type        the type, such as Container
         * @param data        the type-specific location
         * @param properties  type-specific properties; empty when absent
         * @param url         the REST URL
         * @param downloadUrl the absolute URL of the zip download
         * @param other       members ado4j does not model; never {@code null}
         */
        public Resource {
            properties = Copies.map(properties, "properties");
            other = other == null ? JsonObject.EMPTY : other;
        }
    }

    /**
     * Checks the name.
     *
     * @param id       the artifact id
     * @param name     the name, such as {@code drop}
     * @param source   the job that published it
     * @param resource where it lives and how to download it
     * @param other    members ado4j does not model; never {@code null}
     * @throws NullPointerException if {@code name} is null
     */
    public BuildArtifact {
        Objects.requireNonNull(name, "name == null");
        other = other == null ? JsonObject.EMPTY : other;
    }
}
