package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.error.AdoConflictException;
import ado.core.json.JsonObject;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.distributedtask.VariableGroupParameters;
import ado.model.distributedtask.VariableValue;
import ado.model.serviceendpoint.EndpointAuthorization;
import ado.model.serviceendpoint.ServiceEndpointProjectReference;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Service endpoint updates, and creating endpoints and variable groups with everything Azure DevOps accepts. */
@ExtendWith(AdoEmulatorExtension.class)
class PipelineResourceWritesTest {

    private static final String P = "Fabrikam-Fiber-Git";
    private static AdoEmulator emulator;
    private static Project project;
    private static Project contoso;
    private static PipelineResources library;

    @BeforeAll
    static void start(AdoEmulator started, AdoClient client) {
        emulator = started;
        project = AzureDevOpsService.of(client).organization().project(P);
        contoso = project.organization().project("Contoso-Web");
        library = project.pipelineResources();
    }

    private static ServiceEndpoint endpoint(String name) {
        return library.createServiceEndpoint(name, "generic", "https://" + name + ".example",
                EndpointAuthorization.of("UsernamePassword", Map.of("username", "ci", "password", "pw-" + name)));
    }

    private static JsonObject stored(UUID id) {
        return (JsonObject) emulator.library().serviceEndpointDocument(id);
    }

    private static long puts(UUID id) {
        return emulator.requests().count("PUT", "/_apis/serviceendpoint/endpoints/" + id);
    }

    @Test
    void serviceEndpointUpdate_everyField_oneWriteAndEveryFieldRead() {
        ServiceEndpoint e = endpoint("se-all");
        long before = puts(e.id());

        e.update(ServiceEndpoint.changes().name("se-all-2").description("moved").url("https://new.example")
                .data(Map.of("tier", "gold"))
                .authorization(EndpointAuthorization.of("UsernamePassword", Map.of("username", "bot",
                        "password", "rotated-pw"))));

        assertThat(puts(e.id()) - before).isEqualTo(1);
        var read = library.serviceEndpoint(e.id()).refresh().info();
        assertThat(read.name()).isEqualTo("se-all-2");
        assertThat(read.description()).isEqualTo("moved");
        assertThat(read.url()).isEqualTo("https://new.example");
        assertThat(read.data()).containsEntry("tier", "gold");
        assertThat(read.authorization().parameters()).containsEntry("username", "bot").containsEntry("password",
                null);
        assertThat(stored(e.id()).toJson()).contains("rotated-pw").doesNotContain("pw-se-all\"");
        assertThat(library.serviceEndpointNamed("se-all-2")).containsSame(e);
        assertThat(library.serviceEndpointNamed("se-all")).isEmpty();
    }

    @Test
    void serviceEndpointUpdate_descriptionOnly_keepsTheSecretAndEverythingElse() {
        ServiceEndpoint e = library.createServiceEndpoint(ado.model.serviceendpoint.ServiceEndpoint.of("se-desc",
                "generic", "https://se-desc.example", EndpointAuthorization.of("UsernamePassword",
                        Map.of("username", "ci", "password", "keep-Sekr1t-1")), project.id())
                .withData(Map.of("a", "1", "b", "2")));

        e.update(ServiceEndpoint.changes().description("now described").data(Map.of("b", "3")));

        JsonObject stored = stored(e.id());
        assertThat(stored.toJson()).contains("keep-Sekr1t-1");
        var read = e.info();
        assertThat(read.description()).isEqualTo("now described");
        assertThat(read.url()).isEqualTo("https://se-desc.example");
        assertThat(read.data()).containsEntry("a", "1").containsEntry("b", "3");
        assertThat(read.name()).isEqualTo("se-desc");
        assertThat(e.toString()).doesNotContain("keep-Sekr1t-1");
    }

    @Test
    void serviceEndpointUpdate_nameOfAnotherEndpoint_isConflictAndChangesNothing() {
        endpoint("se-taken");
        ServiceEndpoint e = endpoint("se-rename");

        assertThatThrownBy(() -> e.update(ServiceEndpoint.changes().name("se-taken")))
                .isInstanceOf(AdoConflictException.class);

        assertThat(e.refresh().name()).isEqualTo("se-rename");
    }

    @Test
    void serviceEndpointChanges_badInput_failsNamingTheField() {
        assertThatThrownBy(() -> ServiceEndpoint.changes().name(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> ServiceEndpoint.changes().data(java.util.Collections.singletonMap("k", null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("data['k']");
        assertThat(ServiceEndpoint.changes().authorization(EndpointAuthorization.of("UsernamePassword",
                Map.of("password", "cs-Sekr1t"))).toString()).doesNotContain("cs-Sekr1t");
    }

    @Test
    void createServiceEndpoint_withDescriptionDataAndSharing_isReadInBothProjects() {
        ServiceEndpoint e = library.createServiceEndpoint(ado.model.serviceendpoint.ServiceEndpoint.of("se-shared",
                "generic", "https://feed.example", null, project.id()).withDescription("The package feed")
                .withData(Map.of("tier", "gold")).withProjects(List.of(
                        ServiceEndpointProjectReference.of(project.id(), "se-shared"),
                        ServiceEndpointProjectReference.of(contoso.id(), "se-shared"))));

        assertThat(e.info().description()).isEqualTo("The package feed");
        assertThat(e.info().data()).containsEntry("tier", "gold");
        assertThat(e.info().isShared()).isTrue();
        assertThat(contoso.pipelineResources().serviceEndpointNamed("se-shared").orElseThrow().id())
                .isEqualTo(e.id());
    }

    @Test
    void createServiceEndpoint_notNamingThisProject_isRefusedBeforeSending() {
        long before = emulator.requests().count("POST", "/_apis/serviceendpoint/endpoints");

        assertThatThrownBy(() -> library.createServiceEndpoint(ado.model.serviceendpoint.ServiceEndpoint.of(
                "se-elsewhere", "generic", "https://x.example", null, contoso.id())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(P);
        assertThat(emulator.requests().count("POST", "/_apis/serviceendpoint/endpoints")).isEqualTo(before);
    }

    @Test
    void createVariableGroup_keyVaultLinked_keepsTypeAndProviderData() {
        UUID azure = endpoint("vault-connection").id();

        VariableGroup g = library.createVariableGroup(VariableGroupParameters.of("vault-group", project.id(),
                "secrets from the vault", Map.of("dbPassword", VariableValue.of(""))).withKeyVault(azure,
                "prod-vault"));

        var read = library.variableGroup("vault-group").refresh().info();
        assertThat(g).isSameAs(library.variableGroup(g.id()));
        assertThat(read.type()).isEqualTo("AzureKeyVault");
        assertThat(read.providerData().toJson()).contains("\"vault\":\"prod-vault\"")
                .contains(azure.toString());
        assertThat(read.variables()).containsOnlyKeys("dbPassword");
    }

    @Test
    void createVariableGroup_keyVaultGroupThenSetVariable_keepsTypeAndProviderData() {
        UUID azure = endpoint("vault-connection-2").id();
        VariableGroup g = library.createVariableGroup(VariableGroupParameters.of("vault-group-2", project.id(),
                null, Map.of()).withKeyVault(azure, "other-vault"));

        g.update(Map.of("apiKey", VariableValue.of("")));

        var read = g.refresh().info();
        assertThat(read.type()).isEqualTo("AzureKeyVault");
        assertThat(read.providerData().toJson()).contains("other-vault");
        assertThat(read.variables()).containsKey("apiKey");
    }

    @Test
    void createVariableGroup_notNamingThisProject_isRefused() {
        assertThatThrownBy(() -> library.createVariableGroup(VariableGroupParameters.of("elsewhere", contoso.id(),
                null, Map.of()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("variableGroupProjectReferences");
    }
}
