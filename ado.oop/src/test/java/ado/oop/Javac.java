package ado.oop;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The JDK's {@code javac} for the documentation tests ({@link DocSnippetsTest}, {@link JavadocExamplesTest}), run
 * through {@link java.util.spi.ToolProvider} (which needs no module but {@code java.base}) with this test JVM's class
 * and module path as the class path.
 */
final class Javac {

    /** One compile error: the source's base name, its line, javac's message and the lines javac printed after it. */
    record Error(String source, long line, String message, List<String> detail) {
    }

    private static final Pattern ERROR = Pattern.compile("^(.*\\.java):(\\d+): error: (.*)$");

    private Javac() {
    }

    /**
     * Compiles {@code sources} (by base name) into {@code classes}. javac stops at syntax errors before it checks
     * types, so the sources without errors are compiled again until a pass has none. {@return the errors per base
     * name; empty when everything compiled}
     */
    static Map<String, List<Error>> compileAll(Map<String, Path> sources, Path classes) {
        var left = new LinkedHashMap<>(sources);
        var errors = new LinkedHashMap<String, List<Error>>();
        while (!left.isEmpty()) {
            Map<String, List<Error>> pass = compile(left.values(), classes);
            if (pass.isEmpty()) {
                break;
            }
            errors.putAll(pass);
            pass.keySet().forEach(left::remove);
        }
        return errors;
    }

    private static Map<String, List<Error>> compile(Iterable<Path> sources, Path classes) {
        var args = new ArrayList<>(List.of("--release", "17", "-proc:none", "-nowarn", "-Xmaxerrs", "100000",
                "-encoding", "UTF-8", "-d", classes.toString(), "-cp", testClassPath()));
        sources.forEach(p -> args.add(p.toString()));
        var out = new StringWriter();
        java.util.spi.ToolProvider javac = java.util.spi.ToolProvider.findFirst("javac")
                .orElseThrow(() -> new AssertionError("no javac in this JDK"));
        int status;
        try (var w = new PrintWriter(out)) {
            status = javac.run(w, w, args.toArray(String[]::new));
        }
        var errors = new LinkedHashMap<String, List<Error>>();
        String source = null;
        long line = 0;
        String message = null;
        var detail = new ArrayList<String>();
        for (String l : out.toString().lines().toList()) {
            Matcher m = ERROR.matcher(l);
            if (m.matches()) {
                if (source != null) {
                    errors.computeIfAbsent(source, k -> new ArrayList<>())
                            .add(new Error(source, line, message, List.copyOf(detail)));
                }
                source = Path.of(m.group(1)).getFileName().toString().replace(".java", "");
                line = Long.parseLong(m.group(2));
                message = m.group(3);
                detail.clear();
            } else if (source != null && !l.matches("\\d+ errors?") && !l.isBlank()) {
                detail.add(l);
            }
        }
        if (source != null) {
            errors.computeIfAbsent(source, k -> new ArrayList<>())
                    .add(new Error(source, line, message, List.copyOf(detail)));
        }
        if (status != 0 && errors.isEmpty()) {
            throw new AssertionError("javac failed without naming a source:\n" + out);
        }
        return errors;
    }

    /** {@return the class path and module path of this test JVM, as a class path for the compiled sources} */
    static String testClassPath() {
        return Stream.of("java.class.path", "jdk.module.path")
                .map(System::getProperty)
                .filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
