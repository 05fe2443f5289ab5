package ado.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoJsonException;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records in another named module bind through the public lookup: a public record in an exported package needs no
 * {@code opens}, and one that is not accessible fails with a message naming it. The module is compiled with the
 * JDK's javac and loaded in its own layer.
 */
class CrossModuleBindingTest {

    @TempDir
    static Path dir;

    private static ModuleLayer layer;

    @BeforeAll
    static void compileModule() throws IOException, InterruptedException {
        Path src = dir.resolve("src");
        write(src.resolve("module-info.java"), "module demo.model { exports demo.model; }");
        write(src.resolve("demo/model/Widget.java"), "package demo.model;\n"
                + "public record Widget(String name, int size, Kind kind, java.util.List<Part> parts) {}");
        write(src.resolve("demo/model/Part.java"), "package demo.model;\npublic record Part(long id) {}");
        write(src.resolve("demo/model/Kind.java"), "package demo.model;\npublic enum Kind { SMALL, LARGE_ONE }");
        write(src.resolve("demo/model/Local.java"), "package demo.model;\nrecord Local(int id) {}");
        write(src.resolve("demo/model/hidden/Secret.java"), "package demo.model.hidden;\n"
                + "public record Secret(String value) {}");
        write(src.resolve("demo/model/hidden/Mood.java"), "package demo.model.hidden;\npublic enum Mood { OK }");
        Path out = dir.resolve("out");
        String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
        Process process = new ProcessBuilder(javac, "--release", "17", "-d", out.toString(),
                src.resolve("module-info.java").toString(), src.resolve("demo/model/Widget.java").toString(),
                src.resolve("demo/model/Part.java").toString(), src.resolve("demo/model/Kind.java").toString(),
                src.resolve("demo/model/Local.java").toString(),
                src.resolve("demo/model/hidden/Secret.java").toString(),
                src.resolve("demo/model/hidden/Mood.java").toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        ModuleLayer boot = ModuleLayer.boot();
        Configuration configuration = boot.configuration()
                .resolve(ModuleFinder.of(out), ModuleFinder.of(), Set.of("demo.model"));
        layer = boot.defineModulesWithOneLoader(configuration, ClassLoader.getSystemClassLoader());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static Class<?> load(String name) throws ClassNotFoundException {
        return layer.findLoader("demo.model").loadClass(name);
    }

    @Test
    void readAndWrite_publicRecordInExportedPackage_bindsWithoutOpens() throws Exception {
        Class<?> widget = load("demo.model.Widget");
        assertThat(widget.getModule().isOpen("demo.model", JsonCodec.class.getModule())).isFalse();
        String json = "{\"name\":\"w\",\"size\":3,\"kind\":\"largeOne\",\"parts\":[{\"id\":7}]}";

        Object value = JsonCodec.builtin().read(json, JsonType.of(widget));

        assertThat(value).hasToString("Widget[name=w, size=3, kind=LARGE_ONE, parts=[Part[id=7]]]");
        assertThat(JsonCodec.builtin().writeString(value)).isEqualTo(json);
    }

    @Test
    void read_recordInNonExportedPackage_failsNamingIt() throws Exception {
        Class<?> secret = load("demo.model.hidden.Secret");

        assertThatThrownBy(() -> JsonCodec.builtin().read("{}", JsonType.of(secret)))
                .isInstanceOf(AdoJsonException.class)
                .hasMessage("Cannot bind demo.model.hidden.Secret: the type is not accessible to ado.core. Make"
                        + " it public in an exported package, or open its package to ado.core");
    }

    @Test
    void read_enumInNonExportedPackage_bindsItsConstants() throws Exception {
        Class<?> mood = load("demo.model.hidden.Mood");

        // enums need no method handles: the JDK hands out their constants whatever the package's access
        assertThat(JsonCodec.builtin().read("\"ok\"", JsonType.of(mood))).hasToString("OK");
    }

    @Test
    void read_packagePrivateRecord_failsNamingIt() throws Exception {
        Class<?> local = load("demo.model.Local");

        assertThatThrownBy(() -> JsonCodec.builtin().read("{}", JsonType.of(local)))
                .isInstanceOf(AdoJsonException.class)
                .hasMessageStartingWith("Cannot bind demo.model.Local: the type is not accessible to ado.core.");
    }

    @Test
    void read_listOfForeignRecords_binds() throws Exception {
        Class<?> part = load("demo.model.Part");

        List<?> parts = JsonCodec.builtin().read("[{\"id\":1},{\"id\":2}]", JsonType.listOf(part));

        assertThat(parts).hasToString("[Part[id=1], Part[id=2]]");
    }
}
