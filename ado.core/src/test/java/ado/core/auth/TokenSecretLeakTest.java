package ado.core.auth;

import static ado.core.auth.Flows.CLIENT;
import static ado.core.auth.Flows.JOB_TOKEN;
import static ado.core.auth.Flows.NOW;
import static ado.core.auth.Flows.SECRET;
import static ado.core.auth.Flows.TENANT;
import static ado.core.auth.Flows.TOKEN;
import static ado.core.auth.Flows.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;

import ado.core.AdoClient;
import ado.core.auth.TokenServer.Reply;
import ado.core.error.AdoException;
import ado.core.internal.auth.AzureCliFlow;
import ado.core.internal.auth.ClientCredentialFlow;
import ado.core.internal.auth.FederatedAssertions;
import ado.core.internal.auth.TokenResponse;
import ado.core.json.JsonString;
import ado.core.spi.AccessTokenProvider;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the token flows' success and failure paths with logging at ALL and scans every output for secrets. */
class TokenSecretLeakTest {

    private static final String ASSERTION = "federatedASSERTIONdoNotLeak";
    private static final List<String> SECRETS = List.of(SECRET, TOKEN, JOB_TOKEN, ASSERTION);

    private final TokenServer server = TokenServer.start();
    private final List<String> outputs = Collections.synchronizedList(new ArrayList<>());
    private final Logger adoLogger = Logger.getLogger("ado.core");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            outputs.add(record.getLoggerName() + " " + record.getMessage()
                    + (record.getThrown() == null ? "" : " " + text(record.getThrown())));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @TempDir
    Path dir;

    @BeforeEach
    void captureLogs() {
        adoLogger.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(capture);
        adoLogger.setLevel(null);
        server.close();
    }

    private static String text(Throwable t) {
        var out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private void attempt(AccessTokenProvider provider) {
        outputs.add(provider.toString());
        outputs.add(provider.name());
        try {
            outputs.add(provider.fetchToken().toString());
        } catch (AdoException e) {
            outputs.add(text(e));
        }
    }

    @Test
    void tokenFlows_successAndFailurePaths_neverShowSecrets() throws Exception {
        Path file = Files.writeString(dir.resolve("token"), ASSERTION);
        Map<String, String> env = Map.of("AZURE_TENANT_ID", TENANT, "AZURE_CLIENT_ID", CLIENT,
                "AZURE_CLIENT_SECRET", SECRET, "AZURE_FEDERATED_TOKEN_FILE", file.toString(),
                "SYSTEM_OIDCREQUESTURI", server.uri() + "/oidc", "SYSTEM_ACCESSTOKEN", JOB_TOKEN,
                "IDENTITY_ENDPOINT", server.uri() + "/msi", "IDENTITY_HEADER", SECRET);
        EntraTokens.CommandRunner az = (command, timeout) -> new EntraTokens.CommandResult(1, TOKEN,
                "ERROR: Please run 'az login'");
        var flows = Flows.against(server, env).commandRunner(az).build();
        List<AccessTokenProvider> providers = List.of(flows.clientSecret(), flows.clientSecret(TENANT, CLIENT,
                SECRET), flows.workloadIdentity(), flows.managedIdentity(), flows.azureCli(),
                flows.azurePipelines("sc"), flows.defaultChain());

        server.route(TOKEN_PATH, r -> Reply.json(401, "{\"error\":\"invalid_client\"}"))
                .route("/oidc", r -> Reply.json(500, "{\"message\":\"boom\"}"))
                .route("/msi", r -> Reply.json(200, "{\"access_token\":\"" + TOKEN + "\"}"));
        providers.forEach(this::attempt);
        server.route(TOKEN_PATH, r -> Reply.token(TOKEN, 2))
                .route("/oidc", r -> Reply.json(200, "{\"oidcToken\":\"" + ASSERTION + "\"}"));
        providers.forEach(this::attempt);
        server.route("/org/_apis/projects", r -> Reply.json(401, "{}"));
        try {
            AdoClient.builder().organization(URI.create(server.uri() + "/org")).environment(n -> null)
                    .credentials(Credentials.tokenProvider(flows.clientSecret())).build()
                    .api().apis("projects").get("7.1").send();
        } catch (AdoException e) {
            outputs.add(text(e));
        }

        assertThat(outputs).hasSizeGreaterThan(20);
        for (String secret : SECRETS) {
            assertThat(outputs).noneMatch(o -> o.contains(secret));
        }
    }

    @Test
    void internalRecords_toString_hideSecrets() {
        List<Object> values = List.of(
                new TokenResponse(TOKEN, JsonString.of("3599"), null),
                new AzureCliFlow.CliToken(TOKEN, "2026-11-27 13:00:00.000000", null),
                ClientCredentialFlow.Grant.secret(TENANT, CLIENT, SECRET),
                ClientCredentialFlow.Grant.assertion(TENANT, CLIENT, ASSERTION),
                new FederatedAssertions.OidcResponse(ASSERTION),
                new EntraTokens.CommandResult(0, TOKEN, ""),
                new AccessToken(TOKEN, NOW));

        assertThat(values).extracting(Object::toString).allSatisfy(text -> {
            for (String secret : SECRETS) {
                assertThat(text).doesNotContain(secret);
            }
        });
    }
}
