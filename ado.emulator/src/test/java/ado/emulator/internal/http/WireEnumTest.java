package ado.emulator.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.json.JsonNull;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import org.junit.jupiter.api.Test;

class WireEnumTest {

    @Test
    void parse_nameInAnyCase_answersTheCanonicalName() {
        assertThat(WireEnums.CONTENT_TYPE.parse("BASE64ENCODED", "contentType")).contains("base64Encoded");
        assertThat(WireEnums.VERSION_TYPE.parse(" Commit ", "versionType")).contains("commit");
    }

    @Test
    void parse_integerAsTheGeneratedClientsSendIt_answersItsName() {
        assertThat(WireEnums.VERSION_TYPE.parse("0", "versionType")).contains("branch");
        assertThat(WireEnums.PULL_REQUEST_STATUS.parse(JsonNumber.of(3), "status")).contains("completed");
        assertThat(WireEnums.RECURSION.parse("120", "recursionLevel")).contains("full");
        assertThat(WireEnums.OPERATION.read(JsonObject.builder().put("op", 2).build(), "op")).contains("replace");
    }

    @Test
    void parse_nullBlankOrAbsent_isEmpty() {
        assertThat(WireEnums.VERSION_TYPE.parse((String) null, "versionType")).isEmpty();
        assertThat(WireEnums.VERSION_TYPE.parse("  ", "versionType")).isEmpty();
        assertThat(WireEnums.VERSION_TYPE.parse(JsonNull.INSTANCE, "versionType")).isEmpty();
        assertThat(WireEnums.VERSION_TYPE.read(JsonObject.EMPTY, "versionType")).isEmpty();
    }

    @Test
    void parse_unknownNameOrNumber_is400NamingParameterAndValue() {
        assertThatThrownBy(() -> WireEnums.VERSION_TYPE.parse("9", "versionDescriptor.versionType"))
                .isInstanceOfSatisfying(AdoError.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("'9'").hasMessageContaining("versionDescriptor.versionType")
                .hasMessageContaining("branch, tag, commit");
        assertThatThrownBy(() -> WireEnums.MERGE_STRATEGY.parse("fastForward", "mergeStrategy"))
                .hasMessageContaining("'fastForward'").hasMessageContaining("mergeStrategy");
        assertThatThrownBy(() -> WireEnums.CONTENT_TYPE.parse(JsonNumber.parse("1.5"), "contentType"))
                .hasMessageContaining("1.5");
        assertThatThrownBy(() -> WireEnums.CONTENT_TYPE.parse(JsonValue.parse("true"), "contentType"))
                .hasMessageContaining("contentType");
    }

    @Test
    void parseSet_flagsBitmask_answersItsSingleBitMembers() {
        assertThat(WireEnums.BUILD_STATUS.parseSet("47", "statusFilter"))
                .containsExactlyInAnyOrder("inProgress", "completed", "cancelling", "postponed", "notStarted");
        assertThat(WireEnums.BUILD_STATUS.parseSet("34", "statusFilter"))
                .containsExactlyInAnyOrder("completed", "notStarted");
        assertThat(WireEnums.CHANGE_TYPE.parseSet("10", "changeType")).containsExactlyInAnyOrder("edit", "rename");
    }

    @Test
    void parseSet_namesAndCompositeNames_areExpandedToBits() {
        assertThat(WireEnums.BUILD_STATUS.parseSet("InProgress, notstarted", "statusFilter"))
                .containsExactlyInAnyOrder("inProgress", "notStarted");
        assertThat(WireEnums.BUILD_STATUS.parseSet("all", "statusFilter")).hasSize(5);
        assertThat(WireEnums.BUILD_RESULT.parseSet("0", "resultFilter")).containsExactly("none");
    }

    @Test
    void parseSet_bitmaskWithAnUnknownBit_is400() {
        assertThatThrownBy(() -> WireEnums.BUILD_STATUS.parseSet("64", "statusFilter"))
                .isInstanceOf(AdoError.class).hasMessageContaining("'64'").hasMessageContaining("statusFilter");
    }

    @Test
    void parseSet_plainEnum_readsEachListedValue() {
        assertThat(WireEnums.VERSION_TYPE.parseSet("0,tag", "versionType")).containsExactly("branch", "tag");
    }

    @Test
    void value_answersTheGeneratedClientsInteger() {
        assertThat(WireEnums.BUILD_STATUS.value("notStarted")).isEqualTo(32);
        assertThatThrownBy(() -> WireEnums.BUILD_STATUS.value("running")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void booleans_stringTrueStoredAsBoolean_nullDropped_garbageRefused() {
        JsonObject sent = JsonObject.builder().put("deleteSourceBranch", "true").put("squashMerge", "False")
                .put("bypassPolicy", JsonNull.INSTANCE).put("mergeCommitMessage", "m").build();

        JsonObject typed = WireValues.booleans(sent, "deleteSourceBranch", "squashMerge", "bypassPolicy");

        assertThat(typed.toJson()).isEqualTo("{\"deleteSourceBranch\":true,\"squashMerge\":false,"
                + "\"mergeCommitMessage\":\"m\"}");
        assertThatThrownBy(() -> WireValues.booleans(JsonObject.builder()
                .put("deleteSourceBranch", new JsonString("yes")).build(), "deleteSourceBranch"))
                .isInstanceOf(AdoError.class).hasMessageContaining("deleteSourceBranch").hasMessageContaining("yes");
    }
}
