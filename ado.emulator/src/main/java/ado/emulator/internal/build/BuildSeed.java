package ado.emulator.internal.build;

import ado.emulator.internal.org.OrgStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The seeded pipelines: in Fabrikam-Fiber-Git, 1 "Fabrikam-Fiber-Git CI" (YAML, parameter {@code configuration},
 * stages Build (publishes {@code drop}) and Test), 2 "Fabrikam-Fiber-Git Release" (Build, then Deploy behind an
 * approval), 3 "Fabrikam-Fiber-Git Classic" (a classic definition) and 4 "Fabrikam-Fiber-Git Gate" (an agentless
 * task waiting for the task plane, then Ship); in Contoso-Web, 5 "contoso-web CI".
 */
public final class BuildSeed {

    private static final Duration TASK = Duration.ofSeconds(10);

    private BuildSeed() {
    }

    /** Adds the seeded definitions. */
    public static void seed(OrgStore org, BuildStore store) {
        var fabrikam = org.project("Fabrikam-Fiber-Git");
        store.define(fabrikam, "Fabrikam-Fiber-Git CI", "\\", true, "Fabrikam-Fiber-Git", new PipelineSpec(
                List.of(new PipelineSpec.Parameter("configuration", "release", List.of("debug", "release"))),
                List.of(new PipelineSpec.Stage("Build", false, List.of(new PipelineSpec.Job("Build", List.of(
                                task("Checkout", "Syncing repository: Fabrikam-Fiber-Git"),
                                task("Restore", "Restoring packages", "Restored 12 packages"),
                                task("Compile", "Compiling 4 source files", "Build succeeded.")))),
                                Map.of("drop", Map.of("app/Main.class", bytes("compiled Main"),
                                        "README.md", bytes("# Fabrikam Fiber\n")))),
                        new PipelineSpec.Stage("Test", false, List.of(new PipelineSpec.Job("Test", List.of(
                                task("Unit tests", "Running 42 tests", "42 passed, 0 failed")))), Map.of()))));
        store.define(fabrikam, "Fabrikam-Fiber-Git Release", "\\release", true, "Fabrikam-Fiber-Git",
                new PipelineSpec(List.of(), List.of(
                        new PipelineSpec.Stage("Build", false, List.of(new PipelineSpec.Job("Package", List.of(
                                task("Package", "Packaging fabrikam-fiber.zip")))),
                                Map.of("drop", Map.of("fabrikam-fiber.zip.txt", bytes("package")))),
                        new PipelineSpec.Stage("Deploy", true, List.of(new PipelineSpec.Job("Deploy", List.of(
                                task("Deploy to production", "Deploying fabrikam-fiber.zip", "Deployed")))),
                                Map.of()))));
        store.define(fabrikam, "Fabrikam-Fiber-Git Classic", "\\", false, "Fabrikam-Fiber-Git",
                new PipelineSpec(List.of(), List.of(new PipelineSpec.Stage("__default", false, List.of(
                        new PipelineSpec.Job("Agent job 1", List.of(task("Get sources", "Fetching sources"),
                                task("Build solution", "MSBuild finished")))), Map.of()))));
        store.define(fabrikam, "Fabrikam-Fiber-Git Gate", "\\", true, "Fabrikam-Fiber-Git",
                new PipelineSpec(List.of(), List.of(
                        new PipelineSpec.Stage("Gate", false, List.of(new PipelineSpec.Job("Gate", List.of(
                                new PipelineSpec.Task("Invoke external check", Duration.ZERO, List.of(), 0,
                                        true)))), Map.of()),
                        new PipelineSpec.Stage("Ship", false, List.of(new PipelineSpec.Job("Ship", List.of(
                                task("Ship", "Shipped")))), Map.of()))));
        store.define(org.project("Contoso-Web"), "contoso-web CI", "\\", true, "contoso-web",
                new PipelineSpec(List.of(), List.of(new PipelineSpec.Stage("Build", false, List.of(
                        new PipelineSpec.Job("Build", List.of(task("Build", "npm run build")))), Map.of()))));
    }

    private static PipelineSpec.Task task(String name, String... lines) {
        return new PipelineSpec.Task(name, TASK, List.of(lines), 0, false);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
