/** The typed Azure DevOps REST surface: records validated at construction and one static method per endpoint. */
module ado.model {
    requires transitive ado.core; // ApiCall, JsonValue and the exceptions appear in every signature

    exports ado.model;
    exports ado.model.core;
    exports ado.model.dashboard;
    exports ado.model.git;
    exports ado.model.hooks;
    exports ado.model.notification;
    exports ado.model.policy;
    exports ado.model.profile;
    exports ado.model.security;
    exports ado.model.wiki;
    exports ado.model.wit;
}
