package ado.core.internal.config;

import ado.core.HttpLogLevel;
import ado.core.auth.Credentials;
import ado.core.error.AdoConfigurationException;
import ado.core.spi.AccessTokenProvider;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the environment contributes when the builder leaves something unset: the organisation
 * ({@code AZURE_DEVOPS_ORG}, then Azure Pipelines' {@code SYSTEM_TEAMFOUNDATIONCOLLECTIONURI}) and the credentials
 * ({@code AZURE_DEVOPS_EXT_PAT}, then Azure Pipelines' {@code SYSTEM_ACCESSTOKEN} as Bearer, then a discovered
 * {@link AccessTokenProvider}, else anonymous). Blank variables count as unset.
 */
public final class Environment {

    private final Function<String, String> variables;

    /** Reads variables from {@code variables} (usually {@code System::getenv}). */
    public Environment(Function<String, String> variables) {
        this.variables = variables;
    }

    /**
     * {@return the organisation URL}
     *
     * @throws AdoConfigurationException if none is configured
     */
    public URI organization(URI configured) {
        if (configured != null) {
            return configured;
        }
        return variable("AZURE_DEVOPS_ORG").map(v -> OrganizationUrls.parse(v, "AZURE_DEVOPS_ORG"))
                .or(() -> variable("SYSTEM_TEAMFOUNDATIONCOLLECTIONURI")
                        .map(v -> OrganizationUrls.parse(v, "SYSTEM_TEAMFOUNDATIONCOLLECTIONURI")))
                .orElseThrow(() -> new AdoConfigurationException("No Azure DevOps organisation: call "
                        + "AdoClient.Builder.organization(...) or set AZURE_DEVOPS_ORG"));
    }

    /** {@return the credentials to use} */
    public Credentials credentials(Credentials configured, Supplier<Optional<AccessTokenProvider>> discovered) {
        if (configured != null) {
            return configured;
        }
        return variable("AZURE_DEVOPS_EXT_PAT").map(Credentials::pat)
                .or(() -> variable("SYSTEM_ACCESSTOKEN").map(Credentials::bearer))
                .or(() -> discovered.get().map(Credentials::tokenProvider))
                .orElseGet(Credentials::anonymous);
    }

    /**
     * {@return the HTTP log level}: {@code configured} if set, else the system property {@code ado4j.httpLog}, else
     * the variable {@code ADO4J_HTTP_LOG}, else {@link HttpLogLevel#NONE}; read once, when the client is built
     *
     * @param properties where system properties are read from (usually {@code System::getProperty})
     * @throws AdoConfigurationException naming the property or variable if it names no level
     */
    public HttpLogLevel httpLog(HttpLogLevel configured, Function<String, String> properties) {
        if (configured != null) {
            return configured;
        }
        String property = properties.apply("ado4j.httpLog");
        if (property != null && !property.isBlank()) {
            return level(property, "system property ado4j.httpLog");
        }
        return variable("ADO4J_HTTP_LOG").map(v -> level(v, "ADO4J_HTTP_LOG")).orElse(HttpLogLevel.NONE);
    }

    private static HttpLogLevel level(String value, String source) {
        try {
            return HttpLogLevel.parse(value);
        } catch (IllegalArgumentException e) {
            throw new AdoConfigurationException(source + ": " + e.getMessage());
        }
    }

    private Optional<String> variable(String name) {
        return Optional.ofNullable(variables.apply(name)).filter(v -> !v.isBlank());
    }
}
