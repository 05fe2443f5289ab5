/** The ado4j demo app: runs a scripted scenario against the embedded emulator or a real organisation. */
module ado.demo {
    requires ado.oop;             // the object layer the demo shows
    requires static ado.emulator; // the in-memory Azure DevOps it runs against by default, when it is present
}
