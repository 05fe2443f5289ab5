/** The typed Azure DevOps REST surface: records validated at construction and one static method per endpoint. */
module ado.model {
    requires transitive ado.core; // ApiCall, JsonValue and the exceptions appear in every signature

    exports ado.model;
    exports ado.model.core;
    exports ado.model.git;
    exports ado.model.graph;
    exports ado.model.identity;
    exports ado.model.memberentitlement;
    exports ado.model.profile;
    exports ado.model.search;
    exports ado.model.security;
    exports ado.model.wit;
}
