package ado.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ado.emulator.AdoEmulator;
import ado.emulator.RecordedRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Demo demo = new Demo(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void run_withoutOrganization_runsTheScenarioAgainstTheEmulator() {
        int status = demo.run(name -> null, true);
        String out = output();

        assertThat(status).isZero();
        assertThat(out).contains("started the embedded emulator at http://127.0.0.1:");
        assertThat(out).contains("== List the projects", "Fabrikam-Fiber-Git", "Contoso-Web");
        assertThat(out).contains("  | # Fabrikam Fiber");
        assertThat(out).containsPattern("new commit [0-9a-f]{40}: Say hello from the ado4j demo");
        assertThat(out).contains("== Diff of the new commit against its parent").containsPattern("edit\\S* /README.md");
        assertThat(out).containsPattern("[0-9a-f]{8}  Say hello from the ado4j demo");
        assertThat(out).contains("== Track the change as a work item, then find it with WIQL")
                .containsPattern("created #(\\d+) 'Review the demo's greeting' \\(New\\)")
                .containsPattern("found #\\d+ tagged \\[demo\\]");
        assertThat(out).endsWith("Done." + System.lineSeparator());
    }

    @Test
    void run_withoutOrganizationOrEmulator_explainsWhatToSetAndReturnsTwo() {
        int status = demo.run(name -> null, false);

        assertThat(status).isEqualTo(2);
        assertThat(output()).contains("ado.emulator is not in this runtime", "set AZURE_DEVOPS_ORG");
    }

    @Test
    void run_withOrganizationFromEnvironment_readsProjectsWithoutWriting() {
        try (AdoEmulator emulator = AdoEmulator.start()) {
            var env = Map.of("AZURE_DEVOPS_ORG", emulator.url().toString(), "AZURE_DEVOPS_EXT_PAT", emulator.pat());

            int status = demo.run(env::get, true);

            assertThat(status).isZero();
            assertThat(output()).contains("(read-only)", "== Projects of fabrikam", "  Fabrikam-Fiber-Git",
                    "  Contoso-Web", "== Repositories of ");
            assertThat(output()).doesNotContain("embedded emulator", emulator.pat());
            assertThat(emulator.requests().all()).isNotEmpty().extracting(RecordedRequest::method).containsOnly("GET");
        }
    }

    @Test
    void run_withOrganization_namesTheJsonCodecInUse() {
        try (AdoEmulator emulator = AdoEmulator.start()) {
            var env = Map.of("AZURE_DEVOPS_ORG", emulator.url().toString(), "AZURE_DEVOPS_EXT_PAT", emulator.pat());

            demo.run(env::get, false);

            assertThat(output()).containsPattern("JSON codec from module ado\\.(core|json)");
        }
    }

    @Test
    void firstRequest_withOrganization_makesOneGetAndCountsTheProjects() {
        try (AdoEmulator emulator = AdoEmulator.start()) {
            var env = Map.of("AZURE_DEVOPS_ORG", emulator.url().toString(), "AZURE_DEVOPS_EXT_PAT", emulator.pat());

            int status = demo.firstRequest(env::get);

            assertThat(status).isZero();
            assertThat(output()).isEqualTo("first request: 2 projects" + System.lineSeparator());
            assertThat(emulator.requests().all()).singleElement().satisfies(r -> {
                assertThat(r.method()).isEqualTo("GET");
                assertThat(r.path()).endsWith("/_apis/projects");
            });
        }
    }

    @Test
    void firstRequest_withoutOrganization_explainsWhatToSetAndReturnsTwo() {
        int status = demo.firstRequest(name -> null);

        assertThat(status).isEqualTo(2);
        assertThat(output()).contains("--first-request needs AZURE_DEVOPS_ORG");
    }

    @Test
    void emulatorAvailable_whenTheEmulatorModuleIsResolved_isTrue() {
        assertThat(ModuleLayer.boot().findModule("ado.emulator")).isPresent();
        assertThat(Demo.emulatorAvailable()).isTrue();
    }
}
