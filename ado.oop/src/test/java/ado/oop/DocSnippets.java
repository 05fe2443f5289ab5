package ado.oop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the Java blocks of the project's Markdown files and turns each section into one compilation unit, by the
 * convention of {@code CONTRIBUTING.md} ("Code blocks in the documentation").
 */
final class DocSnippets {

    /** A fenced block: its file, the line of its opening fence (1-based), its info string and its lines. */
    record Block(Path file, int line, String info, List<String> lines) {

        boolean isJava() {
            return info.equals("java") || info.startsWith("java ");
        }

        boolean isSetup() {
            return flags().contains("setup");
        }

        boolean isNoRun() {
            return flags().contains("no-run");
        }

        boolean isIgnored() {
            return flags().contains("ignore");
        }

        boolean isFile() {
            return flags().contains("file");
        }

        /** {@return the words of the info string after the language} */
        private List<String> flags() {
            List<String> words = List.of(info.split("\\s+"));
            return words.subList(1, words.size());
        }
    }

    /** One section of a file (a heading up to the next heading), with the file's set-up block. */
    record Section(Path file, String heading, int line, Block setup, List<Block> blocks) {

        @Override
        public String toString() {
            return file.getFileName() + ":" + line + " " + heading;
        }
    }

    /** The generated source of a section and, for each of its lines, where it came from. */
    record Unit(String className, String source, List<String> origins) {

        /** {@return where generated line {@code line} (1-based) came from, {@code file:line}, or "generated"} */
        String origin(long line) {
            return line >= 1 && line <= origins.size() ? origins.get((int) line - 1) : "generated";
        }
    }

    private static final Pattern FENCE = Pattern.compile("^(\\s*)```(.*)$");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} .*");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?[\\w.]+(\\.\\*)?\\s*;\\s*$");
    private static final Set<String> FLAGS = Set.of("setup", "no-run", "ignore", "file");

    private DocSnippets() {
    }

    /** {@return the Markdown files checked: README.md and every docs/*.md of the project {@code root}} */
    static List<Path> files(Path root) throws IOException {
        var files = new ArrayList<Path>();
        files.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    /** {@return the fenced blocks of {@code file}, in order} */
    static List<Block> blocks(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        var blocks = new ArrayList<Block>();
        for (int i = 0; i < lines.size(); i++) {
            var open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            int start = i;
            String indent = open.group(1);
            var body = new ArrayList<String>();
            for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
                String l = lines.get(i);
                body.add(l.startsWith(indent) ? l.substring(indent.length()) : l.stripLeading());
            }
            if (i == lines.size()) {
                throw new IllegalStateException(file + ":" + (start + 1) + ": code block never closed");
            }
            blocks.add(new Block(file, start + 1, open.group(2).strip(), List.copyOf(body)));
        }
        return blocks;
    }

    /** {@return the blocks of {@code file} marked {@code file}: whole source files, compiled as they are} */
    static List<Block> fileBlocks(Path file) throws IOException {
        return blocks(file).stream().filter(b -> b.isJava() && b.isFile()).toList();
    }

    /** {@return the simple name of the first top-level type declared by a {@code file} block} */
    static String typeName(Block block) {
        Pattern type = Pattern.compile(
                "^(?:public\\s+)?(?:final\\s+|abstract\\s+)*(?:class|record|interface|enum)\\s+(\\w+).*");
        return block.lines().stream().map(type::matcher).filter(java.util.regex.Matcher::matches)
                .map(m -> m.group(1)).findFirst()
                .orElseThrow(() -> new IllegalStateException(block.file() + ":" + block.line()
                        + ": a 'file' block must declare a top-level type (mark a module-info.java 'ignore')"));
    }

    /**
     * {@return the sections of {@code file} that hold Java blocks, each with the file's set-up block}
     *
     * @throws IllegalStateException for a second set-up block, a set-up block after other Java blocks, or an
     *                               unknown flag
     */
    static List<Section> sections(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Block> java = blocks(file).stream().filter(Block::isJava).toList();
        Block setup = null;
        for (Block b : java) {
            for (String flag : b.info().split("\\s+")) {
                if (!flag.equals("java") && !FLAGS.contains(flag)) {
                    throw new IllegalStateException(b.file() + ":" + b.line() + ": unknown flag '" + flag
                            + "' (known: " + FLAGS + ")");
                }
            }
            if (b.isSetup()) {
                if (setup != null || java.indexOf(b) != 0) {
                    throw new IllegalStateException(b.file() + ":" + b.line()
                            + ": a set-up block must be the file's first Java block, and there is one per file");
                }
                setup = b;
            }
        }
        var sections = new ArrayList<Section>();
        String heading = "(top)";
        int headingLine = 1;
        var current = new ArrayList<Block>();
        int next = 0;
        boolean inFence = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (FENCE.matcher(l).matches()) {
                inFence = !inFence;
            }
            if (!inFence && HEADING.matcher(l).matches()) {
                addSection(sections, file, heading, headingLine, setup, current);
                heading = l.replaceFirst("^#+ ", "");
                headingLine = i + 1;
                current = new ArrayList<>();
            }
            while (next < java.size() && java.get(next).line() == i + 1) {
                Block b = java.get(next++);
                if (!b.isSetup() && !b.isIgnored() && !b.isFile()) {
                    current.add(b);
                }
            }
        }
        addSection(sections, file, heading, headingLine, setup, current);
        if (setup != null && sections.isEmpty()) {
            sections.add(new Section(file, "(set-up)", setup.line(), setup, List.of()));
        }
        return sections;
    }

    private static void addSection(List<Section> sections, Path file, String heading, int line, Block setup,
                                   List<Block> blocks) {
        if (!blocks.isEmpty()) {
            sections.add(new Section(file, heading, line, setup, List.copyOf(blocks)));
        }
    }

    /**
     * {@return the compilation unit of {@code section}: the import lines of its set-up and blocks at the top, then
     * one method {@code run()} holding the set-up's statements and each block's in order; a {@code no-run} block
     * sits in {@code if (RUN_NO_RUN_BLOCKS) { ... }} (false), so it compiles but does not run; when the set-up declares
     * {@code emulator}, it is closed at the end}
     */
    static Unit unit(Section section, String className) {
        var imports = new LinkedHashSet<String>();
        var importOrigins = new ArrayList<String>();
        var body = new ArrayList<String>();
        var bodyOrigins = new ArrayList<String>();
        var all = new ArrayList<Block>();
        if (section.setup() != null) {
            all.add(section.setup());
        }
        all.addAll(section.blocks());
        String name = section.file().getFileName().toString();
        for (Block b : all) {
            if (b.isNoRun()) {
                body.add("if (RUN_NO_RUN_BLOCKS) {");
                bodyOrigins.add(name + ":" + b.line());
            }
            for (int i = 0; i < b.lines().size(); i++) {
                String l = b.lines().get(i);
                String origin = name + ":" + (b.line() + 1 + i);
                if (IMPORT.matcher(l.strip()).matches()) {
                    if (imports.add(l.strip())) {
                        importOrigins.add(origin);
                    }
                } else {
                    body.add(l);
                    bodyOrigins.add(origin);
                }
            }
            if (b.isNoRun()) {
                body.add("}");
                bodyOrigins.add(name + ":" + b.line());
            }
        }
        boolean closeEmulator = section.setup() != null && section.setup().lines().stream()
                .anyMatch(l -> l.matches(".*\\bemulator\\s*=.*") && !l.strip().startsWith("//"));
        var src = new StringBuilder();
        var origins = new ArrayList<String>();
        for (var it = imports.iterator(); it.hasNext(); ) {
            src.append(it.next()).append('\n');
        }
        origins.addAll(importOrigins);
        src.append("public final class ").append(className).append(" {\n");
        origins.add("generated");
        src.append("    private static final boolean RUN_NO_RUN_BLOCKS = Boolean.parseBoolean(\"false\");\n");
        origins.add("generated");
        src.append("    public static void run() throws Exception {\n");
        origins.add("generated");
        for (int i = 0; i < body.size(); i++) {
            src.append(body.get(i)).append('\n');
            origins.add(bodyOrigins.get(i));
        }
        if (closeEmulator) {
            src.append("emulator.close();\n");
            origins.add("generated");
        }
        src.append("    }\n}\n");
        return new Unit(className, src.toString(), List.copyOf(origins));
    }
}
