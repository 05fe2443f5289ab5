package ado.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The byte scan finds each problem at its exact offset, whether or not it falls in an 8-byte fast-path word. */
class StrictInputTest {

    private static byte[] withAt(String filler, int at, byte... bad) {
        byte[] prefix = filler.substring(0, at).getBytes(StandardCharsets.US_ASCII);
        byte[] suffix = filler.substring(at).getBytes(StandardCharsets.US_ASCII);
        byte[] result = new byte[prefix.length + bad.length + suffix.length];
        System.arraycopy(prefix, 0, result, 0, prefix.length);
        System.arraycopy(bad, 0, result, prefix.length, bad.length);
        System.arraycopy(suffix, 0, result, prefix.length + bad.length, suffix.length);
        return result;
    }

    private static final String FILLER = "[\"abcdefghijklmnopqrstuvwxyz0123456789 ABCDEFGHIJ\"]";

    @Test
    void firstProblem_controlByteAtAnyOffset_isFoundThere() {
        for (int at = 2; at < 40; at++) {
            assertThat(StrictInput.firstProblem(withAt(FILLER, at, (byte) 0x01))).as("offset %d", at).isEqualTo(at);
        }
    }

    @Test
    void firstProblem_invalidUtf8AtAnyOffset_isFoundThere() {
        for (int at = 2; at < 40; at++) {
            assertThat(StrictInput.firstProblem(withAt(FILLER, at, (byte) 0xC0, (byte) 0x80))).isEqualTo(at);
        }
    }

    @Test
    void firstProblem_loneSurrogateEscapeAtAnyOffset_isFoundThere() {
        for (int at = 2; at < 40; at++) {
            byte[] escape = "\\ud800".getBytes(StandardCharsets.US_ASCII);
            assertThat(StrictInput.firstProblem(withAt(FILLER, at, escape))).isEqualTo(at);
        }
    }

    @Test
    void firstProblem_validEscapesAndUnicode_areFine() {
        String json = "[\"tab\\t quote\\\" slash\\\\ pair\\ud83d\\ude00 é 😀 \\u0041\", \"\\\\ud800 is text\"]\n";

        assertThat(StrictInput.firstProblem(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
    }

    @Test
    void firstProblem_encodedSurrogateAndTooHighCodePoint_areProblems() {
        assertThat(StrictInput.firstProblem(withAt(FILLER, 20, (byte) 0xED, (byte) 0xA0, (byte) 0x80))).isEqualTo(20);
        assertThat(StrictInput.firstProblem(withAt(FILLER, 21, (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80)))
                .isEqualTo(21);
    }

    @Test
    void firstProblem_afterValidMarkedBytesInTheSameWord_isFoundThere() {
        byte[][] harmless = {
            "\u00e9".getBytes(StandardCharsets.UTF_8),
            "\\n".getBytes(StandardCharsets.US_ASCII),
            "\ud83d\ude00".getBytes(StandardCharsets.UTF_8),
            "\\ud83d\\ude00".getBytes(StandardCharsets.US_ASCII),
            {'\t'}};
        for (byte[] first : harmless) {
            for (int at = 2; at < 24; at++) {
                for (int gap = 0; gap < 9; gap++) {
                    byte[] bad = new byte[first.length + gap + 1];
                    System.arraycopy(first, 0, bad, 0, first.length);
                    java.util.Arrays.fill(bad, first.length, first.length + gap, (byte) 'x');
                    bad[bad.length - 1] = 0x02;
                    assertThat(StrictInput.firstProblem(withAt(FILLER, at, bad)))
                            .as("%s at %d, gap %d", new String(first, StandardCharsets.UTF_8), at, gap)
                            .isEqualTo(at + first.length + gap);
                }
            }
        }
    }
}
