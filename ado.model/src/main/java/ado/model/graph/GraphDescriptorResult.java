package ado.model.graph;

import ado.core.json.JsonName;
import ado.model.ReferenceLink;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.Map;

/**
 * The subject descriptor of a storage key.
 *
 * @param value the descriptor, such as {@code aad.OWI3...}
 * @param links the {@code _links} map ({@code self}, {@code storageKey}, {@code subject}); empty when absent
 */
public record GraphDescriptorResult(String value, @JsonName("_links") Map<String, ReferenceLink> links) {

    /**
     * Checks the value and copies the links.
     *
     * @param value the descriptor, such as {@code aad.OWI3...}
     * @param links the {@code _links} map ({@code self}, {@code storageKey}, {@code subject}); empty when absent
     * @throws NullPointerException     if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public GraphDescriptorResult {
        Checks.nonBlank(value, "value");
        links = Copies.map(links, "links");
    }
}
