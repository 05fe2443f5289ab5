/**
 * An in-memory Azure DevOps on {@code jdk.httpserver}, for tests, demos and benchmarks. It never requires
 * {@code ado.model}: it writes the wire format itself, so a wrong field name in a model record fails a test instead
 * of being mirrored. Start it with {@link ado.emulator.AdoEmulator#start()}; JUnit 5 tests can use
 * {@code ado.emulator.junit.AdoEmulatorExtension} (JUnit is an optional dependency).
 */
module ado.emulator {
    requires transitive ado.core;  // AdoClient in the API; JsonValue for writing wire JSON
    requires jdk.httpserver;       // the HTTP server
    requires static org.junit.jupiter.api; // only for ado.emulator.junit; absent at run time unless tests use it

    exports ado.emulator;
    exports ado.emulator.junit;
}
