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
}
