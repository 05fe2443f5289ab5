package ado.benchmarks;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Bad arguments to {@link UserRun} and {@link BulkTransportRun} fail before any server starts, naming them. */
@Timeout(30)
class BenchmarkArgumentsTest {

    @Test
    void main_slowLinkWithoutBandwidth_isRefusedNamingBothValues() {
        assertThatThrownBy(() -> UserRun.main(new String[] {"--targets", "slow", "--mbps", "0"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--mbps")
                .hasMessageContaining("0 Mbit/s").hasMessageContaining("20 ms");
    }

    @Test
    void main_negativeLatency_isRefused() {
        assertThatThrownBy(() -> UserRun.main(new String[] {"--latency-ms", "-5"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--latency-ms")
                .hasMessageContaining("-5 ms");
    }

    @Test
    void main_unknownArgument_isRefusedNamingIt() {
        assertThatThrownBy(() -> UserRun.main(new String[] {"--targets"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--targets");
    }

    @Test
    void bulkTransportRun_unknownScenario_isRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> BulkTransportRun.main(new String[] {"--scenario", "delete"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delete")
                .hasMessageContaining("read").hasMessageContaining("write");
    }
}
