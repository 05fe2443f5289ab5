package ado.model.work;

import ado.core.json.JsonName;
import ado.model.ReferenceLink;
import ado.model.internal.Copies;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An iteration as a team sees it: a sprint of the team, or the default or backlog iteration of its settings.
 *
 * @param id         the iteration node's GUID ({@code identifier} of the classification node)
 * @param name       the name, or {@code null}
 * @param path       the path without the {@code Iteration} root, such as {@code Fabrikam\Sprint 1}, or {@code null}
 * @param attributes the dates, or {@code null}
 * @param url        the REST URL, or {@code null}
 * @param links      the {@code _links} map; empty when absent
 */
public record TeamSettingsIteration(UUID id, String name, String path, TeamIterationAttributes attributes,
                                    String url, @JsonName("_links") Map<String, ReferenceLink> links) {

    /**
     * Checks the id and copies the links.
     *
     * @param id         the iteration node's GUID ({@code identifier} of the classification node)
     * @param name       the name, or {@code null}
     * @param path       the path without the {@code Iteration} root, such as {@code Fabrikam\Sprint 1}, or {@code null}
     * @param attributes the dates, or {@code null}
     * @param url        the REST URL, or {@code null}
     * @param links      the {@code _links} map; empty when absent
     * @throws NullPointerException if {@code id} is null
     */
    public TeamSettingsIteration {
        Objects.requireNonNull(id, "id == null");
        links = Copies.map(links, "links");
    }
}
