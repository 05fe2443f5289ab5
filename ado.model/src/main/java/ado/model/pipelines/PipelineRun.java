package ado.model.pipelines;

import ado.core.json.JsonName;
import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.core.json.JsonValue;
import ado.model.ReferenceLink;
import ado.model.internal.Copies;
import java.time.Instant;
import java.util.Map;

/**
 * A run of a pipeline; its id is the build id.
 *
 * @param id                 the run (build) id
 * @param name               the name (the build number)
 * @param state              the state
 * @param result             the result, once completed
 * @param createdDate        when it was queued
 * @param finishedDate       when it finished
 * @param url                the REST URL
 * @param pipeline           the pipeline ({@code id}, {@code name}, {@code folder}, {@code revision}, {@code url})
 * @param templateParameters the template parameters (any JSON: strings, or typed YAML parameters); empty when absent
 * @param variables          the variables (secret values are null); empty when absent
 * @param resources          the resources, such as {@code repositories.self.refName}
 * @param links              the {@code _links} map; empty when absent
 * @param other              members ado4j does not model; never {@code null}
 */
public record PipelineRun(int id, String name, RunState state, RunResult result, Instant createdDate,
                          Instant finishedDate, String url, JsonObject pipeline,
                          Map<String, JsonValue> templateParameters, Map<String, Variable> variables,
                          JsonObject resources, @JsonName("_links") Map<String, ReferenceLink> links,
                          @JsonUnmapped JsonObject other) {

    /**
     * Copies the maps.
     *
     * @param id                 the run (build) id
     * @param name               the name (the build number)
     * @param state              the state
     * @param result             the result, once completed
     * @param createdDate        when it was queued
     * @param finishedDate       when it finished
     * @param url                the REST URL
     * @param pipeline           the pipeline ({@code id}, {@code name}, {@code folder}, {@code revision}, {@code url})
     * @param templateParameters the template parameters (any JSON: strings, or typed YAML parameters); empty when
     *                           absent
     * @param variables          the variables (secret values are null); empty when absent
     * @param resources          the resources, such as {@code repositories.self.refName}
     * @param links              the {@code _links} map; empty when absent
     * @param other              members ado4j does not model; never {@code null}
     */
    public PipelineRun {
        templateParameters = Copies.map(templateParameters, "templateParameters");
        variables = Copies.map(variables, "variables");
        links = Copies.map(links, "links");
        other = other == null ? JsonObject.EMPTY : other;
    }

    /** {@return the branch the run built, from {@code resources.repositories.self.refName}, or null} */
    public String refName() {
        if (resources != null && resources.get("repositories") instanceof JsonObject repos
                && repos.get("self") instanceof JsonObject self) {
            return self.string("refName").orElse(null);
        }
        return null;
    }
}
