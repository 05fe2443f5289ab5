package ado.model.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.ApiCall;
import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoNotFoundException;
import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.core.Projects;
import ado.model.git.PullRequestCreate;
import ado.model.git.PullRequests;
import ado.model.git.Repositories;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class PolicyEndpointsTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";
    private static final AtomicInteger REPOS = new AtomicInteger();

    private AdoEmulator emulator;
    private ApiCall project;
    private UUID projectId;
    private UUID repoId;
    private PolicyScope main;

    @BeforeEach
    void freshRepository(AdoEmulator emulator) {
        this.emulator = emulator;
        String name = "policy-endpoints-" + REPOS.incrementAndGet();
        emulator.git().generateHistory(PROJECT, name, 1);
        project = emulator.client().api().project(PROJECT);
        projectId = Projects.get(emulator.client().api(), PROJECT).id();
        repoId = Repositories.get(project, name).id();
        main = PolicyScope.branch(repoId, "refs/heads/main");
    }

    @Test
    void create_typedSettings_returnedAsSentWithRevisionOne() {
        var settings = PolicySettings.MinimumReviewers.of(2, main);

        PolicyConfiguration created = Policies.create(project, PolicyDefinition.blocking(settings));

        assertThat(created.revision()).isEqualTo(1);
        assertThat(created.isEnabled()).isTrue();
        assertThat(created.isBlocking()).isTrue();
        assertThat(created.type().id()).isEqualTo(PolicySettings.MinimumReviewers.TYPE_ID);
        assertThat(created.type().displayName()).isEqualTo("Minimum number of reviewers");
        assertThat(created.typedSettings()).isEqualTo(settings);
        assertThat(Policies.get(project, created.id())).isEqualTo(created);
    }

    @Test
    void update_twice_revisionsNewestFirst() {
        PolicyConfiguration c = Policies.create(project, PolicyDefinition.blocking(
                new PolicySettings.WorkItemLinking(List.of(main))));

        Policies.update(project, c.id(), new PolicyDefinition(c.typedSettings(), true, false));
        PolicyConfiguration third = Policies.update(project, c.id(), new PolicyDefinition(c.typedSettings(), false,
                false));

        assertThat(third.revision()).isEqualTo(3);
        assertThat(Policies.revisions(project, c.id())).extracting(PolicyConfiguration::revision)
                .containsExactly(3, 2, 1);
        assertThat(Policies.revision(project, c.id(), 2).isBlocking()).isFalse();
        assertThat(Policies.revision(project, c.id(), 1).isBlocking()).isTrue();
    }

    @Test
    void update_otherType_badRequestNamingType() {
        PolicyConfiguration c = Policies.create(project, PolicyDefinition.blocking(
                new PolicySettings.WorkItemLinking(List.of(main))));

        assertThatThrownBy(() -> Policies.update(project, c.id(), PolicyDefinition.blocking(
                new PolicySettings.CommentResolution(List.of(main))))).isInstanceOf(AdoBadRequestException.class)
                .hasMessageContaining("'type'");
    }

    @Test
    void list_byType_onlyThatType() {
        PolicyConfiguration build = Policies.create(project, PolicyDefinition.blocking(
                PolicySettings.BuildValidation.of(5, main)));
        Policies.create(project, PolicyDefinition.blocking(new PolicySettings.CommentResolution(List.of(main))));

        assertThat(Policies.list(project, PolicySettings.BuildValidation.TYPE_ID).map(PolicyConfiguration::id))
                .contains(build.id()).allSatisfy(id -> assertThat(Policies.get(project, id).type().id())
                        .isEqualTo(PolicySettings.BuildValidation.TYPE_ID));
    }

    @Test
    void forRepository_refName_onlyCoveringPolicies() {
        PolicyConfiguration onMain = Policies.create(project, PolicyDefinition.blocking(
                PolicySettings.MinimumReviewers.of(1, main)));
        PolicyConfiguration onRelease = Policies.create(project, PolicyDefinition.blocking(
                PolicySettings.MinimumReviewers.of(1, PolicyScope.prefix(repoId, "refs/heads/release/"))));

        assertThat(Policies.forRepository(project, repoId, "refs/heads/release/1.0").map(PolicyConfiguration::id))
                .containsExactly(onRelease.id());
        assertThat(Policies.forRepository(project, repoId, null).map(PolicyConfiguration::id))
                .containsExactly(onMain.id(), onRelease.id());
    }

    @Test
    void delete_thenGet_notFound() {
        PolicyConfiguration c = Policies.create(project, PolicyDefinition.blocking(
                new PolicySettings.CommentResolution(List.of(main))));

        Policies.delete(project, c.id());

        assertThatThrownBy(() -> Policies.get(project, c.id())).isInstanceOf(AdoNotFoundException.class)
                .hasMessageContaining("policy configuration with id " + c.id());
    }

    @Test
    void create_repositoryIdNotAGuid_badRequestNamingSetting() {
        JsonObject settings = (JsonObject) ado.core.json.JsonValue.parse("{\"scope\":[{\"repositoryId\":\"x\"}]}");

        assertThatThrownBy(() -> Policies.create(project, PolicyDefinition.blocking(new PolicySettings.Other(
                PolicySettings.ReservedNames.TYPE_ID, settings)))).isInstanceOf(AdoBadRequestException.class)
                .hasMessageContaining("scope.repositoryId");
    }

    @Test
    void create_missingDefinitionId_badRequestNamingSetting() {
        JsonObject settings = JsonObject.builder().put("scope", JsonArray.EMPTY).build();

        assertThatThrownBy(() -> Policies.create(project, PolicyDefinition.blocking(new PolicySettings.Other(
                PolicySettings.BuildValidation.TYPE_ID, settings)))).isInstanceOf(AdoBadRequestException.class)
                .hasMessageContaining("'buildDefinitionId'");
    }

    @Test
    void types_getOne_matchesList() {
        List<PolicyType> types = Policies.types(project);

        assertThat(types).hasSizeGreaterThanOrEqualTo(10);
        assertThat(Policies.type(project, PolicySettings.BuildValidation.TYPE_ID).displayName()).isEqualTo("Build");
    }

    @Test
    void type_unknown_notFound() {
        assertThatThrownBy(() -> Policies.type(project, new UUID(1, 2))).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void evaluations_pullRequest_oneRecordPerApplicablePolicy() {
        ApiCall repo = project.repository(emulator.git().repositoryId(PROJECT, PROJECT));
        UUID seeded = UUID.fromString(emulator.git().repositoryId(PROJECT, PROJECT));
        PolicyConfiguration build = Policies.create(project, PolicyDefinition.blocking(
                PolicySettings.BuildValidation.of(21, PolicyScope.branch(seeded, "refs/heads/main"))));
        Policies.create(project, PolicyDefinition.blocking(PolicySettings.MinimumReviewers.of(1,
                PolicyScope.branch(seeded, "refs/heads/other"))));
        int pr = PullRequests.create(repo, PullRequestCreate.builder("refs/heads/feature/login", "refs/heads/main",
                "Login").build()).pullRequestId();

        List<PolicyEvaluationRecord> records = Policies.evaluations(project, projectId, pr);

        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.configuration().id()).isEqualTo(build.id());
            assertThat(r.status()).isEqualTo(PolicyEvaluationStatus.QUEUED);
            assertThat(r.artifactId()).isEqualTo(Policies.pullRequestArtifact(projectId, pr));
        });
        UUID evaluationId = UUID.fromString(records.get(0).evaluationId());
        assertThat(Policies.evaluation(project, evaluationId).configuration().id()).isEqualTo(build.id());
    }

    @Test
    void evaluations_otherProjectsArtifact_badRequest() {
        assertThatThrownBy(() -> Policies.evaluations(project, new UUID(3, 4), 1))
                .isInstanceOf(AdoBadRequestException.class).hasMessageContaining("artifact");
    }

    @Test
    void pullRequestArtifact_format() {
        assertThat(Policies.pullRequestArtifact(new UUID(0, 1), 7))
                .isEqualTo("vstfs:///CodeReview/CodeReviewId/00000000-0000-0000-0000-000000000001/7");
    }
}
