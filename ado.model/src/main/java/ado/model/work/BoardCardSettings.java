package ado.model.work;

import ado.core.json.JsonObject;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * What the cards of a board show: for each work item type, the list of field settings
 * ({@code {"fieldIdentifier": "System.Title"}}, ...).
 *
 * @param cards the field settings by work item type
 */
public record BoardCardSettings(Map<String, List<JsonObject>> cards) {

    /**
     * Copies the map.
     *
     * @param cards the field settings by work item type
     * @throws NullPointerException if a card type's field list has a null entry
     */
    public BoardCardSettings {
        var copy = new java.util.LinkedHashMap<String, List<JsonObject>>();
        Copies.map(cards, "cards").forEach((type, fields) -> copy.put(type, Copies.list(fields, "cards." + type)));
        cards = java.util.Collections.unmodifiableMap(copy);
    }
}
