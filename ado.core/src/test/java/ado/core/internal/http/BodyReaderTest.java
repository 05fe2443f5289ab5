package ado.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodyReaderTest {

    private static ByteArrayInputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bytes_announcedLength_readsExactly() throws Exception {
        assertThat(BodyReader.BYTES.read(body("{\"a\":1}"), 7)).asString().isEqualTo("{\"a\":1}");
    }

    @Test
    void bytes_unknownLength_readsAll() throws Exception {
        assertThat(BodyReader.BYTES.read(body("{\"a\":1}"), -1)).asString().isEqualTo("{\"a\":1}");
    }

    @Test
    void bytes_bodyShorterThanAnnounced_failsAsTruncated() {
        assertThatThrownBy(() -> BodyReader.BYTES.read(body("{\"a\""), 7))
                .isInstanceOf(EOFException.class).hasMessageContaining("4 of 7 bytes");
    }

    @Test
    void bytes_bodyLongerThanAnnounced_losesNothing() throws Exception {
        assertThat(BodyReader.BYTES.read(body("{\"a\":1}  "), 7)).asString().isEqualTo("{\"a\":1}  ");
    }

    @Test
    void bytes_emptyBodyWithZeroLength_isEmpty() throws Exception {
        assertThat(BodyReader.BYTES.read(body(""), 0)).isEmpty();
    }
}
