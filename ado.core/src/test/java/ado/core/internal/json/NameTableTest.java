package ado.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Component lookup by the bytes of a member name. */
class NameTableTest {

    private static final NameTable TABLE = new NameTable(new String[] {"id", "title", null, "_links", "é"});

    private static int find(String text, int offset, int guess) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return TABLE.find(bytes, offset, bytes.length - offset, guess);
    }

    @Test
    void find_knownName_returnsItsIndex() {
        assertThat(find("title", 0, 0)).isEqualTo(1);
        assertThat(find("_links", 0, 0)).isEqualTo(3);
        assertThat(find("é", 0, 0)).isEqualTo(4);
    }

    @Test
    void find_nameInsideALargerArray_matchesTheSlice() {
        assertThat(find("xxid", 2, 0)).isEqualTo(0);
    }

    @Test
    void find_unknownOrPrefixName_returnsMinusOne() {
        assertThat(find("tit", 0, 1)).isEqualTo(-1);
        assertThat(find("titles", 0, 1)).isEqualTo(-1);
        assertThat(find("", 0, 0)).isEqualTo(-1);
    }

    @Test
    void find_guessBeyondTheNames_stillFinds() {
        assertThat(find("id", 0, 99)).isEqualTo(0);
    }

    @Test
    void contains_nullSlot_isNeverMatched() {
        assertThat(TABLE.contains("id")).isTrue();
        assertThat(TABLE.contains("other")).isFalse();
    }

    @Test
    void find_manyNames_findsEach() {
        String[] names = new String[300];
        for (int i = 0; i < names.length; i++) {
            names[i] = "field" + i;
        }
        var table = new NameTable(names);

        for (int i = 0; i < names.length; i++) {
            byte[] bytes = names[i].getBytes(StandardCharsets.UTF_8);
            assertThat(table.find(bytes, 0, bytes.length, 0)).isEqualTo(i);
        }
    }
}
