package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Microsoft's own client on the emulator: {@code src/test/node/scenario.js} drives it with azure-devops-node-api
 * (pinned in {@code package-lock.json}) with the client's defaults: resource-location discovery, integer enums,
 * the client's URL building and error handling. The dependencies are installed once with {@code npm ci} into
 * {@code src/test/node/node_modules} (git-ignored). Skipped, saying why, only when {@code node} is not on the path.
 */
class NodeClientScenarioTest {

    private static final Path SCENARIO_DIR = Path.of("src", "test", "node");
    /** Every step the scenario must report, in order; a step that goes missing fails as surely as one that fails. */
    private static final List<String> STEPS = List.of("projects", "teams", "repositories", "refs", "items",
            "commits", "push", "pull request created", "pull request reviewed", "pull request completed",
            "work items created", "work item updated", "work items batch-read", "wiql", "build queued",
            "builds listed", "build timeline", "pipeline run", "variable group read", "variable group updated",
            "graph users", "404");

    @BeforeAll
    static void installClient() throws Exception {
        String node = version("node");
        Assumptions.assumeTrue(node != null, () -> {
            String why = "node is not on the PATH: the azure-devops-node-api scenario is skipped";
            System.out.println("NodeClientScenarioTest: " + why);
            return why;
        });
        Path installed = SCENARIO_DIR.resolve("node_modules/azure-devops-node-api/package.json");
        Path lockCopy = SCENARIO_DIR.resolve("node_modules/.package-lock.json");
        if (!Files.exists(installed) || !Files.exists(lockCopy)
                || Files.getLastModifiedTime(lockCopy).compareTo(
                Files.getLastModifiedTime(SCENARIO_DIR.resolve("package-lock.json"))) < 0) {
            Result npm = run(List.of(npm(), "ci", "--no-audit", "--no-fund", "--loglevel=error"), Map.of(), 300);
            assertThat(npm.exit()).as("npm ci failed:%n%s", npm.output()).isZero();
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void scenario_overHttp_everyStepPasses() throws Exception {
        try (AdoEmulator emulator = AdoEmulator.start()) {
            assertEveryStepPasses(scenario(emulator, Map.of()));
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void scenario_overHttpsWithTheEmulatorsCertificate_everyStepPasses() throws Exception {
        try (AdoEmulator emulator = AdoEmulator.builder().httpsSelfSigned().start()) {
            Path pem = Files.createTempFile("ado-emulator", ".pem");
            try {
                Files.writeString(pem, emulator.certificatePem());
                assertEveryStepPasses(scenario(emulator, Map.of("NODE_EXTRA_CA_CERTS", pem.toString())));
            } finally {
                Files.deleteIfExists(pem);
            }
        }
    }

    private static void assertEveryStepPasses(Map<String, JsonObject> steps) {
        var failed = new ArrayList<String>();
        steps.forEach((name, step) -> {
            boolean ok = step.get("ok") instanceof ado.core.json.JsonBoolean b && b.value();
            System.out.println("node scenario: " + (ok ? "pass " : "FAIL ") + name + ": "
                    + step.string("detail").orElse(""));
            if (!ok) {
                failed.add(name + ": " + step.string("detail").orElse(""));
            }
        });
        assertThat(failed).as("failed steps").isEmpty();
        assertThat(steps.keySet()).containsExactlyElementsOf(STEPS);
    }

    private static Map<String, JsonObject> scenario(AdoEmulator emulator, Map<String, String> env) throws Exception {
        Result r = run(List.of("node", "scenario.js", emulator.url().toString(), emulator.pat()), env, 240);
        assertThat(r.exit()).as("node scenario.js exited with %s:%n%s", r.exit(), r.output()).isZero();
        var steps = new LinkedHashMap<String, JsonObject>();
        boolean done = false;
        for (String line : r.output().split("\n")) {
            if (!line.startsWith("{")) {
                continue;
            }
            JsonObject o = (JsonObject) JsonValue.parse(line);
            if (o.has("done")) {
                done = true;
            } else {
                steps.put(o.string("step").orElseThrow(), o);
            }
        }
        assertThat(done).as("the scenario did not finish:%n%s", r.output()).isTrue();
        return steps;
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, Map<String, String> env, int timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(SCENARIO_DIR.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        var out = new java.io.ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try (var in = p.getInputStream()) {
                in.transferTo(out);
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            reader.join(5_000);
            throw new AssertionError(String.join(" ", command) + " did not finish within " + timeoutSeconds
                    + " s:\n" + out.toString(StandardCharsets.UTF_8));
        }
        reader.join(5_000);
        return new Result(p.exitValue(), out.toString(StandardCharsets.UTF_8));
    }

    private static String npm() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "npm.cmd" : "npm";
    }

    /** {@return {@code tool --version}, or null when the tool is not on the path} */
    private static String version(String tool) {
        try {
            Result r = run(List.of(tool, "--version"), Map.of(), 30);
            return r.exit() == 0 ? r.output().strip() : null;
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }
}
