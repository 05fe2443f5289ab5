package ado.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonNames;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Enum wire names in lower camel case. */
class EnumAdapterTest {

    @ParameterizedTest
    @CsvSource({"ACTIVE, active", "IN_PROGRESS, inProgress", "SOURCE_RENAME_X, sourceRenameX", "A1_B2, a1B2",
            "inProgress, inProgress", "Active, active", "X, x"})
    void lowerCamel_constantName_isTheWireName(String name, String expected) {
        assertThat(JsonNames.lowerCamel(name)).isEqualTo(expected);
    }
}
