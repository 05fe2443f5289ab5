package ado.model.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.json.JsonObject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanningRecordsTest {

    @Test
    void patch_builder_sendsOnlyWhatWasSet() {
        UUID id = UUID.randomUUID();

        JsonObject body = TeamSettingsPatch.builder().bugsBehavior(BugsBehavior.AS_REQUIREMENTS)
                .workingDays(List.of(DayOfWeek.FRIDAY)).defaultIteration(id).build().body();

        assertThat(body.toJson()).isEqualTo("{\"bugsBehavior\":\"asRequirements\",\"workingDays\":[\"friday\"],"
                + "\"defaultIteration\":\"" + id + "\"}");
    }

    @Test
    void patch_unknownBugsBehavior_throws() {
        assertThatThrownBy(() -> TeamSettingsPatch.builder().bugsBehavior(BugsBehavior.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bugsBehavior");
    }

    @Test
    void patch_blankMacro_throws() {
        assertThatThrownBy(() -> TeamSettingsPatch.builder().defaultIterationMacro(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("defaultIterationMacro");
    }

    @Test
    void dateRange_reversed_throwsNamingEnds() {
        assertThatThrownBy(() -> new DateRange(Instant.parse("2030-01-02T00:00:00Z"),
                Instant.parse("2030-01-01T00:00:00Z"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("end");
    }

    @Test
    void activity_negativeCapacity_throws() {
        assertThatThrownBy(() -> new Activity(-1.0, "Design")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacityPerDay");
    }

    @Test
    void teamFieldValue_blank_throwsNamingValue() {
        assertThatThrownBy(() -> new TeamFieldValue(" ", true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value");
    }

    @Test
    void cardSettings_copiesLists() {
        var list = new java.util.ArrayList<JsonObject>(List.of(JsonObject.EMPTY));
        var settings = new BoardCardSettings(java.util.Map.of("Bug", list));

        list.clear();

        assertThat(settings.cards().get("Bug")).hasSize(1);
    }
}
