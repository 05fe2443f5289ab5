package ado.emulator.internal.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where Microsoft's specification is wrong about what the service sends, as a reasoned list in
 * {@code spec-exceptions.txt}: one entry a line, {@code operationId | path | reason}, where {@code *} in the
 * operationId stands for
 * anything and the path is a pattern over violation paths ({@code *} one member name, {@code **} anything).
 * A violation an entry covers is not reported.
 */
public final class SpecExceptions {

    private static final String RESOURCE = "spec-exceptions.txt";

    /** One entry: the operation (or {@code *}), the path pattern and why. */
    public record Entry(String operationId, String pathPattern, String reason, Pattern operation, Pattern regex) {

        boolean covers(Violation v) {
            return operation.matcher(v.operationId()).matches() && regex.matcher(v.path()).matches();
        }
    }

    private final List<Entry> entries;

    private SpecExceptions(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** {@return the list the emulator carries} */
    public static SpecExceptions bundled() {
        try (InputStream in = SpecExceptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the entries in {@code text}; blank lines and lines starting with {@code #} are skipped} */
    public static SpecExceptions parse(String text) {
        var out = new ArrayList<Entry>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", 3);
            if (f.length != 3 || f[2].isBlank()) {
                throw new IllegalArgumentException("bad line in " + RESOURCE + " (operationId | path | reason): "
                        + line);
            }
            String pattern = f[1].trim();
            String op = f[0].trim();
            out.add(new Entry(op, pattern, f[2].trim(), Pattern.compile(toRegex(op).replace("[^.\\[\\]]*", ".*")),
                    Pattern.compile(toRegex(pattern))));
        }
        return new SpecExceptions(out);
    }

    private static String toRegex(String glob) {
        var sb = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                sb.append(".*");
                i++;
            } else if (c == '*') {
                sb.append("[^.\\[\\]]*");
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }

    /** {@return the entries} */
    public List<Entry> entries() {
        return entries;
    }

    /** {@return whether an entry covers {@code v}} */
    public boolean covers(Violation v) {
        return entries.stream().anyMatch(e -> e.covers(v));
    }
}
