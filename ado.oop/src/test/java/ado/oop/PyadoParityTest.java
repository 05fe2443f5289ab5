package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/pyado-parity.md} (issue #17) names, for each pyado member and raw function, the ado4j method(s) that
 * do its job. Every named {@code package.Class#method} must exist as a public method, and every row without an
 * equivalent ({@code —}) must say why in its note. The test prints the counts.
 */
class PyadoParityTest {

    static final Path DOC = DocSnippetsTest.ROOT.resolve("docs/pyado-parity.md");

    /** What the table says about one pyado member; {@code cells} counts its line's cells (3 when well formed). */
    record Row(int line, String member, String equivalent, String note, int cells) {

        boolean hasEquivalent() {
            return !equivalent.equals("—");
        }
    }

    /** The verdict over a table: rows, and every problem found with the row it was found in. */
    record Report(List<Row> rows, List<String> problems) {

        long withEquivalent() {
            return rows.stream().filter(Row::hasEquivalent).count();
        }
    }

    private static final Pattern REF =
            Pattern.compile("([a-z][a-zA-Z0-9_]*(?:\\.[a-zA-Z][a-zA-Z0-9_]*)+)#([a-zA-Z0-9_]+)");

    /** {@return the rows of every three-column parity table of {@code markdown}; header and rule lines skipped} */
    static List<Row> parse(List<String> markdown) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < markdown.size(); i++) {
            String line = markdown.get(i).strip();
            if (!line.startsWith("|") || line.startsWith("|---") || line.startsWith("| pyado member")) {
                continue;
            }
            String[] cells = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length()).split("\\|", -1);
            if (cells.length != 3) {
                rows.add(new Row(i + 1, line, "", "", cells.length));
                continue;
            }
            rows.add(new Row(i + 1, unquote(cells[0]), unquote(cells[1]), cells[2].strip(), 3));
        }
        return rows;
    }

    private static String unquote(String cell) {
        return cell.strip().replace("`", "");
    }

    /** {@return every row that names a missing method, names nothing, or lacks an equivalent and a reason} */
    static Report check(List<Row> rows) {
        List<String> problems = new ArrayList<>();
        for (Row row : rows) {
            String where = "line " + row.line() + " (" + row.member() + "): ";
            if (row.cells() != 3) {
                problems.add(where + "malformed: " + row.cells() + " cells, expected 3");
            } else if (row.equivalent().isEmpty()) {
                problems.add(where + "empty equivalent (write — and a reason)");
            } else if (!row.hasEquivalent()) {
                if (row.note().isEmpty()) {
                    problems.add(where + "no equivalent and no reason in the note");
                }
            } else {
                for (String ref : row.equivalent().split(",\\s*")) {
                    Matcher m = REF.matcher(ref.strip());
                    if (!m.matches()) {
                        problems.add(where + "not a package.Class#method reference: " + ref);
                    } else if (!exists(m.group(1), m.group(2))) {
                        problems.add(where + "no public method " + ref.strip());
                    }
                }
            }
        }
        return new Report(rows, problems);
    }

    private static boolean exists(String className, String method) {
        Class<?> type = load(className);
        return type != null && Arrays.stream(type.getMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)
                .anyMatch(method::equals);
    }

    /** Loads {@code a.b.Outer.Inner} as {@code a.b.Outer$Inner} when no top-level class of that name exists. */
    private static Class<?> load(String name) {
        String candidate = name;
        while (true) {
            try {
                return Class.forName(candidate, false, PyadoParityTest.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                int dot = candidate.lastIndexOf('.');
                if (dot < 0) {
                    return null;
                }
                candidate = candidate.substring(0, dot) + '$' + candidate.substring(dot + 1);
            }
        }
    }

    @Test
    void parityTable_everyRow_namesExistingMethodsOrAReason() throws IOException {
        List<String> markdown = Files.readAllLines(DOC);
        Report report = check(parse(markdown));
        long with = report.withEquivalent();
        String counts = String.format("%d rows: %d with an ado4j equivalent, %d without",
                report.rows().size(), with, report.rows().size() - with);
        System.out.println("pyado parity: " + counts);
        assertThat(report.rows()).as("rows parsed from %s", DOC).hasSizeGreaterThan(500);
        assertThat(report.problems()).as("rows of %s naming a missing method or lacking a reason", DOC).isEmpty();
        assertThat(String.join("\n", markdown)).as("the counts stated at the top of %s", DOC).contains(counts);
    }

    /**
     * The per-class count lines and the list of members still to do are derived from the tables: each must say what
     * the tables say, so a row changed without them (or them without the row) fails here.
     */
    @Test
    void parityDoc_perClassCountsAndOpenList_matchTheTables() throws IOException {
        List<String> markdown = Files.readAllLines(DOC);
        String doc = String.join("\n", markdown);
        List<String> expectedCounts = new ArrayList<>();
        List<String> expectedOpen = new ArrayList<>();
        String section = null;
        List<Row> sectionRows = new ArrayList<>();
        List<String> lines = new ArrayList<>(markdown);
        lines.add("### end");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("### ")) {
                if (section != null) {
                    long with = sectionRows.stream().filter(Row::hasEquivalent).count();
                    List<String> open = sectionRows.stream().filter(PyadoParityTest::notYetDone)
                            .map(r -> "`" + r.member() + "`").toList();
                    expectedCounts.add(String.format("- %s: %d / %d / %d",
                            section, sectionRows.size(), with, open.size()));
                    if (!open.isEmpty()) {
                        expectedOpen.add("- **" + section + "**: " + String.join(", ", open));
                    }
                }
                section = line.substring(4).strip();
                sectionRows = new ArrayList<>();
            } else if (section != null && line.startsWith("| `")) {
                sectionRows.addAll(parse(List.of(line)));
            }
        }

        assertThat(expectedCounts).as("sections of %s", DOC).hasSizeGreaterThan(40);
        assertThat(markdown).as("per-class count lines of %s", DOC).containsAll(expectedCounts);
        assertThat(markdown.stream().filter(l -> l.startsWith("- **")).toList())
                .as("the list of members with no equivalent yet in %s", DOC)
                .containsExactlyElementsOf(expectedOpen);
        assertThat(doc).contains("## Members with no ado4j equivalent yet");
        assertThat(expectedOpen).as("members of %s still to do (issue #17 closed them all)", DOC).isEmpty();
        assertThat(markdown.stream().filter(l -> l.startsWith("| `") && l.contains("not yet")).toList())
                .as("rows of %s whose note says a parameter or behaviour is not done yet", DOC).isEmpty();
    }

    /** A row with no equivalent whose reason is not one that stands for good (Python-only, not applicable, ...). */
    static boolean notYetDone(Row row) {
        return !row.hasEquivalent()
                && !row.note().matches("(?s)(Python-only|not applicable|internal|not in the 7\\.1 spec).*");
    }

    @Test
    void check_madeUpMethod_isReportedWithItsRow() {
        List<Row> rows = parse(List.of(
                "| pyado member | ado4j equivalent | note |",
                "|---|---|---|",
                "| `get_repository` | `ado.oop.Project#repository` | |",
                "| `frobnicate` | `ado.oop.Repository#frobnicate, ado.oop.Repository#branch` | |",
                "| `nowhere` | `ado.oop.NoSuchClass#get` | |"));

        Report report = check(rows);

        assertThat(report.rows()).hasSize(3);
        assertThat(report.problems()).containsExactly(
                "line 4 (frobnicate): no public method ado.oop.Repository#frobnicate",
                "line 5 (nowhere): no public method ado.oop.NoSuchClass#get");
    }

    @Test
    void check_rowWithoutEquivalent_needsAReason() {
        Report report = check(parse(List.of(
                "| `a` | — | not yet: #17 |",
                "| `b` | — |  |",
                "| `c` |  | something |",
                "| `d` | getThing | |")));

        assertThat(report.problems()).containsExactly(
                "line 2 (b): no equivalent and no reason in the note",
                "line 3 (c): empty equivalent (write — and a reason)",
                "line 4 (d): not a package.Class#method reference: getThing");
        assertThat(report.withEquivalent()).isEqualTo(2);
    }

    @Test
    void check_nestedClassAndOtherModules_resolve() {
        Report report = check(parse(List.of(
                "| `x` | `ado.model.git.Pushes#create, ado.core.AdoClient#builder` | |")));

        assertThat(report.problems()).isEmpty();
    }

    @Test
    void parse_rowWithWrongCellCount_isMalformed() {
        Report report = check(parse(List.of("| `a` | `ado.oop.Project#repository` |  | extra |")));

        assertThat(report.problems()).singleElement().asString().contains("malformed");
    }
}
