package ado.model.build;

import ado.core.json.JsonName;
import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.IdentityRef;
import ado.model.ReferenceLink;
import ado.model.TeamProjectReference;
import ado.model.internal.Copies;
import java.time.Instant;
import java.util.Map;

/**
 * A build definition (a pipeline), as listed or, with its process and repository, as fetched by id.
 *
 * @param id          the definition id
 * @param name        the name
 * @param url         the REST URL
 * @param uri         the {@code vstfs:///Build/Definition/{id}} URI
 * @param path        the folder
 * @param type        build or xaml
 * @param queueStatus enabled, paused or disabled
 * @param revision    the revision
 * @param createdDate when it was created
 * @param quality     definition or draft
 * @param authoredBy  who created it
 * @param queue       the default agent queue
 * @param process     the process: {@code {type: 2, yamlFilename}} for YAML, {@code {type: 1, phases}} for classic
 * @param repository  the repository
 * @param project     the project
 * @param links       the {@code _links} map; empty when absent
 * @param other       members ado4j does not model; never {@code null}
 */
public record BuildDefinition(Integer id, String name, String url, String uri, String path, DefinitionType type,
                              String queueStatus, Integer revision, Instant createdDate, String quality,
                              IdentityRef authoredBy, JsonObject queue, JsonObject process, JsonObject repository,
                              TeamProjectReference project, @JsonName("_links") Map<String, ReferenceLink> links,
                              @JsonUnmapped JsonObject other) {

    /**
     * Copies the links.
     *
     * @param id          the definition id
     * @param name        the name
     * @param url         the REST URL
     * @param uri         the {@code vstfs:///Build/Definition/{id}} URI
     * @param path        the folder
     * @param type        build or xaml
     * @param queueStatus enabled, paused or disabled
     * @param revision    the revision
     * @param createdDate when it was created
     * @param quality     definition or draft
     * @param authoredBy  who created it
     * @param queue       the default agent queue
     * @param process     the process: {@code {type: 2, yamlFilename}} for YAML, {@code {type: 1, phases}} for classic
     * @param repository  the repository
     * @param project     the project
     * @param links       the {@code _links} map; empty when absent
     * @param other       members ado4j does not model; never {@code null}
     */
    public BuildDefinition {
        links = Copies.map(links, "links");
        other = other == null ? JsonObject.EMPTY : other;
    }

    /** {@return whether the definition is a YAML pipeline (process type 2)} */
    public boolean isYaml() {
        return process != null && process.get("type") != null && process.get("type").toJson().equals("2");
    }
}
