import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Compares two jars byte for byte and, when they differ, names what differs: the entry list, or the first entries
 * whose content, time, extra fields, comment or method differ. Exit status 0 if the files are identical, 1 if not.
 * Run as a single-file program: {@code java JarDiff.java a.jar b.jar}.
 */
public final class JarDiff {

    private JarDiff() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java JarDiff.java first.jar second.jar");
            System.exit(64);
        }
        Path a = Path.of(args[0]);
        Path b = Path.of(args[1]);
        if (Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b))) {
            System.exit(0);
        }
        List<String> differences = differences(entries(a), entries(b));
        if (differences.isEmpty()) {
            differences.add("same entries, contents and metadata, but the archives differ (central directory or order)");
        }
        System.out.println(a.getFileName() + " differs from the rebuilt copy:");
        differences.stream().limit(20).forEach(d -> System.out.println("  " + d));
        if (differences.size() > 20) {
            System.out.println("  ... and " + (differences.size() - 20) + " more");
        }
        System.exit(1);
    }

    private record Entry(ZipEntry entry, byte[] content) {
    }

    private static List<Entry> entries(Path jar) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(new Entry(e, in.readAllBytes()));
            }
        }
        return entries;
    }

    private static List<String> differences(List<Entry> first, List<Entry> second) {
        List<String> out = new ArrayList<>();
        List<String> firstNames = first.stream().map(e -> e.entry().getName()).toList();
        List<String> secondNames = second.stream().map(e -> e.entry().getName()).toList();
        if (!firstNames.equals(secondNames)) {
            firstNames.stream().filter(n -> !secondNames.contains(n)).forEach(n -> out.add(n + ": only in the first"));
            secondNames.stream().filter(n -> !firstNames.contains(n)).forEach(n -> out.add(n + ": only in the rebuild"));
            if (out.isEmpty()) {
                out.add("the same entries in another order");
            }
            return out;
        }
        for (int i = 0; i < first.size(); i++) {
            ZipEntry x = first.get(i).entry();
            ZipEntry y = second.get(i).entry();
            String name = x.getName();
            if (!Arrays.equals(first.get(i).content(), second.get(i).content())) {
                out.add(name + ": content differs");
            }
            if (x.getTime() != y.getTime()) {
                out.add(name + ": time " + x.getTime() + " vs " + y.getTime());
            }
            if (!Arrays.equals(x.getExtra(), y.getExtra())) {
                out.add(name + ": extra fields differ");
            }
            if (x.getMethod() != y.getMethod()) {
                out.add(name + ": compression method differs");
            }
            if (!String.valueOf(x.getComment()).equals(String.valueOf(y.getComment()))) {
                out.add(name + ": comment differs");
            }
        }
        return out;
    }
}
