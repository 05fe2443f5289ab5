package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/getting-started.md} shows the example project of {@code examples/getting-started/} verbatim, and the
 * example compiles and, against the emulator, prints the output the page promises.
 */
class GettingStartedTest {

    private static final Path EXAMPLE = DocSnippetsTest.ROOT.resolve("examples/getting-started");
    private static final Path SOURCE = EXAMPLE.resolve("src/main/java/example/GettingStarted.java");
    private static final Path DOC = DocSnippetsTest.ROOT.resolve("docs/getting-started.md");

    @Test
    void doc_showsTheExampleFiles_verbatim() throws IOException {
        List<DocSnippets.Block> blocks = DocSnippets.blocks(DOC);

        assertThat(blocks).filteredOn(b -> b.info().equals("xml")).singleElement()
                .satisfies(b -> assertThat(text(b)).as("the pom.xml block of %s", DOC)
                        .isEqualTo(Files.readString(EXAMPLE.resolve("pom.xml")).strip()));
        assertThat(blocks).filteredOn(b -> b.info().equals("java file")).singleElement()
                .satisfies(b -> assertThat(text(b)).as("the Java block of %s", DOC)
                        .isEqualTo(Files.readString(SOURCE).strip()));
    }

    @Test
    void example_againstTheEmulator_printsTheDocumentedOutput(@TempDir Path classes) throws Exception {
        assumeTrue(System.getenv("AZURE_DEVOPS_ORG") == null, "AZURE_DEVOPS_ORG is set: the example would use it");
        var errors = new StringWriter();
        int status = java.util.spi.ToolProvider.findFirst("javac").orElseThrow().run(new PrintWriter(errors),
                new PrintWriter(errors), "--release", "17", "-d", classes.toString(),
                "-cp", Javac.testClassPath(), SOURCE.toString());
        assertThat(status).as("javac %s:%n%s", SOURCE, errors).isZero();

        String printed = assertTimeoutPreemptively(Duration.ofMinutes(1), () -> runMain(classes));

        String expected = DocSnippets.blocks(DOC).stream().filter(b -> b.info().equals("text")).findFirst()
                .map(GettingStartedTest::text).orElseThrow();
        assertThat(normalise(printed)).isEqualTo(normalise(expected));
    }

    private static String runMain(Path classes) throws Exception {
        var out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (var loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                GettingStartedTest.class.getClassLoader())) {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            loader.loadClass("example.GettingStarted").getMethod("main", String[].class)
                    .invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String text(DocSnippets.Block block) {
        return String.join("\n", block.lines()).strip();
    }

    /** {@return {@code s} with the emulator's port replaced and line ends unified} */
    private static String normalise(String s) {
        return s.strip().replace("\r\n", "\n").replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:PORT");
    }
}
