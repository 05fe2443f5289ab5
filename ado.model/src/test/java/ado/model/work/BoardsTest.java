package ado.model.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.ApiCall;
import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoNotFoundException;
import ado.core.json.JsonObject;
import ado.emulator.AdoEmulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BoardsTest {

    private AdoEmulator emulator;
    private ApiCall team;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.start();
        team = emulator.client().api().project("Fabrikam-Fiber-Git").team("Quality assurance");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void list_agile_epicsFeaturesStories() {
        assertThat(Boards.list(team)).extracting(BoardReference::name).containsExactly("Epics", "Features",
                "Stories");
    }

    @Test
    void get_stories_columnsFromNewToClosedWithBugsMapped() {
        Board stories = Boards.get(team, "Stories");

        assertThat(stories.columns()).extracting(BoardColumn::name).containsExactly("New", "Active", "Resolved",
                "Closed");
        assertThat(stories.columns().get(0).columnType()).isEqualTo(BoardColumnType.INCOMING);
        assertThat(stories.columns().get(3).stateMappings()).containsEntry("Bug", "Closed");
        assertThat(Boards.get(team, stories.id().toString()).name()).isEqualTo("Stories");
    }

    @Test
    void updateColumns_addReviewColumn_saved() {
        List<BoardColumn> columns = new ArrayList<>(Boards.columns(team, "Stories"));
        columns.add(3, new BoardColumn(null, "Review", 3, Map.of("User Story", "Resolved", "Bug", "Resolved"),
                BoardColumnType.IN_PROGRESS, false, "Reviewed by a peer"));

        List<BoardColumn> saved = Boards.updateColumns(team, "Stories", columns);

        assertThat(saved).extracting(BoardColumn::name).containsExactly("New", "Active", "Resolved", "Review",
                "Closed");
        assertThat(saved.get(3).id()).isNotNull();
    }

    @Test
    void updateColumns_firstNotIncoming_refusedAndUnchanged() {
        List<BoardColumn> before = Boards.columns(team, "Stories");
        List<BoardColumn> columns = new ArrayList<>(before);
        columns.remove(0);

        assertThatThrownBy(() -> Boards.updateColumns(team, "Stories", columns))
                .isInstanceOf(AdoBadRequestException.class).hasMessageContaining("incoming");
        assertThat(Boards.columns(team, "Stories")).isEqualTo(before);
    }

    @Test
    void updateColumns_unknownState_refused() {
        List<BoardColumn> columns = new ArrayList<>(Boards.columns(team, "Stories"));
        BoardColumn active = columns.get(1);
        columns.set(1, new BoardColumn(active.id(), active.name(), 0, Map.of("User Story", "Doing", "Bug", "Active"),
                active.columnType(), false, null));

        assertThatThrownBy(() -> Boards.updateColumns(team, "Stories", columns))
                .isInstanceOf(AdoBadRequestException.class).hasMessageContaining("'Doing'");
    }

    @Test
    void updateColumns_duplicateName_refused() {
        List<BoardColumn> columns = new ArrayList<>(Boards.columns(team, "Stories"));
        BoardColumn resolved = columns.get(2);
        columns.set(2, new BoardColumn(resolved.id(), "active", 0, resolved.stateMappings(), resolved.columnType(),
                false, null));

        assertThatThrownBy(() -> Boards.updateColumns(team, "Stories", columns))
                .isInstanceOf(AdoBadRequestException.class).hasMessageContaining("used twice");
    }

    @Test
    void updateRows_addLane_keepsDefault() {
        List<BoardRow> rows = new ArrayList<>(Boards.rows(team, "Stories"));
        rows.add(new BoardRow(null, "Expedite", "FF0000"));

        List<BoardRow> saved = Boards.updateRows(team, "Stories", rows);

        assertThat(saved).extracting(BoardRow::name).containsExactly(null, "Expedite");
    }

    @Test
    void updateRows_withoutDefaultLane_refused() {
        assertThatThrownBy(() -> Boards.updateRows(team, "Stories", List.of(new BoardRow(null, "Only", null))))
                .isInstanceOf(AdoBadRequestException.class).hasMessageContaining("default lane");
    }

    @Test
    void cardSettings_replacedForStory_readBack() {
        var settings = new BoardCardSettings(Map.of("User Story", List.of(
                JsonObject.builder().put("fieldIdentifier", "System.Title").build(),
                JsonObject.builder().put("fieldIdentifier", "Microsoft.VSTS.Scheduling.StoryPoints").build())));

        Boards.updateCardSettings(team, "Stories", settings);

        assertThat(Boards.cardSettings(team, "Stories").cards().get("User Story")).hasSize(2);
    }

    @Test
    void cardSettings_typeNotOnBoard_adoTf1530014() {
        var settings = new BoardCardSettings(Map.of("Task", List.of(
                JsonObject.builder().put("fieldIdentifier", "System.Title").build())));

        assertThatThrownBy(() -> Boards.updateCardSettings(team, "Stories", settings))
                .isInstanceOf(AdoBadRequestException.class)
                .hasMessageContaining("TF1530014: The card settings are invalid. Error message: Card type 'Task' "
                        + "does not exist on this board.");
    }

    @Test
    void get_unknownBoard_notFound() {
        assertThatThrownBy(() -> Boards.get(team, "Sagas")).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void column_negativeLimit_throwsNamingField() {
        assertThatThrownBy(() -> new BoardColumn(null, "x", -1, Map.of(), BoardColumnType.IN_PROGRESS, false, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("itemLimit");
    }
}
