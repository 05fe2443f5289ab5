package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;

import ado.emulator.AdoEmulator;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ScaleTest {

    private static final int COMMITS = 100_000;

    @Test
    void commits_100kThroughTheObjectLayerIn64MegabyteHeap_streamWithoutKeepingObjects() throws Exception {
        try (AdoEmulator emulator = AdoEmulator.start()) {
            emulator.git().generateHistory("Contoso-Web", "big", COMMITS);
            var classPath = new LinkedHashSet<String>();
            classPath.add(Path.of("target", "test-classes").toAbsolutePath().toString());
            for (String property : List.of("jdk.module.path", "java.class.path")) {
                String value = System.getProperty(property, "");
                for (String entry : value.split(File.pathSeparator)) {
                    if (!entry.isBlank()) {
                        classPath.add(entry);
                    }
                }
            }
            var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-cp", String.join(File.pathSeparator, classPath),
                    ScaleClient.class.getName(), emulator.url().toString(), emulator.pat(), "Contoso-Web", "big"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output;
            try (var in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

            System.out.println(output);
            assertThat(process.exitValue()).as(output).isZero();
            Matcher m = Pattern.compile("commits=(\\d+) identities=(\\d+)").matcher(output);
            assertThat(m.find()).as(output).isTrue();
            assertThat(Long.parseLong(m.group(1))).isEqualTo(COMMITS);
            assertThat(Integer.parseInt(m.group(2))).isLessThanOrEqualTo(100);
        }
    }
}
