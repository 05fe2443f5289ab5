package ado.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoJsonException;
import ado.core.json.JsonType;
import ado.json.Fixtures.Checked;
import ado.json.Fixtures.Scalars;
import org.junit.jupiter.api.Test;

/**
 * Where JacksonCodec knowingly differs from the built-in codec: stricter, never laxer. Each difference fails with
 * an AdoJsonException where the built-in codec accepts the input.
 */
class JacksonDifferencesTest {

    @Test
    void duplicateRecordMember_builtinTakesTheLast_jacksonRejects() {
        String json = "{\"id\":1,\"id\":2}";

        assertThat(Codecs.BUILTIN.read(json, JsonType.of(Checked.class))).isEqualTo(new Checked(2));
        assertThatThrownBy(() -> Codecs.JACKSON.read(json, JsonType.of(Checked.class)))
                .isInstanceOf(AdoJsonException.class)
                .satisfies(e -> assertThat(((AdoJsonException) e).path()).isEqualTo("$.id"));
    }

    @Test
    void integralFloatForInt_builtinAccepts_jacksonRejects() {
        String json = "{\"i\":1.0}";

        assertThat(Codecs.BUILTIN.read(json, JsonType.of(Scalars.class)).i()).isEqualTo(1);
        assertThatThrownBy(() -> Codecs.JACKSON.read(json, JsonType.of(Scalars.class)))
                .isInstanceOf(AdoJsonException.class)
                .satisfies(e -> assertThat(((AdoJsonException) e).path()).isEqualTo("$.i"));
    }
}
