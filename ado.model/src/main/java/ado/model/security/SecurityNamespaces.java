package ado.model.security;

import ado.core.ApiCall;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Security namespaces ({@code _apis/securitynamespaces}) on the organisation scope, {@code client.api()}. */
public final class SecurityNamespaces {

    private SecurityNamespaces() {
    }

    /** {@return every security namespace with its permissions} */
    public static List<SecurityNamespaceDescription> list(ApiCall org) {
        return org.apis("securitynamespaces").get(AccessControlLists.API_VERSION)
                .asList(SecurityNamespaceDescription.class);
    }

    /** {@return namespace {@code namespaceId}; 404 when unknown} */
    public static SecurityNamespaceDescription get(ApiCall org, UUID namespaceId) {
        Objects.requireNonNull(namespaceId, "namespaceId == null");
        List<SecurityNamespaceDescription> list = org.apis("securitynamespaces", namespaceId.toString())
                .get(AccessControlLists.API_VERSION).asList(SecurityNamespaceDescription.class);
        if (list.isEmpty()) {
            throw new IllegalStateException("no security namespace " + namespaceId + " in the answer");
        }
        return list.get(0);
    }
}
