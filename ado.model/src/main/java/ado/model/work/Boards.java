package ado.model.work;

import ado.core.ApiCall;
import ado.core.Body;
import ado.model.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * The Kanban boards of a team, their columns, swimlanes and card settings
 * ({@code {project}/{team}/_apis/work/boards}). Every method takes a team scope
 * ({@code client.api().project(p).team(t)}); {@code board} is a board's id or name.
 */
public final class Boards {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private Boards() {
    }

    /**
     * {@return the team's boards, one per backlog level}
     *
     * @param team the team scope ({@code client.api().project(p).team(t)})
     */
    public static List<BoardReference> list(ApiCall team) {
        return team.apis("work", "boards").get(API_VERSION).asList(BoardReference.class);
    }

    /**
     * {@return board {@code board} with its columns and rows}
     *
     * @param team  the team scope ({@code client.api().project(p).team(t)})
     * @param board the board's id or name, such as {@code Stories}
     * @throws NullPointerException     if {@code board} is null
     * @throws IllegalArgumentException if {@code board} is blank
     */
    public static Board get(ApiCall team, String board) {
        return board(team, board).get(API_VERSION).as(Board.class);
    }

    /**
     * {@return the board's columns}
     *
     * @param team  the team scope ({@code client.api().project(p).team(t)})
     * @param board the board's id or name, such as {@code Stories}
     * @throws NullPointerException     if {@code board} is null
     * @throws IllegalArgumentException if {@code board} is blank
     */
    public static List<BoardColumn> columns(ApiCall team, String board) {
        return board(team, board).path("columns").get(API_VERSION).asList(BoardColumn.class);
    }

    /**
     * {@return the board's columns after replacing them all with {@code columns}}
     *
     * @param team    the team scope ({@code client.api().project(p).team(t)})
     * @param board   the board's id or name, such as {@code Stories}
     * @param columns every column of the board, in order
     * @throws ado.core.error.AdoBadRequestException if ADO refuses the layout (the first column must be incoming and
     *                                               the last outgoing, names unique, states mapped)
     * @throws NullPointerException                  if {@code board}, {@code columns} or one of them is null
     * @throws IllegalArgumentException              if {@code board} is blank
     */
    public static List<BoardColumn> updateColumns(ApiCall team, String board, List<BoardColumn> columns) {
        Objects.requireNonNull(columns, "columns == null");
        return board(team, board).path("columns").put(API_VERSION).body(Body.json(List.copyOf(columns)))
                .asList(BoardColumn.class);
    }

    /**
     * {@return the board's swimlanes}
     *
     * @param team  the team scope ({@code client.api().project(p).team(t)})
     * @param board the board's id or name, such as {@code Stories}
     * @throws NullPointerException     if {@code board} is null
     * @throws IllegalArgumentException if {@code board} is blank
     */
    public static List<BoardRow> rows(ApiCall team, String board) {
        return board(team, board).path("rows").get(API_VERSION).asList(BoardRow.class);
    }

    /**
     * {@return the board's swimlanes after replacing them all with {@code rows}}
     *
     * @param team  the team scope ({@code client.api().project(p).team(t)})
     * @param board the board's id or name, such as {@code Stories}
     * @param rows  every swimlane of the board, in order
     * @throws NullPointerException     if {@code board}, {@code rows} or one of them is null
     * @throws IllegalArgumentException if {@code board} is blank
     */
    public static List<BoardRow> updateRows(ApiCall team, String board, List<BoardRow> rows) {
        Objects.requireNonNull(rows, "rows == null");
        return board(team, board).path("rows").put(API_VERSION).body(Body.json(List.copyOf(rows)))
                .asList(BoardRow.class);
    }

    /**
     * {@return what the board's cards show}
     *
     * @param team  the team scope ({@code client.api().project(p).team(t)})
     * @param board the board's id or name, such as {@code Stories}
     * @throws NullPointerException     if {@code board} is null
     * @throws IllegalArgumentException if {@code board} is blank
     */
    public static BoardCardSettings cardSettings(ApiCall team, String board) {
        return board(team, board).path("cardsettings").get(API_VERSION).as(BoardCardSettings.class);
    }

    /**
     * {@return the card settings after replacing them with {@code settings}}
     *
     * @param team     the team scope ({@code client.api().project(p).team(t)})
     * @param board    the board's id or name, such as {@code Stories}
     * @param settings the new card settings
     * @throws NullPointerException     if {@code board} or {@code settings} is null
     * @throws IllegalArgumentException if {@code board} is blank
     */
    public static BoardCardSettings updateCardSettings(ApiCall team, String board, BoardCardSettings settings) {
        Objects.requireNonNull(settings, "settings == null");
        return board(team, board).path("cardsettings").put(API_VERSION).body(Body.json(settings))
                .as(BoardCardSettings.class);
    }

    private static ApiCall board(ApiCall team, String board) {
        return team.apis("work", "boards", Checks.nonBlank(board, "board"));
    }

}
