package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.model.wit.WorkItemFieldName;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's record in a named module: ado4j reaches it when the module exports its (public) record's package or opens
 * the package to {@code ado.oop}, and otherwise says which line to add to the module's descriptor.
 */
class TypedWorkItemsModuleTest {

    @TempDir
    static Path dir;

    private static ModuleLayer layer;

    @BeforeAll
    static void compileModules() throws IOException {
        module("acme.hidden", "", "public record Bug");
        module("acme.exported", "exports acme.exported to ado.oop;", "public record Bug");
        module("acme.opened", "opens acme.opened to ado.oop;", "record Bug");
        module("acme.closed", "exports acme.closed to ado.oop;", "record Bug");
        Path out = dir.resolve("out");
        var log = new StringWriter();
        int status = ToolProvider.findFirst("javac").orElseThrow().run(new PrintWriter(log, true),
                new PrintWriter(log, true), "--release", "17", "-proc:none", "--module-path",
                System.getProperty("jdk.module.path"), "--module-source-path", dir.resolve("src").toString(),
                "--module", "acme.hidden,acme.exported,acme.opened,acme.closed", "-d", out.toString());
        assertThat(status).as(log.toString()).isZero();
        Configuration cf = ModuleLayer.boot().configuration().resolve(ModuleFinder.of(out), ModuleFinder.of(),
                Set.of("acme.hidden", "acme.exported", "acme.opened", "acme.closed"));
        layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getSystemClassLoader());
    }

    private static void module(String name, String directive, String declaration) throws IOException {
        Path src = dir.resolve("src").resolve(name);
        Path pkg = src.resolve(name.replace('.', '/'));
        Files.createDirectories(pkg);
        Files.writeString(src.resolve("module-info.java"), "module " + name + " { requires ado.oop; " + directive
                + " }\n");
        Files.writeString(pkg.resolve("Bug.java"), "package " + name + ";\n" + declaration
                + "(@ado.oop.Field(\"System.Title\") String title) {}\n");
    }

    @SuppressWarnings("unchecked")
    private static Class<Record> bug(String module) throws ClassNotFoundException {
        return (Class<Record>) layer.findLoader(module).loadClass(module + ".Bug");
    }

    @Test
    void recordModuleAsTheTestsRun_isNamed() {
        assertThat(WorkItemMapping.class.getModule().getName()).isEqualTo("ado.oop");
    }

    @Test
    void packageNeitherExportedNorOpened_errorNamesTheOpensLine() throws Exception {
        Class<Record> type = bug("acme.hidden");

        assertThatThrownBy(() -> WorkItemMapping.of(type)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("acme.hidden.Bug: module acme.hidden neither opens nor exports package "
                        + "acme.hidden to ado.oop")
                .hasMessageContaining("`opens acme.hidden to ado.oop;`")
                .hasMessageContaining("`exports acme.hidden to ado.oop;`");
    }

    @Test
    void nonPublicRecordInExportedPackage_errorNamesTheOpensLine() throws Exception {
        Class<Record> type = bug("acme.closed");

        assertThatThrownBy(() -> WorkItemMapping.of(type)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("acme.closed.Bug: it (or a class enclosing it) is not public")
                .hasMessageContaining("`opens acme.closed to ado.oop;`").hasMessageContaining("make the record public");
    }

    @Test
    void publicRecordInPackageExportedToAdoOop_mapped() throws Exception {
        assertThat(WorkItemMapping.of(bug("acme.exported")).fields()).containsExactly(WorkItemFieldName.TITLE);
    }

    @Test
    void recordInPackageOpenedToAdoOop_mappedAndRead() throws Exception {
        WorkItemMapping<Record> mapping = WorkItemMapping.of(bug("acme.opened"));
        var item = new ado.model.wit.WorkItem(5, 1, ado.core.json.JsonObject.builder().put("System.Title", "Hi")
                .build(), null, null, null, null);

        assertThat(mapping.read(item, null).toString()).isEqualTo("Bug[title=Hi]");
    }
}
