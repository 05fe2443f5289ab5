package ado.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvelopeTest {

    @Test
    void envelope_nullValue_isEmpty() {
        assertThat(new Envelope<String>(0, null).value()).isEmpty();
    }

    @Test
    void envelope_value_isCopiedAndUnmodifiable() {
        var list = new ArrayList<>(List.of("a"));
        var envelope = new Envelope<>(1, list);
        list.add("b");

        assertThat(envelope.value()).containsExactly("a");
        assertThat(envelope.value()).isUnmodifiable();
    }

    @Test
    void envelope_nullItems_areKeptForErrorPolicyOmit() {
        assertThat(new Envelope<>(2, Arrays.asList("a", null)).value()).containsExactly("a", null);
    }
}
