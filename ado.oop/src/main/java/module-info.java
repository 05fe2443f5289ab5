/**
 * The ado4j object layer: {@link ado.oop.AzureDevOpsService} to organisation, project, repository, branch and
 * commit. Objects are unique per service (an identity map with weak values), navigation is free and reads load
 * lazily.
 */
module ado.oop {
    requires transitive ado.model; // objects hand out model records

    exports ado.oop;
}
