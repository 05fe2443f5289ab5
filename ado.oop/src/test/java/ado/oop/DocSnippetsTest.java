package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of {@code README.md} and {@code docs/*.md} compiles as shown, imports included, and
 * every section runs against the emulator (the convention is in {@code CONTRIBUTING.md}). The blocks are read from
 * the Markdown files themselves, so a new file or section is checked without touching this test.
 */
class DocSnippetsTest {

    /** The project root: the reactor's directory, or the module's parent when run from the module. */
    static final Path ROOT = Path.of(System.getProperty("maven.multiModuleProjectDirectory",
            Path.of("").toAbsolutePath().getParent().toString())).toAbsolutePath();

    /** Bounds one section's run; builds in the emulator take seconds when the snippets do not move its clock. */
    private static final Duration RUN_LIMIT = Duration.ofMinutes(3);


    @TempDir
    Path classes;

    @TestFactory
    Stream<DynamicTest> everyJavaBlock_compilesAndRuns() throws IOException {
        var units = new LinkedHashMap<DocSnippets.Unit, DocSnippets.Section>();
        var files = new LinkedHashMap<String, DocSnippets.Block>();
        for (Path file : DocSnippets.files(ROOT)) {
            int n = 0;
            for (DocSnippets.Section s : DocSnippets.sections(file)) {
                String name = className(file) + "_" + (++n);
                units.put(DocSnippets.unit(s, name), s);
            }
            for (DocSnippets.Block b : DocSnippets.fileBlocks(file)) {
                files.put(DocSnippets.typeName(b), b);
            }
        }
        assertThat(units).as("Java sections in %s", ROOT).hasSizeGreaterThan(10);

        Map<String, List<String>> errors = compile(units.keySet(), files);
        var tests = new ArrayList<DynamicTest>();
        units.forEach((unit, section) -> tests.add(DynamicTest.dynamicTest(section.toString(), () -> {
            List<String> own = errors.getOrDefault(unit.className(), List.of());
            if (!own.isEmpty()) {
                fail("the Java blocks of section '" + section.heading() + "' of " + section.file().getFileName()
                        + " (line " + section.line() + ") do not compile:\n" + String.join("\n", own));
            }
            run(unit, section);
        })));
        files.forEach((type, block) -> tests.add(DynamicTest.dynamicTest(
                block.file().getFileName() + ":" + block.line() + " " + type, () -> {
                    List<String> own = errors.getOrDefault(type, List.of());
                    assertThat(own).as("%s:%d (%s) compiles", block.file().getFileName(), block.line(), type)
                            .isEmpty();
                })));
        return tests.stream();
    }

    @Test
    void unit_importsAndNoRunBlocks_followTheConvention(@TempDir Path dir) throws IOException {
        Path md = dir.resolve("sample.md");
        Files.writeString(md, String.join("\n",
                "# Sample", "```java setup", "import java.util.List;", "var names = List.of(\"a\");", "```",
                "## One", "```java", "import java.util.Map;", "var m = Map.of(names.get(0), 1);", "```",
                "```java no-run", "System.exit(1);", "```",
                "## Two", "```java ignore", "not java", "```", "```sh", "ls", "```") + "\n");

        List<DocSnippets.Section> sections = DocSnippets.sections(md);
        DocSnippets.Unit unit = DocSnippets.unit(sections.get(0), "Sample_1");

        assertThat(sections).extracting(DocSnippets.Section::heading).containsExactly("One");
        assertThat(unit.source()).startsWith("import java.util.List;\nimport java.util.Map;\n")
                .contains("var names = List.of(\"a\");\nvar m = Map.of(names.get(0), 1);\nif (RUN_NO_RUN_BLOCKS) {\n"
                        + "System.exit(1);\n}\n");
        assertThat(unit.origin(1)).isEqualTo("sample.md:3");
        assertThat(unit.origin(unit.source().lines().toList().indexOf("System.exit(1);") + 1))
                .isEqualTo("sample.md:12");
    }

    @Test
    void brokenBlock_failsNamingFileLineAndCompilerError(@TempDir Path dir) throws IOException {
        Path md = dir.resolve("broken.md");
        Files.writeString(md, String.join("\n",
                "# Broken", "## Section", "```java", "int fine = 1;", "String s = undefinedName;", "```") + "\n");
        DocSnippets.Unit unit = DocSnippets.unit(DocSnippets.sections(md).get(0), "Broken_1");

        Map<String, List<String>> errors = compile(List.of(unit), Map.of());

        assertThat(errors.get("Broken_1")).first().asString()
                .contains("broken.md:5: cannot find symbol");
    }

    @Test
    void falseAssertLine_failsTheSectionNamingItsLine(@TempDir Path dir) throws IOException {
        Path md = dir.resolve("checks.md");
        Files.writeString(md, String.join("\n",
                "# Checks", "## Section", "```java", "int two = 2;", "assert two > 3 : \"checked\";", "```") + "\n");
        DocSnippets.Section section = DocSnippets.sections(md).get(0);
        DocSnippets.Unit unit = DocSnippets.unit(section, "Checks_1");

        assertThat(compile(List.of(unit), Map.of())).isEmpty();
        assertThatThrownBy(() -> run(unit, section)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("checks.md:5").hasMessageContaining("checked");
    }

    /**
     * Compiles the units and the {@code file} blocks with {@link Javac}. {@return the errors per unit or type name,
     * each naming the Markdown file and line}
     */
    private Map<String, List<String>> compile(Iterable<DocSnippets.Unit> units,
                                              Map<String, DocSnippets.Block> files) throws IOException {
        Path src = Files.createDirectories(classes.resolve("src"));
        var sources = new LinkedHashMap<String, Path>();
        var byName = new LinkedHashMap<String, DocSnippets.Unit>();
        for (DocSnippets.Unit u : units) {
            sources.put(u.className(), Files.writeString(src.resolve(u.className() + ".java"), u.source()));
            byName.put(u.className(), u);
        }
        for (var e : files.entrySet()) {
            sources.put(e.getKey(), Files.writeString(src.resolve(e.getKey() + ".java"),
                    String.join("\n", e.getValue().lines()) + "\n"));
        }
        var errors = new LinkedHashMap<String, List<String>>();
        Javac.compileAll(sources, classes).forEach((name, list) -> {
            var lines = new ArrayList<String>();
            for (Javac.Error e : list) {
                DocSnippets.Unit u = byName.get(name);
                String where = u != null ? u.origin(e.line())
                        : files.get(name).file().getFileName() + ":" + (files.get(name).line() + e.line());
                lines.add("  " + where + ": " + e.message());
                e.detail().forEach(d -> lines.add("      " + d));
            }
            errors.put(name, lines);
        });
        return errors;
    }

    private void run(DocSnippets.Unit unit, DocSnippets.Section section) {
        assertTimeoutPreemptively(RUN_LIMIT, () -> {
            try (var loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
                loader.setDefaultAssertionStatus(true);         // the snippets' assert lines are their checks
                Class<?> type = loader.loadClass(unit.className());
                type.getMethod("run").invoke(null);
            } catch (InvocationTargetException e) {
                throw new AssertionError("section '" + section.heading() + "' of " + section.file().getFileName()
                        + " (line " + section.line() + ") failed at " + where(e.getCause(), unit) + ": "
                        + e.getCause(), e.getCause());
            }
        }, () -> "section '" + section + "' ran longer than " + RUN_LIMIT);
    }

    /** {@return the Markdown line of the deepest frame of the generated class in {@code failure}'s stack} */
    private static String where(Throwable failure, DocSnippets.Unit unit) {
        for (StackTraceElement e : failure.getStackTrace()) {
            if (e.getClassName().equals(unit.className())) {
                return unit.origin(e.getLineNumber());
            }
        }
        return "(not in the snippet's own frames)";
    }

    private static String className(Path file) {
        String base = file.getFileName().toString().replaceFirst("\\.md$", "");
        var sb = new StringBuilder("Doc_");
        for (char c : base.toCharArray()) {
            sb.append(Character.isLetterOrDigit(c) ? c : '_');
        }
        return sb.toString();
    }
}
