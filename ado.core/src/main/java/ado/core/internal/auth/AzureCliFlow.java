package ado.core.internal.auth;

import ado.core.auth.AccessToken;
import ado.core.auth.EntraTokens;
import ado.core.error.AdoConfigurationException;
import ado.core.error.AdoException;
import ado.core.error.AdoTransportException;
import ado.core.json.JsonName;
import ado.core.json.JsonValue;
import ado.core.spi.AccessTokenProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * The signed-in Azure CLI: runs {@code az account get-access-token --output json --resource 499b84ac-...}
 * (optionally {@code --tenant}) with a timeout and reads {@code accessToken} and {@code expires_on} (newer CLIs)
 * or {@code expiresOn} (local time).
 */
public final class AzureCliFlow implements AccessTokenProvider {

    private static final String NAME = "azure-cli";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]");
    private static final int MAX_DETAIL = 300;

    private final TokenContext context;
    private final String tenantId;

    /** Creates the flow; {@code tenantId} may be {@code null} for the CLI's default tenant. */
    public AzureCliFlow(TokenContext context, String tenantId) {
        this.context = context;
        this.tenantId = tenantId;
    }

    /** {@return the command line, {@code az.cmd} on Windows} */
    public List<String> command() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        List<String> command = new ArrayList<>(List.of(windows ? "az.cmd" : "az", "account", "get-access-token",
                "--output", "json", "--resource", EntraTokens.AZURE_DEVOPS_RESOURCE));
        if (tenantId != null) {
            command.addAll(List.of("--tenant", tenantId));
        }
        return List.copyOf(command);
    }

    @Override
    public AccessToken fetchToken() {
        EntraTokens.CommandResult result;
        try {
            result = context.runner().run(command(), context.cliTimeout());
        } catch (IOException e) {
            throw new AdoConfigurationException(NAME + ": the Azure CLI (az) is not installed or not on the PATH ("
                    + e.getClass().getSimpleName() + ")", e);
        } catch (TimeoutException e) {
            throw new AdoTransportException(NAME + ": az did not answer within " + context.cliTimeout().toSeconds()
                    + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdoTransportException(NAME + ": interrupted while waiting for az", e);
        }
        if (result.exitCode() != 0) {
            String detail = firstLines(result.stderr());
            if (detail.contains("az login")) {
                throw new AdoConfigurationException(NAME + ": not logged in; run 'az login"
                        + (tenantId == null ? "" : " --tenant " + tenantId) + "' (" + detail + ")");
            }
            throw new AdoConfigurationException(NAME + ": az exited with code " + result.exitCode()
                    + (detail.isEmpty() ? "" : " (" + detail + ")"));
        }
        CliToken token;
        try {
            token = context.http().codec().read(result.stdout().getBytes(StandardCharsets.UTF_8), CliToken.class);
        } catch (AdoException e) {
            throw new AdoTransportException(NAME + ": az printed output that is not the expected JSON", e);
        }
        if (token == null || token.accessToken() == null || token.accessToken().isBlank()) {
            throw new AdoTransportException(NAME + ": az printed no accessToken", null);
        }
        Instant expiry = Expiry.seconds(token.expiresOnEpoch()).map(Instant::ofEpochSecond)
                .or(() -> local(token.expiresOn()))
                .or(() -> Expiry.jwtExpiry(token.accessToken(), context.http().codec()))
                .orElseThrow(() -> new AdoTransportException(NAME + ": az printed no expiry time", null));
        return new AccessToken(CredentialChecks.headerToken(token.accessToken(), NAME + ": the accessToken az printed"),
                expiry);
    }

    private static Optional<Instant> local(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.strip(), LOCAL).atZone(ZoneId.systemDefault()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The CLI's error lines are about the login state, never the token; still, keep them short. */
    private static String firstLines(String stderr) {
        String text = stderr == null ? "" : stderr.strip().replaceAll("\\s+", " ");
        return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "..." : text;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String toString() {
        return "AzureCliFlow[" + (tenantId == null ? "default tenant" : "tenant=" + tenantId) + "]";
    }

    /**
     * What {@code az account get-access-token} prints. {@link #toString()} hides the token.
     *
     * @param accessToken    the token
     * @param expiresOn      local time such as {@code 2026-11-27 22:38:00.000000}
     * @param expiresOnEpoch seconds since the epoch (Azure CLI 2.54 and later)
     */
    public record CliToken(String accessToken, String expiresOn, @JsonName("expires_on") JsonValue expiresOnEpoch) {

        /** {@return the expiry, with the token hidden} */
        @Override
        public String toString() {
            return "CliToken[accessToken=***, expiresOn=" + expiresOn + ", expires_on=" + expiresOnEpoch + "]";
        }
    }
}
