package ado.model.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PolicySettingsTest {

    private static final UUID REPO = UUID.fromString("3411ebc1-d5aa-464f-9615-0b527bc66719");
    private static final PolicyScope MAIN = PolicyScope.branch(REPO, "refs/heads/main");

    private static List<PolicySettings> samples() {
        return List.of(
                PolicySettings.MinimumReviewers.of(2, MAIN),
                new PolicySettings.MinimumReviewers(1, true, null, true, false, true, List.of(MAIN,
                        PolicyScope.defaultBranch(null))),
                new PolicySettings.RequiredReviewers(List.of(UUID.randomUUID().toString()), 1, false, "Ask QA",
                        List.of("/src/*"), List.of(PolicyScope.prefix(REPO, "refs/heads/release/"))),
                PolicySettings.BuildValidation.of(7, MAIN),
                new PolicySettings.BuildValidation(3, true, false, "CI", JsonNumber.parse("720.0"), null,
                        List.of(MAIN)),
                new PolicySettings.CommentResolution(List.of(MAIN)),
                new PolicySettings.WorkItemLinking(List.of(MAIN)),
                new PolicySettings.MergeStrategy(true, false, null, true, List.of(MAIN)),
                new PolicySettings.FileSizeRestriction(104_857_600L, false, List.of(PolicyScope.repository(REPO))),
                new PolicySettings.PathLengthRestriction(248, List.of(PolicyScope.repository(null))),
                new PolicySettings.ReservedNames(List.of(PolicyScope.repository(REPO))),
                new PolicySettings.StatusCheck("ci", "fabrikam", null, true, "CI status", null, List.of(MAIN)));
    }

    @Test
    void parse_toJsonOfEveryTypedRecord_sameRecordBack() {
        for (PolicySettings s : samples()) {
            assertThat(PolicySettings.parse(s.typeId(), s.toJson())).as(s.getClass().getSimpleName()).isEqualTo(s);
        }
    }

    @Test
    void parse_wireText_roundTripsToEqualJson() {
        String wire = "{\"minimumApproverCount\":2,\"creatorVoteCounts\":false,\"allowDownvotes\":false,"
                + "\"resetOnSourcePush\":true,\"scope\":[{\"repositoryId\":\"" + REPO + "\","
                + "\"refName\":\"refs/heads/main\",\"matchKind\":\"Exact\"}]}";
        JsonObject json = (JsonObject) JsonValue.parse(wire);

        PolicySettings parsed = PolicySettings.parse(PolicySettings.MinimumReviewers.TYPE_ID, json);

        assertThat(parsed).isInstanceOf(PolicySettings.MinimumReviewers.class);
        assertThat(parsed.toJson()).isEqualTo(json);
    }

    @Test
    void parse_unknownMember_otherKeepsEverything() {
        JsonObject json = mainReviewers().toBuilder().put("requireVoteOnEachIteration", true).build();

        PolicySettings parsed = PolicySettings.parse(PolicySettings.MinimumReviewers.TYPE_ID, json);

        assertThat(parsed).isEqualTo(new PolicySettings.Other(PolicySettings.MinimumReviewers.TYPE_ID, json));
        assertThat(parsed.toJson()).isEqualTo(json);
    }

    @Test
    void parse_memberOfWrongShape_other() {
        JsonObject json = mainReviewers().toBuilder().put("minimumApproverCount", "two").build();

        assertThat(PolicySettings.parse(PolicySettings.MinimumReviewers.TYPE_ID, json))
                .isInstanceOf(PolicySettings.Other.class);
    }

    @Test
    void parse_invalidValue_other() {
        JsonObject json = mainReviewers().toBuilder().put("minimumApproverCount", 0).build();

        assertThat(PolicySettings.parse(PolicySettings.MinimumReviewers.TYPE_ID, json))
                .isInstanceOf(PolicySettings.Other.class);
    }

    @Test
    void parse_unknownType_other() {
        UUID type = UUID.randomUUID();

        assertThat(PolicySettings.parse(type, mainReviewers())).isEqualTo(new PolicySettings.Other(type,
                mainReviewers()));
    }

    @Test
    void parse_unknownScopeMember_other() {
        JsonObject json = (JsonObject) JsonValue.parse("{\"scope\":[{\"repositoryId\":null,\"refName\":"
                + "\"refs/heads/main\",\"matchKind\":\"Exact\",\"extra\":1}]}");

        assertThat(PolicySettings.parse(PolicySettings.WorkItemLinking.TYPE_ID, json))
                .isInstanceOf(PolicySettings.Other.class);
    }

    @Test
    void minimumReviewers_zero_rejectedNamingField() {
        assertThatThrownBy(() -> PolicySettings.MinimumReviewers.of(0, MAIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimumApproverCount");
    }

    @Test
    void buildValidation_zeroDefinition_rejectedNamingField() {
        assertThatThrownBy(() -> PolicySettings.BuildValidation.of(0, MAIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("buildDefinitionId");
    }

    @Test
    void requiredReviewers_none_rejectedNamingField() {
        assertThatThrownBy(() -> new PolicySettings.RequiredReviewers(List.of(), null, null, null, null,
                List.of(MAIN))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("requiredReviewerIds");
    }

    @Test
    void statusCheck_blankName_rejectedNamingField() {
        assertThatThrownBy(() -> new PolicySettings.StatusCheck(" ", null, null, null, null, null, List.of(MAIN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("statusName");
    }

    @Test
    void scope_exactWithoutRefsPrefix_rejectedNamingField() {
        assertThatThrownBy(() -> PolicyScope.branch(REPO, "main")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refName");
    }

    @Test
    void scope_refNameWithoutMatchKind_rejected() {
        assertThatThrownBy(() -> new PolicyScope(REPO, "refs/heads/main", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("matchKind");
    }

    @Test
    void scope_covers_byMatchKind() {
        assertThat(MAIN.covers(REPO, "refs/heads/main", null)).isTrue();
        assertThat(MAIN.covers(REPO, "refs/heads/main2", null)).isFalse();
        assertThat(MAIN.covers(UUID.randomUUID(), "refs/heads/main", null)).isFalse();
        assertThat(PolicyScope.prefix(null, "refs/heads/release/").covers(REPO, "refs/heads/release/1", null))
                .isTrue();
        assertThat(PolicyScope.defaultBranch(REPO).covers(REPO, "refs/heads/trunk", "refs/heads/trunk")).isTrue();
        assertThat(PolicyScope.repository(REPO).covers(REPO, "refs/heads/any", null)).isTrue();
    }

    @Test
    void definition_toJson_carriesTypeFlagsAndSettings() {
        var settings = PolicySettings.BuildValidation.of(7, MAIN);

        JsonObject json = new PolicyDefinition(settings, true, false).toJson();

        assertThat(json.get("type")).isEqualTo(JsonObject.builder().put("id",
                PolicySettings.BuildValidation.TYPE_ID.toString()).build());
        assertThat(json.get("isBlocking")).isEqualTo(ado.core.json.JsonBoolean.FALSE);
        assertThat(json.get("settings")).isEqualTo(settings.toJson());
    }

    @Test
    void parse_everyMinimumReviewersFlagCombination_roundTrips() {
        Boolean[] values = {null, true, false};
        int checked = 0;
        for (Boolean a : values) {
            for (Boolean b : values) {
                for (Boolean c : values) {
                    for (Boolean d : values) {
                        for (Boolean e : values) {
                            var s = new PolicySettings.MinimumReviewers(1 + checked % 10, a, b, c, d, e,
                                    List.of(MAIN));
                            assertThat(PolicySettings.parse(s.typeId(), s.toJson())).isEqualTo(s);
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(243);
    }

    private static JsonObject mainReviewers() {
        return PolicySettings.MinimumReviewers.of(2, MAIN).toJson();
    }
}
