/** A minimal application of ado4j, as a user would write it: both typed layers against the in-process emulator. */
module example.consumer {
    requires ado.oop;      // the object layer; brings ado.model and ado.core (requires transitive)
    requires ado.emulator; // the in-memory Azure DevOps it runs against
}
