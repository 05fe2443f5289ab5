package ado.model.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonCodec;
import org.junit.jupiter.api.Test;

/** The built-in codec binds a spec-shaped sample of every read-bound definition and writes back its members. */
class SpecSamplesTest {

    @Test
    void builtinCodec_specShapedSamples_bindAndWriteBackEveryMember() {
        SpecSamples samples = new SpecSamples();

        var failures = samples.check(JsonCodec.builtin());

        System.out.printf("spec samples (built-in codec): %d documents bound, %d failures%n", samples.documents(),
                failures.size());
        failures.forEach(f -> System.out.println("  " + f));
        assertThat(samples.documents()).isGreaterThan(150);
        assertThat(failures).isEmpty();
    }
}
