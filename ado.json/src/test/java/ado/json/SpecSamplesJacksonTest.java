package ado.json;

import static org.assertj.core.api.Assertions.assertThat;

import ado.model.conformance.SpecSamples;
import org.junit.jupiter.api.Test;

/**
 * The Jackson codec binds the spec-shaped sample of every read-bound definition of ado.model's conformance suite
 * and writes back its members, as the built-in codec does in ado.model's {@code SpecSamplesTest} (issue 14: both
 * codecs run the suite).
 */
class SpecSamplesJacksonTest {

    @Test
    void jacksonCodec_specShapedSamples_bindAndWriteBackEveryMember() {
        SpecSamples samples = new SpecSamples();

        var failures = samples.check(Codecs.JACKSON);

        System.out.printf("spec samples (Jackson codec): %d documents bound, %d failures%n", samples.documents(),
                failures.size());
        failures.forEach(f -> System.out.println("  " + f));
        assertThat(samples.documents()).isGreaterThan(150);
        assertThat(failures).isEmpty();
    }
}
