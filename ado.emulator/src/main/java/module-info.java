/**
 * An in-memory Azure DevOps on {@code jdk.httpserver}, for tests and the demo. Not written yet (emulator issue);
 * it never requires {@code ado.model}, so that it writes the wire format itself.
 */
module ado.emulator {
    requires ado.core;       // JsonValue for writing wire JSON
    requires jdk.httpserver; // the HTTP server

}
