package ado.identity;

import ado.core.auth.AccessToken;
import ado.core.auth.EntraTokens;
import ado.core.error.AdoConfigurationException;
import ado.core.spi.AccessTokenProvider;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.identity.DefaultAzureCredentialBuilder;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Tokens for Azure DevOps from an Azure Identity {@link TokenCredential}, requested with the scope
 * {@value EntraTokens#AZURE_DEVOPS_SCOPE}. ado.core caches each token and asks again shortly before it expires.
 *
 * <pre>{@code
 * var certificate = new ClientCertificateCredentialBuilder().tenantId(tenant).clientId(clientId)
 *         .pemCertificate("sp.pem").build();
 * AdoClient client = AdoClient.builder().organization("fabrikam")
 *         .credentials(Credentials.tokenProvider(AzureIdentityTokenProvider.of(certificate))).build();
 * }</pre>
 *
 * <p>Thread-safe. Messages name the credential and the cause, never a token.
 */
public final class AzureIdentityTokenProvider implements AccessTokenProvider {

    private static final int MAX_DETAIL = 500;

    private final String credentialName;
    private final Supplier<TokenCredential> factory;
    private volatile TokenCredential credential;

    /**
     * Uses {@code DefaultAzureCredential}, built on the first {@link #fetchToken()} (not here, so that finding
     * this provider with {@link java.util.ServiceLoader} costs nothing and cannot fail).
     */
    public AzureIdentityTokenProvider() {
        this("DefaultAzureCredential", () -> new DefaultAzureCredentialBuilder().build());
    }

    private AzureIdentityTokenProvider(String credentialName, Supplier<TokenCredential> factory) {
        this.credentialName = credentialName;
        this.factory = factory;
    }

    /**
     * {@return a provider asking {@code credential}, such as a certificate or device-code credential}
     *
     * @param credential the Azure Identity credential to ask; it must be thread-safe, as Azure Identity's are
     */
    public static AzureIdentityTokenProvider of(TokenCredential credential) {
        Objects.requireNonNull(credential, "credential == null");
        return new AzureIdentityTokenProvider(credential.getClass().getSimpleName(), () -> credential);
    }

    /**
     * {@return a token from the credential}
     *
     * @throws AdoConfigurationException if the credential cannot be built or gives no token; the message names
     *                                   the credential and Azure Identity's reason
     */
    @Override
    public AccessToken fetchToken() {
        var request = new TokenRequestContext().addScopes(EntraTokens.AZURE_DEVOPS_SCOPE);
        com.azure.core.credential.AccessToken token;
        try {
            token = credential().getTokenSync(request);
        } catch (RuntimeException e) {
            throw new AdoConfigurationException(name() + ": no token (" + e.getClass().getSimpleName()
                    + detail(e) + ")", e);
        }
        if (token == null || token.getToken() == null || token.getToken().isBlank() || token.getExpiresAt() == null) {
            throw new AdoConfigurationException(name() + ": the credential returned no token");
        }
        return new AccessToken(token.getToken(), token.getExpiresAt().toInstant());
    }

    private TokenCredential credential() {
        TokenCredential current = credential;
        if (current == null) {
            synchronized (this) {
                current = credential;
                if (current == null) {
                    current = Objects.requireNonNull(factory.get(), "credential factory returned null");
                    credential = current;
                }
            }
        }
        return current;
    }

    private static String detail(RuntimeException e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return "";
        }
        String text = message.strip().replaceAll("\\s+", " ");
        return ": " + (text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "..." : text);
    }

    /** {@return {@code azure-identity (<credential class>)}} */
    @Override
    public String name() {
        return "azure-identity (" + credentialName + ")";
    }

    @Override
    public String toString() {
        return "AzureIdentityTokenProvider[" + credentialName + "]";
    }
}
