package ado.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoTest {

    @Test
    void run_withoutOrganization_runsTheScenarioAgainstTheEmulator() {
        var bytes = new ByteArrayOutputStream();
        new Demo(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(name -> null);
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("started the embedded emulator at http://127.0.0.1:");
        assertThat(out).contains("== List the projects", "Fabrikam-Fiber-Git", "Contoso-Web");
        assertThat(out).contains("  | # Fabrikam Fiber");
        assertThat(out).containsPattern("new commit [0-9a-f]{40}: Say hello from the ado4j demo");
        assertThat(out).contains("== Diff of the new commit against its parent").containsPattern("edit\\S* /README.md");
        assertThat(out).containsPattern("[0-9a-f]{8}  Say hello from the ado4j demo");
        assertThat(out).endsWith("Done." + System.lineSeparator());
    }
}
