package ado.model.wit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.json.JsonBoolean;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.model.IdentityRef;
import ado.model.JsonPatchOperation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkItemPatchTest {

    private static final WorkItemFieldName F = WorkItemFieldName.of("Custom.Field");

    @Test
    void wireValue_string_asIs() {
        assertThat(WorkItemPatch.wireValue(WorkItemFieldName.TITLE, "a/b")).isEqualTo(JsonString.of("a/b"));
    }

    @Test
    void wireValue_treePath_slashesBecomeBackslashes() {
        assertThat(WorkItemPatch.wireValue(WorkItemFieldName.AREA_PATH, "P/Web/Api"))
                .isEqualTo(JsonString.of("P\\Web\\Api"));
    }

    @Test
    void wireValue_integers_areIntegers() {
        assertThat(WorkItemPatch.wireValue(F, 3)).isEqualTo(JsonNumber.of(3));
        assertThat(WorkItemPatch.wireValue(F, 3L).toJson()).isEqualTo("3");
    }

    @Test
    void wireValue_doubles_areNumbers() {
        assertThat(((JsonNumber) WorkItemPatch.wireValue(F, 2.5)).doubleValue()).isEqualTo(2.5);
        assertThat(WorkItemPatch.wireValue(F, new BigDecimal("1.25")).toJson()).isEqualTo("1.25");
    }

    @Test
    void wireValue_boolean_isBoolean() {
        assertThat(WorkItemPatch.wireValue(F, true)).isEqualTo(JsonBoolean.of(true));
    }

    @Test
    void wireValue_dates_areUtcIso() {
        assertThat(WorkItemPatch.wireValue(F, OffsetDateTime.parse("2026-01-02T03:04:05+02:00")))
                .isEqualTo(JsonString.of("2026-01-02T01:04:05Z"));
        assertThat(WorkItemPatch.wireValue(F, LocalDate.parse("2026-01-02")))
                .isEqualTo(JsonString.of("2026-01-02T00:00:00Z"));
    }

    @Test
    void wireValue_identityRef_isIdentityObject() {
        UUID id = UUID.randomUUID();

        assertThat(WorkItemPatch.wireValue(WorkItemFieldName.ASSIGNED_TO, IdentityRef.of(id)))
                .isEqualTo(JsonObject.builder().put("id", id.toString()).build());
    }

    @Test
    void wireValue_tagCollection_joinedWithSemicolons() {
        assertThat(WorkItemPatch.wireValue(WorkItemFieldName.TAGS, List.of(" a ", "b", " ")))
                .isEqualTo(JsonString.of("a; b"));
    }

    @Test
    void wireValue_unsupportedType_throwsNamingField() {
        assertThatThrownBy(() -> WorkItemPatch.wireValue(F, new Object()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Custom.Field");
    }

    @Test
    void of_nullValue_removes() {
        var fields = new LinkedHashMap<Object, Object>();
        fields.put("System.Title", "t");
        fields.put(WorkItemFieldName.DESCRIPTION, null);

        assertThat(WorkItemPatch.of(fields)).containsExactly(
                JsonPatchOperation.add("/fields/System.Title", JsonString.of("t")),
                JsonPatchOperation.remove("/fields/System.Description"));
    }

    @Test
    void of_badKey_throws() {
        assertThatThrownBy(() -> WorkItemPatch.of(Map.of(1, "x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("WorkItemFieldName or String");
    }

    @Test
    void testRev_firstOperation() {
        assertThat(WorkItemPatch.builder().testRev(4).build()).containsExactly(
                JsonPatchOperation.test("/rev", JsonNumber.of(4)));
    }

    @Test
    void testRev_zero_throwsNamingRev() {
        assertThatThrownBy(() -> WorkItemPatch.builder().testRev(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rev");
    }

    @Test
    void fieldName_equalityIgnoresCase() {
        assertThat(WorkItemFieldName.of("system.title")).isEqualTo(WorkItemFieldName.TITLE)
                .hasSameHashCodeAs(WorkItemFieldName.TITLE);
    }

    @Test
    void fieldName_notDotted_throwsNamingValue() {
        assertThatThrownBy(() -> WorkItemFieldName.of("Title")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Title'");
    }

    @Test
    void batchRequest_201Ids_throws() {
        List<Integer> ids = java.util.stream.IntStream.rangeClosed(1, 201).boxed().toList();

        assertThatThrownBy(() -> WorkItemBatchRequest.of(ids)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("201");
    }

    @Test
    void batchRequest_fieldsWithExpand_throws() {
        assertThatThrownBy(() -> new WorkItemBatchRequest(List.of(1), List.of("System.Title"), WorkItemExpand.ALL,
                null, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expand");
    }

    @Test
    void links_artifactIds() {
        UUID p = UUID.fromString("a7573007-bbb3-4341-b726-0c4148a07853");
        UUID r = UUID.fromString("3411ebc1-d5aa-464f-9615-0b527bc66719");

        assertThat(WorkItemLinks.commitArtifactId(p, r, "a".repeat(40))).isEqualTo("vstfs:///Git/Commit/" + p
                + "%2F" + r + "%2F" + "a".repeat(40));
        assertThat(WorkItemLinks.build(42).url()).isEqualTo("vstfs:///Build/Build/42");
        assertThat(WorkItemLinks.pullRequest(p, r, 7).attributes().string("name")).contains("Pull Request");
    }

    @Test
    void links_artifactWithoutVstfs_throws() {
        assertThatThrownBy(() -> WorkItemLinks.artifact("http://x", "Build"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vstfs");
    }

    @Test
    void tags_parseAndJoin_ignoreCaseKeepFirst() {
        assertThat(WorkItemTags.parse(" a; B ;A;; b")).containsExactly("a", "B");
        assertThat(WorkItemTags.join(List.of("x", "X ", "y"))).isEqualTo("x; y");
    }

    @Test
    void tags_joinWithSemicolon_throws() {
        assertThatThrownBy(() -> WorkItemTags.join(List.of("a;b"))).isInstanceOf(IllegalArgumentException.class);
    }
}
