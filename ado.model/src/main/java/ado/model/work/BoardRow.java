package ado.model.work;

import java.util.UUID;

/**
 * A swimlane of a Kanban board.
 *
 * @param id    the row id, or {@code null} for a new row
 * @param name  the name; {@code null} for the default lane
 * @param color the colour as hex digits, or {@code null}
 */
public record BoardRow(UUID id, String name, String color) {
}
