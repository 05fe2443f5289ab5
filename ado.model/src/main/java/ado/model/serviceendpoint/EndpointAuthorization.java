package ado.model.serviceendpoint;

import ado.model.internal.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a service endpoint authenticates: a scheme ({@code UsernamePassword}, {@code Token},
 * {@code ServicePrincipal}, {@code WorkloadIdentityFederation}, ...) and its parameters. Azure DevOps never
 * returns secret parameters: they read as {@code null}, and sending one back as {@code null} keeps the stored
 * value. {@link #toString()} shows parameter names only.
 *
 * @param scheme     the scheme, not blank
 * @param parameters the parameters by name; a value may be {@code null} (a secret the server keeps); empty when absent
 */
public record EndpointAuthorization(String scheme, Map<String, String> parameters) {

    /**
     * Checks the scheme and copies the parameters (keeping {@code null} values).
     *
     * @param scheme     the scheme, not blank
     * @param parameters the parameters by name; a value may be {@code null} (a secret the server keeps); empty when
     *                   absent
     * @throws NullPointerException     if {@code scheme} or a parameter name is null
     * @throws IllegalArgumentException if {@code scheme} or a parameter name is blank
     */
    public EndpointAuthorization {
        Checks.nonBlank(scheme, "scheme");
        var copy = new LinkedHashMap<String, String>();
        if (parameters != null) {
            parameters.forEach((k, v) -> copy.put(Checks.nonBlank(k, "parameters key"), v));
        }
        parameters = Collections.unmodifiableMap(copy);
    }

    /**
     * {@return authorization {@code scheme} with {@code parameters}}
     *
     * @param scheme     the scheme, such as {@code UsernamePassword} or {@code Token}
     * @param parameters the parameters by name, such as {@code apitoken}; {@code null} for none
     * @throws NullPointerException     if {@code scheme} or a parameter name is null
     * @throws IllegalArgumentException if {@code scheme} or a parameter name is blank
     */
    public static EndpointAuthorization of(String scheme, Map<String, String> parameters) {
        return new EndpointAuthorization(scheme, parameters);
    }

    @Override
    public String toString() {
        return "EndpointAuthorization[scheme=" + scheme + ", parameters=" + parameters.keySet() + "]";
    }
}
