package ado.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.AdoClient;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** ado.core must build and run without Azure SDK classes: its descriptor and every class file prove it. */
class NoAzureDependencyTest {

    private static Path classes() throws Exception {
        Path location = Path.of(AdoClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(location.resolve("ado/core/AdoClient.class")).exists();
        return location;
    }

    @Test
    void moduleDescriptor_requiresOnlyJdkModules() throws Exception {
        ModuleDescriptor descriptor;
        try (var in = Files.newInputStream(classes().resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }

        assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name)
                .containsExactlyInAnyOrder("java.base", "java.net.http");
    }

    @Test
    void classFiles_referenceNoAzureClasses() throws Exception {
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(classes())) {
            offenders = files.filter(f -> f.toString().endsWith(".class")).filter(NoAzureDependencyTest::mentionsAzure)
                    .collect(Collectors.toList());
        }

        assertThat(offenders).isEmpty();
    }

    @Test
    void classFiles_scanFindsAzureNamesWhenPresent() {
        byte[] sample = "\u0001\u0000\u001ccom/azure/core/credential/X".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(mentionsAzure(sample)).isTrue();
    }

    private static boolean mentionsAzure(Path file) {
        try {
            return mentionsAzure(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Class names in the constant pool are UTF-8 with slashes; descriptors and strings may use dots. */
    private static boolean mentionsAzure(byte[] classFile) {
        String text = new String(classFile, StandardCharsets.ISO_8859_1);
        return text.contains("com/azure/") || text.contains("com.azure.") || text.contains("com/microsoft/aad");
    }
}
