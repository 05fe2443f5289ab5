package ado.json;

import ado.core.json.JsonCodec;
import java.util.stream.Stream;

/** The codecs every contract test runs against. */
final class Codecs {

    static final JsonCodec BUILTIN = JsonCodec.builtin();
    static final JsonCodec JACKSON = JacksonCodec.create();

    private Codecs() {
    }

    /** {@return the built-in codec and the Jackson codec} */
    static Stream<JsonCodec> both() {
        return Stream.of(BUILTIN, JACKSON);
    }
}
