package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code <pre>{@code ...}</pre>} example in the Javadoc of the exported packages of {@code ado.core},
 * {@code ado.model}, {@code ado.oop} and {@code ado.emulator} compiles against the current API (it is not run: most
 * examples talk to a real organisation). An example is the body of a method, or, when it declares types or
 * annotated members, the body of a class; it sees its source file's imports, every exported package of those
 * modules, and the names of {@link #GIVEN} (the convention of {@code CONTRIBUTING.md}), which it may also declare
 * itself. {@code ado.json}'s and {@code ado.identity}'s examples need Jackson and Azure Identity, which are not on
 * this module's test path; their helpers compiled them by hand.
 */
class JavadocExamplesTest {

    /** Names an example may use without declaring them, with their types. */
    static final Map<String, String> GIVEN = givenNames();

    private static final List<String> MODULES = List.of("ado.core", "ado.model", "ado.oop", "ado.emulator");
    private static final Pattern EXAMPLE = Pattern.compile("<pre>\\{@code\\n(.*?)}</pre>", Pattern.DOTALL);
    private static final Pattern EXPORTS = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import\\s+[\\w.*]+\\s*;", Pattern.MULTILINE);
    private static final Pattern MEMBER_START = Pattern.compile(
            "^(@\\w+|public |private |protected |static |record |enum |class |interface |final ).*");

    @TempDir
    Path work;

    @Test
    void everyJavadocExample_compilesAgainstTheCurrentApi() throws IOException {
        List<Example> examples = examples(DocSnippetsTest.ROOT);
        assertThat(examples).as("examples found").hasSizeGreaterThan(20);

        Map<String, List<String>> errors = compile(examples);

        assertThat(errors).as("Javadoc examples that do not compile (file:line of the example)")
                .isEmpty();
    }

    @Test
    void anExampleThatUsesAMissingMethod_failsNamingItsSourceLine() throws IOException {
        var broken = new Example(Path.of("Fake.java"), 12, List.of(), "ado.core",
                "AdoClient c = AdoClient.builder().noSuchOption().build();");

        Map<String, List<String>> errors = compile(List.of(broken));

        assertThat(errors).containsOnlyKeys("Fake.java:12")
                .allSatisfy((k, v) -> assertThat(String.join("\n", v)).contains("noSuchOption"));
    }

    /** One example: where it is, its file's imports and package, and its code (Javadoc escapes undone). */
    record Example(Path file, int line, List<String> imports, String pkg, String code) {

        String where() {
            return file.getFileName() + ":" + line;
        }

        boolean declaresMembers() {
            return code.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("//")).findFirst()
                    .map(l -> MEMBER_START.matcher(l).matches()).orElse(false);
        }
    }

    static List<Example> examples(Path root) throws IOException {
        var all = new ArrayList<Example>();
        for (String module : MODULES) {
            Path sources = root.resolve(module).resolve("src/main/java");
            var exported = new TreeSet<String>();
            Matcher m = EXPORTS.matcher(Files.readString(sources.resolve("module-info.java")));
            while (m.find()) {
                exported.add(m.group(1));
            }
            for (String pkg : exported) {
                Path dir = sources.resolve(pkg.replace('.', '/'));
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                        all.addAll(examples(file, pkg));
                    }
                }
            }
        }
        return all;
    }

    private static List<Example> examples(Path file, String pkg) throws IOException {
        String text = Files.readString(file);
        var imports = new ArrayList<String>();
        Matcher im = IMPORT.matcher(text);
        while (im.find()) {
            imports.add(im.group());
        }
        var found = new ArrayList<Example>();
        Matcher m = EXAMPLE.matcher(text);
        while (m.find()) {
            int line = (int) text.substring(0, m.start()).lines().count() + 1;
            String code = m.group(1).lines()
                    .map(l -> l.replaceFirst("^\\s*\\* ?", ""))
                    .collect(Collectors.joining("\n"))
                    .replace("&#64;", "@").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
            found.add(new Example(file, line, imports, pkg, code));
        }
        return found;
    }

    /** {@return the compile errors per example ({@code file:line}), each with javac's message and detail} */
    private Map<String, List<String>> compile(List<Example> examples) throws IOException {
        Path src = Files.createDirectories(work.resolve("src"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        var sources = new LinkedHashMap<String, Path>();
        var byClass = new LinkedHashMap<String, Example>();
        for (Example e : examples) {
            String name = "Jd" + byClass.size();
            byClass.put(name, e);
            sources.put(name, Files.writeString(src.resolve(name + ".java"), source(name, e)));
        }
        var errors = new LinkedHashMap<String, List<String>>();
        Javac.compileAll(sources, classes).forEach((name, list) -> errors.put(byClass.get(name).where(),
                list.stream().flatMap(e -> Stream.concat(Stream.of(e.message()),
                        e.detail().stream().map(d -> "    " + d))).toList()));
        return errors;
    }

    private static String source(String name, Example e) {
        var src = new StringBuilder();
        e.imports().forEach(i -> src.append(i).append('\n'));
        src.append("import ").append(e.pkg()).append(".*;\n");
        for (String module : MODULES) {
            exportedPackages(module).forEach(p -> src.append("import ").append(p).append(".*;\n"));
        }
        src.append("import java.util.*;\nimport java.util.concurrent.*;\nimport java.util.concurrent.atomic.*;\n")
                .append("import java.util.stream.*;\nimport java.time.*;\nimport java.nio.file.*;\n")
                .append("import java.net.URI;\nimport org.junit.jupiter.api.*;\n")
                .append("import org.junit.jupiter.api.extension.*;\n");
        src.append("@SuppressWarnings(\"all\")\nclass ").append(name).append(" {\n");
        GIVEN.forEach((var, type) -> src.append("    static ").append(type).append(' ').append(var).append(";\n"));
        if (e.declaresMembers()) {
            src.append(e.code()).append('\n');
        } else {
            src.append("    static void example() throws Exception {\n").append(e.code()).append("\n    }\n");
        }
        return src.append("}\n").toString();
    }

    private static List<String> exportedPackages(String module) {
        try {
            Path info = DocSnippetsTest.ROOT.resolve(module).resolve("src/main/java/module-info.java");
            Matcher m = EXPORTS.matcher(Files.readString(info));
            var pkgs = new ArrayList<String>();
            while (m.find()) {
                pkgs.add(m.group(1));
            }
            return pkgs;
        } catch (IOException e) {
            throw new AssertionError("cannot read the module descriptor of " + module, e);
        }
    }

    private static Map<String, String> givenNames() {
        var given = new LinkedHashMap<String, String>();
        given.put("client", "ado.core.AdoClient");
        given.put("emulator", "ado.emulator.AdoEmulator");
        given.put("service", "ado.oop.AzureDevOpsService");
        given.put("project", "ado.oop.Project");
        given.put("repo", "ado.oop.Repository");
        given.put("pat", "String");
        given.put("repoId", "String");
        given.put("token", "String");
        given.put("contributorsDescriptor", "String");
        given.put("projectId", "java.util.UUID");
        given.put("repositoryId", "java.util.UUID");
        given.put("push", "ado.model.git.GitPush");
        given.put("myProvider", "ado.core.spi.AccessTokenProvider");
        return given;
    }
}
