/**
 * The ado4j object layer: {@code AzureDevOpsService} to organisation, project, repository and below. Not written
 * yet (emulator and domain issues); the module exists so the graph is in place.
 */
module ado.oop {
    requires transitive ado.model; // objects hand out model records

}
