package ado.model.distributedtask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.ApiCall;
import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoConflictException;
import ado.core.error.AdoNotFoundException;
import ado.core.json.JsonObject;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.core.Projects;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class VariableGroupsEndpointTest {

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

    private static VariableGroup create(String name) {
        return VariableGroups.create(org, VariableGroupParameters.of(name, projectId, "d",
                Map.of("plain", VariableValue.of("p"), "secret", VariableValue.secret("s3"))));
    }

    @Test
    void create_secret_comesBackWithoutValue() {
        VariableGroup g = create("raw-1");

        assertThat(g.variables().get("secret").value()).isNull();
        assertThat(g.variables().get("secret").secret()).isTrue();
        assertThat(VariableGroups.get(project, g.id()).variables().get("plain").value()).isEqualTo("p");
    }

    @Test
    void update_fromReadGroup_keepsSecretAndAddsVariable() {
        VariableGroup g = create("raw-2");

        VariableGroup updated = VariableGroups.update(org, g.id(),
                VariableGroupParameters.from(g).withVariable("more", "m", false));

        JsonObject stored = (JsonObject) emulator.library().variableGroupDocument("Fabrikam-Fiber-Git", g.id());
        assertThat(((JsonObject) stored.get("variables")).get("secret").toJson()).contains("s3");
        assertThat(updated.variables()).containsKeys("plain", "secret", "more");
    }

    @Test
    void list_byName_pagesLazily() {
        create("raw-page-1");
        create("raw-page-2");
        create("raw-page-3");

        List<VariableGroup> all = VariableGroups.list(project, VariableGroupQuery.ALL.withName("raw-page-*")
                .withTop(2)).toList();

        assertThat(all).extracting(VariableGroup::name).containsExactly("raw-page-3", "raw-page-2", "raw-page-1");
    }

    @Test
    void listByIds_returnsThoseGroups() {
        VariableGroup a = create("raw-ids-1");
        VariableGroup b = create("raw-ids-2");

        assertThat(VariableGroups.listByIds(project, List.of(a.id(), b.id()))).extracting(VariableGroup::id)
                .containsExactlyInAnyOrder(a.id(), b.id());
    }

    @Test
    void shareThenDelete_movesBetweenProjects() {
        VariableGroup g = create("raw-share");

        VariableGroups.share(org, g.id(), List.of(VariableGroupProjectReference.of(contosoId, "raw-share", null)));
        VariableGroups.delete(org, g.id(), List.of(projectId));

        assertThat(VariableGroups.get(org.project("Contoso-Web"), g.id()).name()).isEqualTo("raw-share");
        assertThatThrownBy(() -> VariableGroups.get(project, g.id())).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void create_duplicateName_isConflictWithAdoMessage() {
        create("raw-dup");

        assertThatThrownBy(() -> create("RAW-DUP")).isInstanceOfSatisfying(AdoConflictException.class,
                e -> assertThat(e.adoMessage()).hasValueSatisfying(m -> assertThat(m).contains("RAW-DUP")));
    }

    @Test
    void get_unknownId_isNotFound() {
        assertThatThrownBy(() -> VariableGroups.get(project, 4242)).isInstanceOf(AdoNotFoundException.class)
                .hasMessageContaining("4242");
    }

    @Test
    void delete_noProjects_isRejectedBeforeSending() {
        assertThatThrownBy(() -> VariableGroups.delete(org, 1, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("projectIds");
    }

    @Test
    void get_nonPositiveId_isRejectedNamingGroupId() {
        assertThatThrownBy(() -> VariableGroups.get(project, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("groupId");
    }

    @Test
    void create_keyVaultLinked_typeAndProviderDataKept() {
        UUID endpoint = UUID.randomUUID();
        VariableGroup g = VariableGroups.create(org, VariableGroupParameters.of("raw-kv", projectId, "vault",
                Map.of("db-password", new VariableValue(null, true, null, null))).withKeyVault(endpoint, "fabrikam-kv"));

        VariableGroup read = VariableGroups.get(project, g.id());
        assertThat(read.type()).isEqualTo("AzureKeyVault");
        assertThat(((JsonObject) read.providerData()).string("serviceEndpointId")).contains(endpoint.toString());
        assertThat(((JsonObject) read.providerData()).string("vault")).contains("fabrikam-kv");
        assertThat(read.variables()).containsKey("db-password");
    }

    @Test
    void create_keyVaultWithoutProviderData_isBadRequest() {
        VariableGroupParameters p = VariableGroupParameters.of("raw-kv-bad", projectId, null, Map.of())
                .withProvider("AzureKeyVault", null);

        assertThatThrownBy(() -> VariableGroups.create(org, p)).isInstanceOf(AdoBadRequestException.class)
                .hasMessageContaining("providerData");
        assertThatThrownBy(() -> p.withKeyVault(UUID.randomUUID(), " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vault");
    }
}
