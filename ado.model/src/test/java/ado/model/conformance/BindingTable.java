package ado.model.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two tables of the suite, resources beside this class: {@code spec-bindings.tsv} (record, then
 * {@code file#Definition} and {@code read} or {@code write}, or {@code -} and why the record models no definition)
 * and {@code spec-exceptions.tsv} (record.property, then why that property is deliberately not modelled).
 */
final class BindingTable {

    /** How a record relates to its definition. */
    enum Mode {
        /** a response (or read-modify-write) shape: every property of the definition must be covered */
        READ,
        /** a request body: each component must be a property of the definition, not every property a component */
        WRITE,
        /** no spec definition: a query, a helper or a shape the spec does not define */
        NONE
    }

    /**
     * One line of the binding table. {@code definition} may name several definitions of one file, separated by
     * {@code |}, for a record that models each of them (a union such as a Graph user or group).
     */
    record Binding(String record, String file, String definition, Mode mode, String reason, int line) {

        /** {@return the definitions this record models} */
        List<String> definitions() {
            return definition == null ? List.of() : List.of(definition.split("\\|"));
        }
    }

    private BindingTable() {
    }

    /** {@return the binding table by record key, in file order; fails on a malformed or duplicate line} */
    static Map<String, Binding> bindings() {
        Map<String, Binding> out = new LinkedHashMap<>();
        for (String[] row : rows("spec-bindings.tsv", 3)) {
            int line = Integer.parseInt(row[3]);
            Binding b;
            if (row[1].equals("-")) {
                b = new Binding(row[0], null, null, Mode.NONE, row[2], line);
            } else {
                int hash = row[1].indexOf('#');
                if (hash < 0) {
                    throw new IllegalStateException(
                            "spec-bindings.tsv:" + line + ": expected file#Definition: " + row[1]);
                }
                Mode mode = switch (row[2]) {
                    case "read" -> Mode.READ;
                    case "write" -> Mode.WRITE;
                    default -> throw new IllegalStateException(
                            "spec-bindings.tsv:" + line + ": mode must be read or write: " + row[2]);
                };
                b = new Binding(row[0], row[1].substring(0, hash), row[1].substring(hash + 1), mode, null, line);
            }
            if (out.put(b.record(), b) != null) {
                throw new IllegalStateException("spec-bindings.tsv:" + line + ": duplicate entry " + b.record());
            }
        }
        return out;
    }

    /** {@return the exception list: record.property to its reason} */
    static Map<String, String> exceptions() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] row : rows("spec-exceptions.tsv", 2)) {
            if (row[1].isBlank() || out.put(row[0], row[1]) != null) {
                throw new IllegalStateException(
                        "spec-exceptions.tsv:" + row[2] + ": duplicate or no reason: " + row[0]);
            }
        }
        return out;
    }

    /** Rows of {@code columns} tab-separated cells plus the line number; {@code #} starts a comment line. */
    private static List<String[]> rows(String resource, int columns) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = BindingTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t+", columns);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + ":" + n + ": expected " + columns + " cells: " + line);
                }
                String[] row = new String[columns + 1];
                for (int i = 0; i < columns; i++) {
                    row[i] = cells[i].strip();
                }
                row[columns] = Integer.toString(n);
                out.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
