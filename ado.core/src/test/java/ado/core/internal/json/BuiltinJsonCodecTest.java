package ado.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoJsonException;
import ado.core.error.AdoTransportException;
import ado.core.json.JsonCodec;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The codec's own behaviour: instances, streams and write failures. */
class BuiltinJsonCodecTest {

    @Test
    void builtin_default_isOneSharedInstanceNamedBuiltin() {
        assertThat(JsonCodec.builtin()).isSameAs(BuiltinJsonCodec.DEFAULT).isSameAs(JsonCodec.builtin(512));
        assertThat(JsonCodec.builtin().name()).isEqualTo("builtin");
    }

    @Test
    void read_failingStream_isATransportError() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> JsonCodec.builtin().read(broken, JsonType.of(JsonValue.class)))
                .isInstanceOf(AdoTransportException.class)
                .hasMessage("Could not read JSON: connection reset")
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void write_failingStream_isATransportError() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("broken pipe");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("broken pipe");
            }
        };

        assertThatThrownBy(() -> JsonCodec.builtin().write(Map.of("a", 1), broken))
                .isInstanceOf(AdoTransportException.class)
                .hasMessage("Could not write JSON: broken pipe");
    }

    @Test
    void write_mapWithNonStringKey_fails() {
        assertThatThrownBy(() -> JsonCodec.builtin().write(Map.of(1, "a")))
                .isInstanceOf(AdoJsonException.class)
                .hasMessage("Cannot write a map key that is not a string: 1");
    }

    @Test
    void write_unsupportedType_failsNamingIt() {
        assertThatThrownBy(() -> JsonCodec.builtin().write(new Object()))
                .isInstanceOf(AdoJsonException.class)
                .hasMessageStartingWith("Cannot bind java.lang.Object: not a supported type");
    }

    @Test
    void read_nullArguments_areRejected() {
        assertThatThrownBy(() -> JsonCodec.builtin().read((byte[]) null, JsonType.of(JsonValue.class)))
                .isInstanceOf(NullPointerException.class).hasMessage("json == null");
        assertThatThrownBy(() -> JsonCodec.builtin().read(new byte[0], (JsonType<Object>) null))
                .isInstanceOf(NullPointerException.class).hasMessage("type == null");
    }

    @Test
    void toString_namesTheLimit() {
        assertThat(JsonCodec.builtin(7)).hasToString("BuiltinJsonCodec[maxDepth=7]");
    }
}
