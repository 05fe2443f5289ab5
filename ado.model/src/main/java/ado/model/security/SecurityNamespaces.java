package ado.model.security;

import ado.core.ApiCall;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Security namespaces ({@code _apis/securitynamespaces}) on the organisation scope, {@code client.api()}. */
public final class SecurityNamespaces {

    private SecurityNamespaces() {
    }

    /**
     * {@return every security namespace with its permissions}
     *
     * @param org the organisation scope ({@code client.api()})
     */
    public static List<SecurityNamespaceDescription> list(ApiCall org) {
        return org.apis("securitynamespaces").get(AccessControlLists.API_VERSION)
                .asList(SecurityNamespaceDescription.class);
    }

    /**
     * {@return namespace {@code namespaceId}}
     *
     * @param org         the organisation scope ({@code client.api()})
     * @param namespaceId the namespace id, such as {@link AccessControlLists#GIT_REPOSITORIES}
     * @throws ado.core.error.AdoNotFoundException if ADO answers 404
     * @throws IllegalStateException               if the answer holds no namespace
     * @throws NullPointerException                if {@code namespaceId} is null
     */
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
