package ado.model.work;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.Envelope;
import ado.core.json.JsonCodec;
import ado.core.json.JsonObject;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import ado.model.wit.TreeNodeStructureType;
import ado.model.wit.WorkItemClassificationNode;
import ado.model.wit.WorkItemType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Microsoft's examples bind to the planning records with the values they carry. */
class PlanningVectorsTest {

    private static final Path VECTORS = Path.of("../testdata/ado-vectors");
    private static final JsonCodec CODEC = JsonCodec.builtin();

    private static JsonValue part(String vector, String part) throws IOException {
        return ((JsonObject) CODEC.read(Files.readAllBytes(VECTORS.resolve(vector)), JsonType.of(JsonValue.class)))
                .get(part);
    }

    private static <T> T bind(JsonValue json, JsonType<T> type) {
        return CODEC.read(CODEC.write(json), type);
    }

    @Test
    void iterationNode_bindsDatesAndType() throws IOException {
        WorkItemClassificationNode node = bind(part("wit/ClassificationNodes_Get--get-an-iteration.json",
                "response"), JsonType.of(WorkItemClassificationNode.class));

        assertThat(node.structureType()).isEqualTo(TreeNodeStructureType.ITERATION);
        assertThat(node.attributes().startDate()).isEqualTo(Instant.parse("2014-10-27T00:00:00Z"));
        assertThat(node.links()).containsKeys("self", "parent");
    }

    @Test
    void workItemType_bindsTransitionsIncludingInitial() throws IOException {
        WorkItemType bug = bind(part("wit/WorkItemTypes_Get.json", "response"), JsonType.of(WorkItemType.class));

        assertThat(bug.transitions().get("")).singleElement().satisfies(t -> assertThat(t.to()).isEqualTo("New"));
        assertThat(bug.transitions().get("Active")).anySatisfy(t -> assertThat(t.actions())
                .containsExactly("Microsoft.VSTS.Actions.Checkin"));
        assertThat(bug.icon().id()).isEqualTo("icon_insect");
    }

    @Test
    void teamSettings_bindDaysBugsAndArrayLink() throws IOException {
        TeamSetting s = bind(part("work/Teamsettings_Update--update-team-settings-example-1.json", "response"),
                JsonType.of(TeamSetting.class));

        assertThat(s.bugsBehavior()).isEqualTo(BugsBehavior.AS_TASKS);
        assertThat(s.workingDays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY);
        assertThat(s.links().get("classificationNode").toJson()).startsWith("[");
    }

    @Test
    void teamIterationsList_oldValuesArray_bindsItems() throws IOException {
        JsonValue values = ((JsonObject) part("work/Iterations_List--all-team-iterations.json", "response"))
                .get("values");

        List<TeamSettingsIteration> sprints = bind(values, JsonType.listOf(TeamSettingsIteration.class));

        assertThat(sprints).extracting(TeamSettingsIteration::name).startsWith("Sprint 2", "Sprint 3");
        assertThat(sprints.get(0).attributes().startDate()).isNull();
    }

    @Test
    void capacities_bindMemberAndActivities() throws IOException {
        Envelope<TeamMemberCapacity> page = bind(part("work/Capacities_GetCapacitiesWithIdentityRefAndTotals.json",
                "response"), JsonType.of(Envelope.class, TeamMemberCapacity.class));

        assertThat(page.value()).singleElement().satisfies(c -> {
            assertThat(c.teamMember().displayName()).isEqualTo("Chuck Reinhart");
            assertThat(c.activities()).containsExactly(new Activity(4.0, "Design"), new Activity(4.0, "Development"));
        });
    }

    @Test
    void teamFieldValues_bindAreas() throws IOException {
        TeamFieldValues v = bind(part("work/Teamfieldvalues_Get.json", "response"), JsonType.of(TeamFieldValues.class));

        assertThat(v.field().referenceName()).isEqualTo("System.AreaPath");
        assertThat(v.values()).extracting(TeamFieldValue::value).contains("Fabrikam-Fiber\\Auto");
    }
}
