package ado.model.dashboard;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.core.json.JsonValue;
import ado.model.internal.Checks;
import java.util.UUID;

/**
 * A widget on a dashboard.
 *
 * @param id              the widget id, or {@code null} before creation
 * @param name            its title
 * @param contributionId  the extension contribution that renders it
 * @param position        its {@code {row, column}}, as sent, or {@code null}
 * @param size            its {@code {rowSpan, columnSpan}}, as sent, or {@code null}
 * @param settings        its settings string (often JSON text), or {@code null}
 * @param settingsVersion its settings version, as sent, or {@code null}
 * @param eTag            its version, sent back on replace, or {@code null}
 * @param url             its API URL, or {@code null}
 * @param other           members ado4j does not model; never {@code null}
 */
public record Widget(UUID id, String name, String contributionId, JsonValue position, JsonValue size,
                     String settings, JsonValue settingsVersion, String eTag, String url,
                     @JsonUnmapped JsonObject other) {

    /**
     * Checks the name and contribution.
     *
     * @param id              the widget id, or {@code null} before creation
     * @param name            its title
     * @param contributionId  the extension contribution that renders it
     * @param position        its {@code {row, column}}, as sent, or {@code null}
     * @param size            its {@code {rowSpan, columnSpan}}, as sent, or {@code null}
     * @param settings        its settings string (often JSON text), or {@code null}
     * @param settingsVersion its settings version, as sent, or {@code null}
     * @param eTag            its version, sent back on replace, or {@code null}
     * @param url             its API URL, or {@code null}
     * @param other           members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code name} or {@code contributionId} is null
     * @throws IllegalArgumentException if {@code name} or {@code contributionId} is blank
     */
    public Widget {
        other = other == null ? JsonObject.EMPTY : other;
        Checks.nonBlank(name, "name");
        Checks.nonBlank(contributionId, "contributionId");
    }
}
