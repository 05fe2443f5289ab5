package ado.model.serviceendpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.ApiCall;
import ado.core.error.AdoConflictException;
import ado.core.error.AdoNotFoundException;
import ado.core.json.JsonObject;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.core.Projects;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class ServiceEndpointsTest {

    private static AdoEmulator emulator;
    private static ApiCall org;
    private static ApiCall project;
    private static UUID projectId;
    private static UUID contosoId;

    @BeforeAll
    static void start(AdoEmulator started) {
        emulator = started;
        org = emulator.client().api();
        project = org.project("Fabrikam-Fiber-Git");
        projectId = Projects.get(org, "Fabrikam-Fiber-Git").id();
        contosoId = Projects.get(org, "Contoso-Web").id();
    }

    private static ServiceEndpoint create(String name) {
        return ServiceEndpoints.create(org, ServiceEndpoint.of(name, "generic", "https://svc.example",
                EndpointAuthorization.of("UsernamePassword", Map.of("username", "bot", "password", "pw-123")),
                projectId));
    }

    @Test
    void create_password_isNullOnRead() {
        ServiceEndpoint e = create("raw-ep-1");

        ServiceEndpoint read = ServiceEndpoints.get(project, e.id());

        assertThat(read.authorization().parameters()).containsEntry("username", "bot").containsEntry("password", null);
        assertThat(read.createdBy().displayName()).isEqualTo("Ada Lovelace");
    }

    @Test
    void listNamed_sendsEndpointNames_answersThatNameOnly() {
        ServiceEndpoint named = create("raw-named");
        create("raw-named-longer");

        List<ServiceEndpoint> found = ServiceEndpoints.listNamed(project, "RAW-NAMED");

        assertThat(found).extracting(ServiceEndpoint::id).containsExactly(named.id());
        assertThat(emulator.requests().matching("GET", "/_apis/serviceendpoint/endpoints"))
                .anySatisfy(r -> assertThat(r.query()).contains("endpointNames=RAW-NAMED"));
        assertThatThrownBy(() -> ServiceEndpoints.listNamed(project, "a,b")).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("name must not contain a comma");
        assertThatThrownBy(() -> ServiceEndpoints.listNamed(project, null)).hasMessageContaining("name");
    }

    @Test
    void update_readEndpointSentBack_keepsStoredPassword() {
        ServiceEndpoint e = create("raw-ep-2");
        ServiceEndpoint read = ServiceEndpoints.get(project, e.id());

        ServiceEndpoints.update(org, new ServiceEndpoint(read.id(), read.name(), read.type(), "https://moved",
                read.description(), read.authorization(), read.data(), read.isShared(), read.isReady(),
                read.owner(), read.createdBy(), read.serviceEndpointProjectReferences(), read.other()));

        JsonObject stored = (JsonObject) emulator.library().serviceEndpointDocument(e.id());
        assertThat(stored.toJson()).contains("pw-123").contains("https://moved");
    }

    @Test
    void shareAndDelete_followProjects() {
        ServiceEndpoint e = create("raw-ep-3");

        ServiceEndpoints.share(org, e.id(), List.of(ServiceEndpointProjectReference.of(contosoId, "raw-ep-3")));
        ServiceEndpoints.delete(org, e.id(), List.of(projectId));

        assertThat(ServiceEndpoints.list(org.project("Contoso-Web"), "generic")).extracting(ServiceEndpoint::id)
                .contains(e.id());
        assertThatThrownBy(() -> ServiceEndpoints.get(project, e.id())).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void create_duplicateName_isConflict() {
        create("raw-ep-dup");

        assertThatThrownBy(() -> create("raw-ep-dup")).isInstanceOf(AdoConflictException.class);
    }

    @Test
    void authorization_toString_showsNamesOnly() {
        var params = new LinkedHashMap<String, String>();
        params.put("password", "hunter2");

        assertThat(EndpointAuthorization.of("UsernamePassword", params).toString()).doesNotContain("hunter2")
                .contains("password");
    }

    @Test
    void endpoint_blankType_throwsNamingType() {
        assertThatThrownBy(() -> ServiceEndpoint.of("n", " ", null, null, projectId))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("type");
    }

    @Test
    void delete_noProjects_isRejectedBeforeSending() {
        assertThatThrownBy(() -> ServiceEndpoints.delete(org, UUID.randomUUID(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("projectIds");
    }

    @Test
    void create_descriptionDataAndSharing_allKept() {
        ServiceEndpoint body = ServiceEndpoint.of("raw-ep-full", "generic", "https://svc.example",
                EndpointAuthorization.of("UsernamePassword", Map.of("username", "bot", "password", "pw-9")), projectId)
                .withDescription("the build bot").withData(Map.of("environment", "AzureCloud"))
                .withProjects(List.of(ServiceEndpointProjectReference.of(projectId, "raw-ep-full"),
                        ServiceEndpointProjectReference.of(contosoId, "raw-ep-full-contoso")));

        ServiceEndpoint created = ServiceEndpoints.create(org, body);

        ServiceEndpoint read = ServiceEndpoints.get(org.project("Contoso-Web"), created.id());
        assertThat(read.description()).isEqualTo("the build bot");
        assertThat(read.data()).containsEntry("environment", "AzureCloud");
        assertThat(read.isShared()).isTrue();
        assertThat(read.serviceEndpointProjectReferences()).extracting(ServiceEndpointProjectReference::name)
                .containsExactlyInAnyOrder("raw-ep-full", "raw-ep-full-contoso");
        assertThatThrownBy(() -> body.withProjects(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("references");
    }
}
