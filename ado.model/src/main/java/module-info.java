/** The typed Azure DevOps REST surface: records validated at construction and one static method per endpoint. */
module ado.model {
    requires transitive ado.core; // ApiCall, JsonValue and the exceptions appear in every signature

    exports ado.model.build;
    exports ado.model.core;
    exports ado.model.dashboard;
    exports ado.model.distributedtask;
    exports ado.model.git;
    exports ado.model.graph;
    exports ado.model.hooks;
    exports ado.model.identity;
    exports ado.model.memberentitlement;
    exports ado.model.notification;
    exports ado.model.pipelines;
    exports ado.model.policy;
    exports ado.model.profile;
    exports ado.model.search;
    exports ado.model.security;
    exports ado.model.serviceendpoint;
    exports ado.model.wiki;
    exports ado.model.wit;
    exports ado.model.work.process;
    exports ado.model.work;
    exports ado.model;
}
