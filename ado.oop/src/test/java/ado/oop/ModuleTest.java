package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

class ModuleTest {

    @Test
    void oopModule_exportsOnlyItsApiPackage() {
        ModuleDescriptor descriptor = AzureDevOpsService.class.getModule().getDescriptor();

        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("ado.oop");
    }

    @Test
    void modelModule_exportsTheNewAreas() {
        ModuleDescriptor descriptor = ado.model.git.Refs.class.getModule().getDescriptor();

        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
                .contains("ado.model.core", "ado.model.git", "ado.model.profile");
    }
}
