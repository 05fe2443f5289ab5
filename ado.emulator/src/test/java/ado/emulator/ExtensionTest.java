package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.AdoClient;
import ado.core.json.JsonObject;
import ado.emulator.junit.AdoEmulatorExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(AdoEmulatorExtension.class)
class ExtensionTest {

    private static AdoEmulator fromBeforeAll;

    @BeforeAll
    static void remember(AdoEmulator emulator) {
        fromBeforeAll = emulator;
    }

    @Test
    void parameters_emulatorAndClient_pointAtSameServer(AdoEmulator emulator, AdoClient client) {
        assertThat(client.organization()).isEqualTo(emulator.url());
        assertThat(client.api().apis("projects").get("7.1").asList(JsonObject.class)).hasSize(2);
    }

    @Test
    void emulator_sharedAcrossTheClass(AdoEmulator emulator) {
        assertThat(emulator).isSameAs(fromBeforeAll);
    }

    @Nested
    class Inner {
        @Test
        void nestedTest_getsOuterEmulator(AdoEmulator emulator) {
            assertThat(emulator).isSameAs(fromBeforeAll);
        }
    }
}

class RegisteredExtensionTest {

    @RegisterExtension
    static final AdoEmulatorExtension EMULATOR = new AdoEmulatorExtension(
            () -> AdoEmulator.builder().seeded(false).organization("contoso"));

    @Test
    void options_applied(AdoEmulator emulator, AdoClient client) {
        assertThat(emulator.organization()).isEqualTo("contoso");
        assertThat(client.api().apis("projects").get("7.1").asList(JsonObject.class)).isEmpty();
    }
}
