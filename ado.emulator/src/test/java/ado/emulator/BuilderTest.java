package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BuilderTest {

    @Test
    void organization_withSlash_rejected() {
        assertThatThrownBy(() -> AdoEmulator.builder().organization("a/b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a/b");
    }

    @Test
    void pat_blank_rejected() {
        assertThatThrownBy(() -> AdoEmulator.builder().pat(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pat");
    }

    @Test
    void latency_negative_rejected() {
        assertThatThrownBy(() -> AdoEmulator.builder().latency(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("latency");
    }

    @Test
    void port_outOfRange_rejected() {
        assertThatThrownBy(() -> AdoEmulator.builder().port(70_000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("70000");
    }

    @Test
    void threads_zero_rejected() {
        assertThatThrownBy(() -> AdoEmulator.builder().threads(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threads");
    }

    @Test
    void start_defaults_randomPatNotInToString() {
        try (AdoEmulator emulator = AdoEmulator.start()) {
            assertThat(emulator.pat()).hasSizeGreaterThanOrEqualTo(32);
            assertThat(emulator.toString()).doesNotContain(emulator.pat()).contains(emulator.url().toString());
            assertThat(emulator.url().getHost()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void close_twice_isHarmless() {
        AdoEmulator emulator = AdoEmulator.builder().seeded(false).start();
        emulator.close();
        emulator.close();

        assertThatThrownBy(() -> new Raw(emulator).get("/_apis/projects")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void git_createRepositoryTwice_rejected() {
        try (AdoEmulator emulator = AdoEmulator.start()) {
            emulator.git().createRepository("Contoso-Web", "r");

            assertThatThrownBy(() -> emulator.git().createRepository("Contoso-Web", "r"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("r");
        }
    }
}
