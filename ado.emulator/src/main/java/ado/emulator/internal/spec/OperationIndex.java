package ado.emulator.internal.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every operation of Microsoft's REST specification (api-version 7.1), as the emulator carries it in
 * {@code operations.tsv}: generated from the specification files by {@code SpecCoverageTest}, which fails when the
 * file is stale. The emulator answers a request for an operation it does not implement with 501 naming it.
 */
public final class OperationIndex {

    private static final String RESOURCE = "operations.tsv";
    private static volatile OperationIndex bundled;

    private final List<SpecOperation> operations;

    /** Creates an index of {@code operations}. */
    public OperationIndex(List<SpecOperation> operations) {
        this.operations = operations.stream().sorted(Comparator.comparing(SpecOperation::area)
                .thenComparing(SpecOperation::path).thenComparing(SpecOperation::method)).toList();
    }

    /** {@return the index the emulator carries} */
    public static OperationIndex bundled() {
        OperationIndex i = bundled;
        if (i == null) {
            try (InputStream in = OperationIndex.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                i = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundled = i;
        }
        return i;
    }

    /** {@return the index written in {@code tsv}, one operation a line: area, host, method, path, operationId} */
    public static OperationIndex parse(String tsv) {
        var out = new ArrayList<SpecOperation>();
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                throw new IllegalArgumentException("bad line in " + RESOURCE + ": " + line);
            }
            out.add(operation(f[0], f[1], f[2], f[3], f[4]));
        }
        return new OperationIndex(out);
    }

    /** {@return an operation from its path as the specification writes it, optional variables marked {@code ?}} */
    static SpecOperation operation(String area, String host, String method, String fullPath, String operationId) {
        int mark = fullPath.indexOf('?');
        while (mark >= 0 && mark + 1 < fullPath.length() && fullPath.charAt(mark + 1) == '}') {
            mark = fullPath.indexOf('?', mark + 1); // {name?} marks a variable that may be left out
        }
        String path = mark < 0 ? fullPath : fullPath.substring(0, mark);
        List<String> query = new ArrayList<>();
        if (mark >= 0) {
            for (String pair : fullPath.substring(mark + 1).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.add(pair.substring(0, eq));
                }
            }
        }
        List<String> segments = new ArrayList<>(Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList());
        boolean underOrganization = !segments.isEmpty() && segments.get(0).startsWith("{organization");
        if (underOrganization) {
            segments.remove(0);
        }
        return new SpecOperation(area, host, method, underOrganization, segments, query, operationId);
    }

    /** {@return this index as {@code operations.tsv} text} */
    public String toTsv() {
        var sb = new StringBuilder("# area\thost\tmethod\tpath ({name?}: may be left out)\toperationId\n"
                + "# generated from testdata/ado-specs by SpecCoverageTest; do not edit\n");
        for (SpecOperation o : operations) {
            sb.append(o.area()).append('\t').append(o.host()).append('\t').append(o.method()).append('\t')
                    .append(o.underOrganization() ? "/{organization}/" : "/").append(String.join("/", o.template()))
                    .append(o.queryPart()).append('\t').append(o.operationId()).append('\n');
        }
        return sb.toString();
    }

    /** {@return every operation, by area and path} */
    public List<SpecOperation> operations() {
        return operations;
    }

    /**
     * {@return the operation of {@code listener} that {@code method} and the path fit best}
     *
     * @param segments the decoded path segments below the organisation (or below the root when
     *                 {@code underOrganization} is false)
     */
    public Optional<SpecOperation> find(String listener, String method, boolean underOrganization,
                                        List<String> segments, java.util.Set<String> query) {
        return candidates(listener, method, underOrganization, segments, query).stream().findFirst();
    }

    /**
     * {@return the operations of {@code listener} that {@code method}, the path and the query parameter names fit
     * best (most literal segments, then most telling query parameters); more than one only on a tie}
     */
    public List<SpecOperation> candidates(String listener, String method, boolean underOrganization,
                                          List<String> segments, java.util.Set<String> query) {
        record Scored(SpecOperation op, int score) {
        }
        var out = new ArrayList<Scored>();
        for (SpecOperation o : operations) {
            if (!o.listener().equals(listener) || !o.method().equalsIgnoreCase(method)
                    || (o.underOrganization() && !underOrganization)) {
                continue;
            }
            int score = o.score(segments);
            if (score >= 0 && o.queryFits(query)) {
                out.add(new Scored(o, score * 16 + o.query().size()));
            }
        }
        int top = out.stream().mapToInt(Scored::score).max().orElse(-1);
        return out.stream().filter(x -> x.score() == top).map(Scored::op).toList();
    }

}
