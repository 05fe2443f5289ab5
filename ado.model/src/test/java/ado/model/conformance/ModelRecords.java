package ado.model.conformance;

import ado.core.json.JsonName;
import ado.core.json.JsonUnmapped;
import ado.model.IdentityRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The public records of {@code ado.model}, found by scanning its compiled classes (no hand-written list). */
final class ModelRecords {

    private static final String ROOT = "ado.model.";

    private ModelRecords() {
    }

    /**
     * {@return every public record of ado.model's API packages (not {@code internal}), by name} Reads the class
     * names from ado.model's classes directory, or from its jar when the build resolves the module as one (as
     * {@code mvn verify} does across the reactor).
     */
    static List<Class<?>> all() {
        Path location;
        try {
            location = Path.of(IdentityRef.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> out = new ArrayList<>();
        try {
            for (String file : classFiles(location)) {
                String name = file.replace('\\', '/').replace('/', '.');
                name = name.substring(0, name.length() - ".class".length());
                if (!name.startsWith(ROOT) || name.contains(".internal.") || name.endsWith("module-info")
                        || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, IdentityRef.class.getClassLoader());
                if (type.isRecord() && isPublic(type)) {
                    out.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no record of ado.model found at " + location);
        }
        out.sort(Comparator.comparing(ModelRecords::key));
        return out;
    }

    /** {@return the paths of the class files under {@code location}, a directory or a jar, relative to its root} */
    private static List<String> classFiles(Path location) throws IOException {
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                return files.filter(p -> p.toString().endsWith(".class"))
                        .map(p -> location.relativize(p).toString()).toList();
            }
        }
        try (var jar = new java.util.jar.JarFile(location.toFile())) {
            return jar.stream().map(java.util.jar.JarEntry::getName).filter(n -> n.endsWith(".class")).toList();
        }
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /** {@return the table key of {@code type}: its name under {@code ado.model.}, nested names with dots} */
    static String key(Class<?> type) {
        return type.getName().substring(ROOT.length()).replace('$', '.');
    }

    /** {@return the wire name of component {@code c}: its {@link JsonName}, else its Java name} */
    static String wireName(RecordComponent c) {
        JsonName name = c.getAnnotation(JsonName.class);
        return name != null ? name.value() : c.getName();
    }

    /** {@return whether {@code c} collects the unmapped members} */
    static boolean isUnmapped(RecordComponent c) {
        return c.isAnnotationPresent(JsonUnmapped.class);
    }

    /** {@return whether {@code type} has a component that collects the unmapped members} */
    static boolean hasUnmapped(Class<?> type) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (isUnmapped(c)) {
                return true;
            }
        }
        return false;
    }
}
