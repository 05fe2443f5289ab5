package ado.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonNamesTest {

    enum Status { IN_PROGRESS, @JsonName("sourceRename") SOURCE_RENAME, Active }

    @Test
    void wireName_plainConstant_isLowerCamel() {
        assertThat(JsonNames.wireName(Status.IN_PROGRESS)).isEqualTo("inProgress");
    }

    @Test
    void wireName_annotatedConstant_isTheAnnotation() {
        assertThat(JsonNames.wireName(Status.SOURCE_RENAME)).isEqualTo("sourceRename");
    }

    @Test
    void wireName_mixedCaseConstant_losesOnlyItsCapital() {
        assertThat(JsonNames.wireName(Status.Active)).isEqualTo("active");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "title|.title",
        "System.Title|['System.Title']",
        "_links|._links",
        "$type|.$type",
        "9lives|['9lives']",
        "it's|['it\\'s']",
        "''|['']"})
    void appendPathMember_name_isDotOrBracketed(String name, String expected) {
        var sb = new StringBuilder("$");
        JsonNames.appendPathMember(sb, name == null ? "" : name);
        assertThat(sb.toString()).isEqualTo("$" + expected);
    }
}
