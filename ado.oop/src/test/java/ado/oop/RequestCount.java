package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;

import ado.emulator.AdoEmulator;
import java.util.function.Supplier;

/** Asserts how many requests an object-layer call sends, from the emulator's request log. */
final class RequestCount {

    private RequestCount() {
    }

    /** {@return what {@code call} returns, after asserting it sent exactly {@code expected} requests} */
    static <T> T expect(AdoEmulator emulator, long expected, Supplier<T> call) {
        long before = emulator.requests().total();
        T value = call.get();
        assertThat(emulator.requests().total() - before).as("requests").isEqualTo(expected);
        return value;
    }
}
