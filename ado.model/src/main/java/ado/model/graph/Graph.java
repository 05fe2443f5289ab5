package ado.model.graph;

import ado.core.ApiCall;
import ado.model.internal.Checks;

/** What the Graph endpoint classes share: the api-version and the descriptor scope. */
final class Graph {

    /** The api-version of the Graph operations. */
    static final String API_VERSION = "7.1-preview.1";

    private Graph() {
    }

    /** {@return {@code _apis/graph/{area}} on the identity host} */
    static ApiCall area(ApiCall vssps, String area) {
        return vssps.apis("graph", area);
    }

    /** {@return {@code descriptor} checked: not blank, no slash} */
    static String descriptor(String descriptor, String field) {
        Checks.nonBlank(descriptor, field);
        if (descriptor.contains("/")) {
            throw new IllegalArgumentException(field + " must not contain '/': " + descriptor);
        }
        return descriptor;
    }
}
