package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EmulatorClockTest {

    private static final Instant START = Instant.parse("2024-05-01T10:00:00Z");

    @Test
    void frozen_advance_movesExactly() {
        EmulatorClock clock = EmulatorClock.frozenAt(START);

        clock.advance(Duration.ofMinutes(3));

        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(3)));
        assertThat(clock.isFrozen()).isTrue();
    }

    @Test
    void system_advance_runsAhead() {
        EmulatorClock clock = EmulatorClock.system();

        clock.advance(Duration.ofDays(1));

        assertThat(clock.instant()).isAfter(Instant.now().plus(Duration.ofHours(23)));
        assertThat(clock.isFrozen()).isFalse();
    }

    @Test
    void advance_negative_throwsNamingAmount() {
        assertThatThrownBy(() -> EmulatorClock.system().advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
    }

    @Test
    void emulator_clockStart_isTheEmulatorsTime() {
        try (AdoEmulator emulator = AdoEmulator.builder().clock(START).start()) {
            assertThat(emulator.clock().instant()).isEqualTo(START);
        }
    }

    @Test
    void pipelines_failingTaskWithoutFailures_throws() {
        try (AdoEmulator emulator = AdoEmulator.builder().clock(START).start()) {
            assertThatThrownBy(() -> emulator.pipelines().define("Fabrikam-Fiber-Git", "x")
                    .stage("S", s -> s.job("J", j -> j.failingTask("t", 0))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("failedAttempts");
        }
    }

    @Test
    void pipelines_stageWithoutJobs_throws() {
        try (AdoEmulator emulator = AdoEmulator.builder().clock(START).start()) {
            assertThatThrownBy(() -> emulator.pipelines().define("Fabrikam-Fiber-Git", "x").stage("Empty", s -> { }))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Empty");
        }
    }

    @Test
    void pipelines_blankName_throws() {
        try (AdoEmulator emulator = AdoEmulator.builder().clock(START).start()) {
            assertThatThrownBy(() -> emulator.pipelines().define("Fabrikam-Fiber-Git", " "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        }
    }
}
