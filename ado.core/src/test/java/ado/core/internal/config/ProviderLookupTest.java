package ado.core.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoConfigurationException;
import ado.core.json.JsonCodec;
import ado.core.spi.JsonCodecProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderLookupTest {

    static final class Low implements JsonCodecProvider {
        @Override
        public JsonCodec create() {
            return JsonCodec.builtin();
        }

        @Override
        public int priority() {
            return 10;
        }
    }

    static final class High implements JsonCodecProvider {
        @Override
        public JsonCodec create() {
            return JsonCodec.builtin();
        }
    }

    static final class AlsoHigh implements JsonCodecProvider {
        @Override
        public JsonCodec create() {
            return JsonCodec.builtin();
        }
    }

    @Test
    void choose_highestPriorityWins() {
        assertThat(ProviderLookup.choose(List.of(new Low(), new High()))).containsInstanceOf(High.class);
    }

    @Test
    void choose_tie_namesBoth() {
        assertThatThrownBy(() -> ProviderLookup.choose(List.of(new High(), new Low(), new AlsoHigh())))
                .isInstanceOf(AdoConfigurationException.class)
                .hasMessageContaining(High.class.getName()).hasMessageContaining(AlsoHigh.class.getName());
    }

    @Test
    void choose_none_isEmpty() {
        assertThat(ProviderLookup.choose(List.of())).isEmpty();
    }

    @Test
    void codec_withoutProviders_isBuiltin() {
        assertThat(ProviderLookup.codec().name()).isEqualTo(JsonCodec.builtin().name());
    }
}
