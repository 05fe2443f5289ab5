package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check every usage example test makes: each Java block of its section of {@code docs/usage.md} is copied
 * from its own source, so the documented examples are the ones that compile and run.
 */
final class UsageDoc {

    private static final Path DOC = Path.of("../docs/usage.md");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    private UsageDoc() {
    }

    /** {@return the Java blocks of the section {@code heading} (up to the next {@code ## } heading)} */
    static List<String> javaBlocks(String heading) throws IOException {
        String doc = Files.readString(DOC);
        int start = doc.indexOf(heading);
        assertThat(start).as("section '%s' in %s", heading, DOC).isNotNegative();
        int next = doc.indexOf("\n## ", start + 1);
        String section = next < 0 ? doc.substring(start) : doc.substring(start, next);
        var blocks = new ArrayList<String>();
        Matcher m = JAVA_BLOCK.matcher(section);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    /** Asserts that section {@code heading} has {@code count} Java blocks and that {@code test}'s source holds each. */
    static void assertBlocksIn(String heading, Class<?> test, int count) throws IOException {
        String self = normalise(Files.readString(Path.of("src/test/java", test.getName().replace('.', '/') + ".java")));

        assertThat(javaBlocks(heading)).hasSize(count).allSatisfy(b -> assertThat(self).contains(normalise(b)));
    }

    /** {@return {@code code} with each line stripped and blank lines dropped} */
    static String normalise(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
    }
}
