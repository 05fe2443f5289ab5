package ado.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The eight-bytes-at-a-time scan agrees with a byte-by-byte one everywhere. */
class StringDecoderTest {

    private static int naiveScan(byte[] in, int p, int end) {
        while (p < end && in[p] != '"' && in[p] != '\\' && in[p] >= 0x20) {
            p++;
        }
        return p;
    }

    @Property(tries = 3000)
    void scanPlain_anyBytes_findsTheFirstSpecialByte(@ForAll @Size(max = 40) byte[] bytes,
            @ForAll @IntRange(max = 40) int from) {
        int start = Math.min(from, bytes.length);

        assertThat(StringDecoder.scanPlain(bytes, start, bytes.length))
                .isEqualTo(naiveScan(bytes, start, bytes.length));
    }

    @Test
    void scanPlain_eachSpecialByteAtEachPosition_isFound() {
        byte[] specials = {'"', '\\', 0x00, 0x1F, (byte) 0x80, (byte) 0xFF, (byte) 0xC3};
        for (byte special : specials) {
            for (int at = 0; at < 24; at++) {
                byte[] text = "abcdefghijklmnopqrstuvwxyz".getBytes(StandardCharsets.US_ASCII);
                text[at] = special;

                assertThat(StringDecoder.scanPlain(text, 0, text.length)).as("byte %s at %d", special, at)
                        .isEqualTo(at);
            }
        }
    }

    @Test
    void scanPlain_plainText_runsToTheEnd() {
        byte[] text = "plain ASCII text ~ with !#$%&'()*+,-./ and more".getBytes(StandardCharsets.US_ASCII);

        assertThat(StringDecoder.scanPlain(text, 0, text.length)).isEqualTo(text.length);
    }
}
