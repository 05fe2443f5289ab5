package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.AdoClient;
import ado.core.json.JsonObject;
import ado.emulator.AdoEmulator;
import ado.model.JsonPatchOperation;
import ado.model.git.GitPermission;
import ado.model.git.GitSecurityTokens;
import ado.model.graph.GraphGroups;
import ado.model.graph.GraphMemberships;
import ado.model.graph.GraphSubject;
import ado.model.graph.GraphUserCreation;
import ado.model.graph.GraphUsers;
import ado.model.identity.Identity;
import ado.model.memberentitlement.UserEntitlementResult;
import ado.model.memberentitlement.UserEntitlements;
import ado.model.search.CodeResult;
import ado.model.search.Search;
import ado.model.search.SearchRequest;
import ado.model.security.AccessControlEntries;
import ado.model.security.AccessControlEntry;
import ado.model.security.AccessControlLists;
import ado.model.security.Permissions;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The examples of the "Identities, security and search" section of {@code docs/usage.md}, compiled and run against
 * the emulator; every Java block of that section is copied from between the {@code // doc:} markers here.
 */
class IdentityUsageExamplesTest {

    private AdoEmulator emulator;
    private AzureDevOpsService service;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.start();
        service = AzureDevOpsService.of(emulator.client());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void objectLayerExample_runs_findsPeopleSetsPermissionsAndSearches() {
        // doc: object
        Organization org = service.organization();
        Identity grace = org.identity("grace@fabrikam.example").orElseThrow();
        UUID reviewerId = grace.id();                  // what pull request reviewers and assignments take
        org.users().forEach(u -> System.out.println(u.displayName() + " <" + u.principalName() + ">"));

        Project project = org.project("Fabrikam-Fiber-Git");
        Repository repo = project.repository("Fabrikam-Fiber-Git");
        Identity readers = project.group("Readers").orElseThrow();
        repo.permissions().allow(readers, GitPermission.PULL_REQUEST_CONTRIBUTE);
        Identity me = org.identity("ada@fabrikam.example").orElseThrow();
        repo.permissions().branch("main").deny(me, GitPermission.GENERIC_CONTRIBUTE);  // deny beats inherited allow
        boolean mayPushToMain = repo.permissions().branch("main").has(GitPermission.GENERIC_CONTRIBUTE);  // false
        boolean mayPushElsewhere = repo.permissions().has(GitPermission.GENERIC_CONTRIBUTE);              // true

        List<CodeResult> hits = project.search().code("println").toList();  // default branches, lazily paged
        // end

        assertThat(reviewerId).isEqualTo(project.team("Quality assurance").members().stream()
                .filter(m -> m.identity().displayName().equals("Grace Hopper")).findFirst().orElseThrow()
                .identity().id());
        assertThat(repo.permissions().entry(readers)).hasValueSatisfying(e -> assertThat(e.allows(
                GitPermission.PULL_REQUEST_CONTRIBUTE.bit())).isTrue());
        assertThat(mayPushToMain).isFalse();
        assertThat(mayPushElsewhere).isTrue();
        assertThat(hits).extracting(CodeResult::path).containsExactly("/src/app/Main.java");
    }

    @Test
    void rawLayerExample_runs_eachCallOnItsHost() {
        UUID projectId = service.organization().project("Fabrikam-Fiber-Git").id();
        UUID repoId = service.organization().project("Fabrikam-Fiber-Git").repository("Fabrikam-Fiber-Git").id();
        AdoClient client = emulator.client();
        // doc: raw
        // graph and identities: client.vssps(); entitlements: client.vsaex(); search: client.search()
        GraphSubject contributors = GraphGroups.list(client.vssps())
                .filter(g -> g.principalName().equals("[Fabrikam-Fiber-Git]\\Contributors"))
                .findFirst().orElseThrow();
        GraphSubject katherine = GraphUsers.create(client.vssps(),
                GraphUserCreation.byPrincipalName("katherine.johnson@fabrikam.example"),
                List.of(contributors.descriptor()));
        boolean member = GraphMemberships.exists(client.vssps(), katherine.descriptor(), contributors.descriptor());

        UserEntitlementResult added = UserEntitlements.add(client.vsaex(), "mary.jackson@fabrikam.example",
                "stakeholder");
        UserEntitlements.update(client.vsaex(), added.userEntitlement().id(), List.of(JsonPatchOperation.replace(
                "/accessLevel", JsonObject.builder().put("accountLicenseType", "express").build())));

        String branch = GitSecurityTokens.branch(projectId, repoId, "feature/login");
        String ada = service.organization().identity("ada@fabrikam.example").orElseThrow().descriptor();
        AccessControlEntries.set(client.api(), AccessControlLists.GIT_REPOSITORIES, branch,
                List.of(new AccessControlEntry(ada, 0, GitPermission.FORCE_PUSH.bit(), null)), true);
        List<Boolean> allowed = Permissions.has(client.api(), AccessControlLists.GIT_REPOSITORIES,
                GitPermission.FORCE_PUSH.bit(), List.of(branch));

        List<CodeResult> classes = Search.code(client.search(), SearchRequest.of("class")
                .filter("Repository", List.of("Fabrikam-Fiber-Git")).page(0, 50)).toList();
        // end

        assertThat(member).isTrue();
        assertThat(UserEntitlements.get(client.vsaex(), added.userEntitlement().id()).accessLevel()
                .accountLicenseType()).isEqualTo("express");
        assertThat(allowed).containsExactly(false);
        assertThat(classes).extracting(CodeResult::fileName).contains("Main.java", "Strings.java");
    }

    @Test
    void usageDoc_identitySectionJavaBlocks_appearInThisFile() throws IOException {
        UsageDoc.assertBlocksIn("## Identities, security and search", IdentityUsageExamplesTest.class, 2);
    }
}
