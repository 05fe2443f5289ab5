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

    /** {@return every public record of ado.model's API packages (not {@code internal}), by name} */
    static List<Class<?>> all() {
        Path classes;
        try {
            classes = Path.of(IdentityRef.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(f).toString().replace('\\', '/').replace('/', '.');
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
        out.sort(Comparator.comparing(ModelRecords::key));
        return out;
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
