package ado.model.memberentitlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoNotFoundException;
import ado.core.json.JsonObject;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.JsonPatchOperation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class UserEntitlementsTest {

    private final AdoClient client;
    private final AdoEmulator emulator;

    UserEntitlementsTest(AdoClient client, AdoEmulator emulator) {
        this.client = client;
        this.emulator = emulator;
    }

    @Test
    void list_onTheVsaexListener_returnsEveryUserWithALicence() {
        List<UserEntitlement> all = UserEntitlements.list(client.vsaex()).toList();

        assertThat(client.vsaex().uri()).isEqualTo(emulator.serviceUrl(AdoClient.Service.VSAEX));
        assertThat(all).extracting(e -> e.user().displayName()).contains("Ada Lovelace", "Grace Hopper");
        assertThat(all).allSatisfy(e -> assertThat(e.accessLevel().accountLicenseType()).isNotBlank());
    }

    @Test
    void list_onTheIdentityHost_isNotFound() {
        assertThatThrownBy(() -> UserEntitlements.list(client.vssps()).toList())
                .isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void addThenUpdate_changesTheLicence() {
        UserEntitlementResult added = UserEntitlements.add(client.vsaex(), "mary.jackson@fabrikam.example",
                "stakeholder");
        UserEntitlementResult updated = UserEntitlements.update(client.vsaex(), added.userEntitlement().id(),
                List.of(JsonPatchOperation.replace("/accessLevel", JsonObject.builder()
                        .put("accountLicenseType", "express").put("licensingSource", "account").build())));

        assertThat(added.userEntitlement().accessLevel().accountLicenseType()).isEqualTo("stakeholder");
        assertThat(updated.isSuccess()).isTrue();
        assertThat(UserEntitlements.get(client.vsaex(), added.userEntitlement().id()).accessLevel()
                .licenseDisplayName()).isEqualTo("Basic");
    }

    @Test
    void add_unknownLicence_isABadRequest() {
        assertThatThrownBy(() -> UserEntitlements.add(client.vsaex(), "x@fabrikam.example", "platinum"))
                .isInstanceOf(AdoBadRequestException.class).hasMessageContaining("platinum");
    }

    @Test
    void delete_thenGet_isNotFound() {
        UserEntitlementResult added = UserEntitlements.add(client.vsaex(), "annie.easley@fabrikam.example", "express");

        UserEntitlements.delete(client.vsaex(), added.userEntitlement().id());

        assertThatThrownBy(() -> UserEntitlements.get(client.vsaex(), added.userEntitlement().id()))
                .isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void add_withProjectGroup_sendsTheProjectEntitlementAndTheUserGetsIt() {
        java.util.UUID projectId = ado.model.core.Projects.get(client.api(), "Contoso-Web").id();

        UserEntitlementResult added = UserEntitlements.add(client.vsaex(), "ada.byron@fabrikam.example", "express",
                projectId, ProjectGroupType.PROJECT_ADMINISTRATOR);

        assertThat(added.isSuccess()).isTrue();
        assertThat(added.userEntitlement().projectEntitlements()).singleElement().satisfies(p -> assertThat(
                p.toJson()).contains(projectId.toString(), "projectAdministrator"));
        assertThat(emulator.requests().matching("POST", "/_apis/userentitlements")).last()
                .satisfies(r -> assertThat(r.bodyText()).contains("\"groupType\":\"projectAdministrator\"",
                        "\"licensingSource\":\"account\""));
        assertThatThrownBy(() -> UserEntitlements.add(client.vsaex(), "x@fabrikam.example", "express", projectId,
                null)).isInstanceOf(NullPointerException.class).hasMessageContaining("group");
        assertThatThrownBy(() -> UserEntitlements.add(client.vsaex(), "x@fabrikam.example", "express", null,
                ProjectGroupType.PROJECT_READER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("projectId");
    }

    @Test
    void updateAccessLevel_refusedLicence_isReportedInTheAnswerNotThrown() {
        UserEntitlementResult added = UserEntitlements.add(client.vsaex(), "ida.rhodes@fabrikam.example",
                "express");

        UserEntitlementResult refused = UserEntitlements.updateAccessLevel(client.vsaex(),
                added.userEntitlement().id(), "professional");
        UserEntitlementResult changed = UserEntitlements.updateAccessLevel(client.vsaex(),
                added.userEntitlement().id(), "stakeholder");

        assertThat(refused.isSuccess()).isFalse();
        assertThat(refused.operationResults()).singleElement().satisfies(r -> assertThat(r.toJson())
                .contains("professional"));
        assertThat(changed.isSuccess()).isTrue();
        assertThat(changed.userEntitlement().accessLevel().accountLicenseType()).isEqualTo("stakeholder");
        assertThatThrownBy(() -> UserEntitlements.updateAccessLevel(client.vsaex(), added.userEntitlement().id(),
                " ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accountLicenseType");
    }
}
