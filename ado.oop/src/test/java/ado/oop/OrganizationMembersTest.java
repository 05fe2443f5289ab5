package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.graph.GraphMembership;
import ado.model.graph.GraphSubject;
import ado.model.memberentitlement.ProjectGroupType;
import ado.model.memberentitlement.UserEntitlement;
import ado.model.memberentitlement.UserEntitlements;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Graph users, user entitlements and group memberships through {@link Organization} (one emulator, shared). */
@ExtendWith(AdoEmulatorExtension.class)
class OrganizationMembersTest {

    private final AdoEmulator emulator;
    private final Organization org;

    OrganizationMembersTest(AdoEmulator emulator) {
        this.emulator = emulator;
        this.org = AzureDevOpsService.of(emulator.client()).organization();
    }

    @Test
    void user_byDescriptor_isTheGraphUserAndUnknownIsEmpty() {
        GraphSubject listed = org.users().filter(u -> u.displayName().equals("Grace Hopper")).findFirst()
                .orElseThrow();

        assertThat(org.user(listed.descriptor())).hasValueSatisfying(u -> {
            assertThat(u.principalName()).isEqualTo(listed.principalName());
            assertThat(u.isGroup()).isFalse();
        });
        assertThat(org.user("aad.bm9ib2R5")).isEmpty();
        assertThatThrownBy(() -> org.user("a/b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void userEntitlements_overTwoPages_fetchesTheSecondPageOnlyWhenReached() {
        for (int i = 0; i < 120; i++) {
            UserEntitlements.add(emulator.client().vsaex(), "member" + i + "@fabrikam.example", "express");
        }
        emulator.requests().clear();

        List<UserEntitlement> first = org.userEntitlements().limit(3).toList();
        long afterFirst = emulator.requests().count("GET", "/_apis/userentitlements");
        List<UserEntitlement> all = org.userEntitlements().toList();

        assertThat(first).hasSize(3);
        assertThat(afterFirst).isEqualTo(1);
        assertThat(emulator.requests().count("GET", "/_apis/userentitlements")).isEqualTo(1 + 2);
        assertThat(all).hasSizeGreaterThan(120).extracting(UserEntitlement::id).doesNotHaveDuplicates();
        assertThat(all).extracting(e -> e.user().principalName()).contains("member0@fabrikam.example",
                "member119@fabrikam.example");
    }

    @Test
    void addUserEntitlement_withProjectGroup_givesTheLicenceAndTheGroupMembership() {
        Project contoso = org.project("Contoso-Web");

        UserEntitlement added = org.addUserEntitlement("mary.jackson@fabrikam.example", "stakeholder", contoso,
                ProjectGroupType.PROJECT_CONTRIBUTOR);

        assertThat(added.accessLevel().accountLicenseType()).isEqualTo("stakeholder");
        assertThat(added.projectEntitlements()).singleElement()
                .satisfies(p -> assertThat(p.toJson()).contains(contoso.id().toString(), "projectContributor"));
        assertThat(org.isGraphMember(added.user().descriptor(), group("[Contoso-Web]\\Contributors"))).isTrue();
        assertThat(org.userEntitlements().map(e -> e.user().principalName()))
                .contains("mary.jackson@fabrikam.example");
    }

    @Test
    void addUserEntitlement_groupWithoutProject_isRejectedBeforeSending() {
        emulator.requests().clear();

        assertThatThrownBy(() -> org.addUserEntitlement("x@fabrikam.example", "express", null,
                ProjectGroupType.PROJECT_READER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("projectId");
        assertThat(emulator.requests().count("POST", "/_apis/userentitlements")).isZero();
    }

    @Test
    void addUserEntitlement_refusedLicence_isABadRequestNamingTheUser() {
        assertThatThrownBy(() -> org.addUserEntitlement("katherine.johnson@fabrikam.example", "earlyAdopter"))
                .isInstanceOf(AdoBadRequestException.class)
                .hasMessageContaining("katherine.johnson@fabrikam.example").hasMessageContaining("earlyAdopter")
                .hasMessageContaining("cannot be assigned");
    }

    @Test
    void updateUserAccessLevel_changesTheLicence() {
        UserEntitlement added = org.addUserEntitlement("annie.easley@fabrikam.example", "stakeholder");

        UserEntitlement updated = org.updateUserAccessLevel(added.id(), "express");

        assertThat(updated.accessLevel().licenseDisplayName()).isEqualTo("Basic");
        assertThat(UserEntitlements.get(emulator.client().vsaex(), added.id()).accessLevel().accountLicenseType())
                .isEqualTo("express");
    }

    @Test
    void updateUserAccessLevel_refusedChange_isABadRequestNamingTheUserAndKeepsTheLicence() {
        UserEntitlement added = org.addUserEntitlement("dorothy.vaughan@fabrikam.example", "stakeholder");

        assertThatThrownBy(() -> org.updateUserAccessLevel(added.id(), "professional"))
                .isInstanceOf(AdoBadRequestException.class)
                .hasMessageContaining("dorothy.vaughan@fabrikam.example").hasMessageContaining(added.id().toString())
                .hasMessageContaining("professional");
        assertThatThrownBy(() -> org.updateUserAccessLevel(added.id(), "platinum"))
                .isInstanceOf(AdoBadRequestException.class).hasMessageContaining(added.id().toString());
        assertThat(UserEntitlements.get(emulator.client().vsaex(), added.id()).accessLevel().accountLicenseType())
                .isEqualTo("stakeholder");
    }

    @Test
    void updateUserAccessLevel_unknownUser_isNotFound() {
        assertThatThrownBy(() -> org.updateUserAccessLevel(java.util.UUID.randomUUID(), "express"))
                .isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void graphMembership_addThenRemove_andRemovingANonMemberIsNotFound() {
        String readers = group("[Fabrikam-Fiber-Git]\\Readers");
        String grace = org.users().filter(u -> u.displayName().equals("Grace Hopper")).findFirst().orElseThrow()
                .descriptor();

        GraphMembership added = org.addGraphMembership(grace, readers);
        boolean memberAfterAdd = org.isGraphMember(grace, readers);
        org.removeGraphMembership(grace, readers);

        assertThat(added.memberDescriptor()).isEqualTo(grace);
        assertThat(added.containerDescriptor()).isEqualTo(readers);
        assertThat(memberAfterAdd).isTrue();
        assertThat(org.isGraphMember(grace, readers)).isFalse();
        assertThatThrownBy(() -> org.removeGraphMembership(grace, readers))
                .isInstanceOf(AdoNotFoundException.class).hasMessageContaining(grace);
    }

    @Test
    void addGraphMembership_containerIsAUser_isABadRequest() {
        List<String> users = org.users().map(GraphSubject::descriptor).limit(2).toList();

        assertThatThrownBy(() -> org.addGraphMembership(users.get(0), users.get(1)))
                .isInstanceOf(AdoBadRequestException.class);
    }

    private String group(String principalName) {
        return org.groups().filter(g -> g.principalName().equals(principalName)).findFirst().orElseThrow()
                .descriptor();
    }
}
