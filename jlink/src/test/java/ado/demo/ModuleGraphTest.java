package ado.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks the module graph the architecture promises, from the compiled descriptors of every ado4j module: what each
 * module requires, that only API and SPI packages are exported, and who provides which service.
 */
class ModuleGraphTest {

    private static ModuleDescriptor descriptor(String module) {
        Path classes = Path.of("..", module, "target", "classes");
        assertThat(classes.resolve("module-info.class")).as("compiled descriptor of " + module).exists();
        return ModuleFinder.of(classes).find(module).orElseThrow().descriptor();
    }

    private static Set<String> requires(ModuleDescriptor d) {
        return d.requires().stream().map(Requires::name).collect(Collectors.toSet());
    }

    private static Set<String> exports(ModuleDescriptor d) {
        return d.exports().stream().map(Exports::source).collect(Collectors.toSet());
    }

    @Test
    void core_requires_onlyJavaBaseAndHttp() {
        assertThat(requires(descriptor("ado.core"))).containsExactlyInAnyOrder("java.base", "java.net.http");
    }

    @Test
    void core_exports_onlyApiAndSpiPackages() {
        var core = descriptor("ado.core");
        assertThat(exports(core)).containsExactlyInAnyOrder(
                "ado.core", "ado.core.auth", "ado.core.error", "ado.core.json", "ado.core.spi");
        assertThat(core.exports()).allMatch(e -> !e.isQualified(), "no qualified exports");
        assertThat(core.packages()).anyMatch(p -> p.startsWith("ado.core.internal"));
    }

    @Test
    void core_uses_bothServiceInterfaces() {
        assertThat(descriptor("ado.core").uses()).containsExactlyInAnyOrder(
                "ado.core.spi.JsonCodecProvider", "ado.core.spi.AccessTokenProvider");
    }

    @Test
    void model_requiresCoreTransitively() {
        assertThat(descriptor("ado.model").requires()).anyMatch(
                r -> r.name().equals("ado.core") && r.modifiers().contains(Requires.Modifier.TRANSITIVE));
    }

    @Test
    void oop_requiresModelTransitively() {
        assertThat(descriptor("ado.oop").requires()).anyMatch(
                r -> r.name().equals("ado.model") && r.modifiers().contains(Requires.Modifier.TRANSITIVE));
    }

    @Test
    void json_providesTheCodecSpi() {
        var json = descriptor("ado.json");
        assertThat(requires(json)).contains("ado.core", "com.fasterxml.jackson.databind");
        assertThat(json.provides()).anyMatch(p -> p.service().equals("ado.core.spi.JsonCodecProvider"));
    }

    @Test
    void identity_requiresCore() {
        assertThat(requires(descriptor("ado.identity"))).contains("ado.core");
    }

    @Test
    void emulator_neverRequiresModel() {
        var emulator = descriptor("ado.emulator");
        assertThat(requires(emulator)).contains("ado.core", "jdk.httpserver").doesNotContain("ado.model", "ado.oop");
    }

    @Test
    void demo_requiresTheEmulatorOnlyStatically() {
        var demo = ModuleFinder.of(Path.of("target", "classes")).find("ado.demo").orElseThrow().descriptor();
        assertThat(requires(demo)).contains("ado.oop");
        assertThat(demo.requires()).filteredOn(r -> r.name().equals("ado.emulator")).singleElement()
                .satisfies(r -> assertThat(r.modifiers()).containsExactly(Requires.Modifier.STATIC));
    }

    @Test
    void everyModule_exportsNoInternalPackage() {
        for (String module : Set.of("ado.core", "ado.model", "ado.json", "ado.identity", "ado.oop", "ado.emulator")) {
            assertThat(exports(descriptor(module))).as(module).noneMatch(p -> p.contains(".internal"));
            assertThat(exports(descriptor(module))).as(module).allMatch(p -> p.startsWith(module));
        }
    }

    @Test
    void everyModule_hasASourceDescriptor() throws Exception {
        for (String module : Set.of("ado.core", "ado.model", "ado.json", "ado.identity", "ado.oop", "ado.emulator")) {
            assertThat(Files.readString(Path.of("..", module, "src", "main", "java", "module-info.java")))
                    .contains("module " + module + " {");
        }
    }
}
