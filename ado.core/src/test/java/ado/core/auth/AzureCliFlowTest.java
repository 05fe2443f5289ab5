package ado.core.auth;

import static ado.core.auth.Flows.NOW;
import static ado.core.auth.Flows.TENANT;
import static ado.core.auth.Flows.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import ado.core.error.AdoConfigurationException;
import ado.core.error.AdoTransportException;
import ado.core.internal.auth.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class AzureCliFlowTest {

    private final List<List<String>> commands = new ArrayList<>();

    private AccessTokenProviderFactory cli(EntraTokens.CommandRunner runner) {
        return tenant -> {
            EntraTokens.CommandRunner recording = (command, timeout) -> {
                commands.add(command);
                return runner.run(command, timeout);
            };
            var flows = EntraTokens.builder().environment(n -> null).clock(Flows.CLOCK).commandRunner(recording)
                    .cliTimeout(Duration.ofSeconds(5)).build();
            return tenant == null ? flows.azureCli() : flows.azureCli(tenant);
        };
    }

    @FunctionalInterface
    private interface AccessTokenProviderFactory {
        ado.core.spi.AccessTokenProvider create(String tenant);
    }

    private static EntraTokens.CommandResult ok(String json) {
        return new EntraTokens.CommandResult(0, json, "");
    }

    @Test
    void azureCli_loggedIn_runsGetAccessTokenForAzureDevOps() {
        String json = "{\"accessToken\":\"" + TOKEN + "\",\"expiresOn\":\"2026-11-27 13:00:00.000000\","
                + "\"expires_on\":" + (NOW.getEpochSecond() + 3000) + ",\"tokenType\":\"Bearer\"}";

        AccessToken token = cli((command, timeout) -> ok(json)).create(TENANT).fetchToken();

        assertThat(token).isEqualTo(new AccessToken(TOKEN, NOW.plusSeconds(3000)));
        assertThat(commands.get(0)).endsWith("account", "get-access-token", "--output", "json", "--resource",
                "499b84ac-1321-427f-aa17-267ca6975798", "--tenant", TENANT);
        assertThat(commands.get(0).get(0)).isIn("az", "az.cmd");
    }

    @Test
    void azureCli_olderCliWithLocalExpiry_readsLocalTime() {
        String json = "{\"accessToken\":\"" + TOKEN + "\",\"expiresOn\":\"2026-11-27 13:00:00.000000\"}";

        AccessToken token = cli((command, timeout) -> ok(json)).create(null).fetchToken();

        assertThat(token.expiresAt()).isEqualTo(LocalDateTime.parse("2026-11-27T13:00:00")
                .atZone(ZoneId.systemDefault()).toInstant());
        assertThat(commands.get(0)).doesNotContain("--tenant");
    }

    @Test
    void azureCli_notInstalled_namesFlowAndCause() {
        var flow = cli((command, timeout) -> {
            throw new IOException("Cannot run program \"az\": error=2, No such file or directory");
        }).create(null);

        assertThatThrownBy(flow::fetchToken).isInstanceOf(AdoConfigurationException.class)
                .hasMessage("azure-cli: the Azure CLI (az) is not installed or not on the PATH (IOException)");
    }

    @Test
    void azureCli_notLoggedIn_saysRunAzLogin() {
        var flow = cli((command, timeout) -> new EntraTokens.CommandResult(1, "",
                "ERROR: Please run 'az login' to setup account.\n")).create(TENANT);

        assertThatThrownBy(flow::fetchToken).isInstanceOf(AdoConfigurationException.class)
                .hasMessage("azure-cli: not logged in; run 'az login --tenant " + TENANT
                        + "' (ERROR: Please run 'az login' to setup account.)");
    }

    @Test
    void azureCli_otherFailure_showsExitCodeAndError() {
        var flow = cli((command, timeout) -> new EntraTokens.CommandResult(2, "", "ERROR: unrecognized argument"))
                .create(null);

        assertThatThrownBy(flow::fetchToken).isInstanceOf(AdoConfigurationException.class)
                .hasMessage("azure-cli: az exited with code 2 (ERROR: unrecognized argument)");
    }

    @Test
    void azureCli_timeout_namesFlowAndLimit() {
        var flow = cli((command, timeout) -> {
            throw new TimeoutException("az did not finish");
        }).create(null);

        assertThatThrownBy(flow::fetchToken).isInstanceOf(AdoTransportException.class)
                .hasMessage("azure-cli: az did not answer within 5 s");
    }

    @Test
    void azureCli_garbageOutput_isTransportFailureWithoutOutput() {
        var flow = cli((command, timeout) -> ok("not json " + TOKEN)).create(null);

        assertThatThrownBy(flow::fetchToken).isInstanceOf(AdoTransportException.class)
                .hasMessage("azure-cli: az printed output that is not the expected JSON")
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void processRunner_missingProgram_throwsIOException() {
        var runner = new ProcessRunner();

        assertThatThrownBy(() -> runner.run(List.of("ado4j-no-such-program-here"), Duration.ofSeconds(5)))
                .isInstanceOf(IOException.class);
    }

    @Test
    void processRunner_program_capturesExitCodeAndOutput() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        assumeThat(Files.isExecutable(java)).isTrue();

        var result = new ProcessRunner().run(List.of(java.toString(), "-version"), Duration.ofSeconds(30));

        assertThat(result.exitCode()).isZero();
        assertThat(result.stderr()).contains("version");
        assertThat(result.toString()).doesNotContain("version");
    }

    @Test
    void processRunner_slowProgram_killedAfterTimeout() {
        Path sleep = Path.of("/bin/sleep");
        assumeThat(Files.isExecutable(sleep)).isTrue();
        long start = System.nanoTime();

        assertThatThrownBy(() -> new ProcessRunner().run(List.of(sleep.toString(), "30"), Duration.ofMillis(300)))
                .isInstanceOf(TimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }
}
