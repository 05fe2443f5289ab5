package ado.model.pipelines;

import ado.core.json.JsonName;
import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.ReferenceLink;
import ado.model.internal.Copies;
import java.util.Map;

/**
 * A pipeline.
 *
 * @param id            the pipeline id (the build definition id)
 * @param name          the name
 * @param folder        the folder
 * @param revision      the revision
 * @param url           the REST URL
 * @param configuration how it is defined: {@code type} yaml (with {@code path} and {@code repository}) or
 *                      designerJson
 * @param links         the {@code _links} map; empty when absent
 * @param other         members ado4j does not model; never {@code null}
 */
public record Pipeline(int id, String name, String folder, Integer revision, String url, JsonObject configuration,
                       @JsonName("_links") Map<String, ReferenceLink> links, @JsonUnmapped JsonObject other) {

    /**
     * Copies the links.
     *
     * @param id            the pipeline id (the build definition id)
     * @param name          the name
     * @param folder        the folder
     * @param revision      the revision
     * @param url           the REST URL
     * @param configuration how it is defined: {@code type} yaml (with {@code path} and {@code repository}) or
     *                      designerJson
     * @param links         the {@code _links} map; empty when absent
     * @param other         members ado4j does not model; never {@code null}
     */
    public Pipeline {
        links = Copies.map(links, "links");
        other = other == null ? JsonObject.EMPTY : other;
    }
}
