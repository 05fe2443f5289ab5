package ado.model.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.ApiCall;
import ado.core.error.AdoConflictException;
import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GitEndpointsTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";

    private AdoEmulator emulator;
    private ApiCall project;
    private ApiCall repo;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.start();
        project = emulator.client().api().project(PROJECT);
        repo = project.repository(emulator.git().repositoryId(PROJECT, PROJECT));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String head(String branch) {
        return Refs.branch(repo, branch).orElseThrow().objectId();
    }

    @Test
    void repositoriesList_seeded_hasBothRepositories() {
        assertThat(Repositories.list(project)).extracting(GitRepository::name)
                .containsExactlyInAnyOrder(PROJECT, "AnotherRepository");
    }

    @Test
    void repositoriesGet_byName_hasDefaultBranchAndProject() {
        GitRepository r = Repositories.get(project, PROJECT);

        assertThat(r.defaultBranch()).isEqualTo("refs/heads/main");
        assertThat(r.project().name()).isEqualTo(PROJECT);
    }

    @Test
    void repositoriesGet_missing_isNotFound() {
        assertThatThrownBy(() -> Repositories.get(project, "nope")).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void refsBranches_seeded_areMainAndFeature() {
        assertThat(Refs.branches(repo).map(GitRef::name))
                .containsExactlyInAnyOrder("refs/heads/main", "refs/heads/feature/login");
    }

    @Test
    void refsTags_annotated_isPeeled() {
        assertThat(Refs.tags(repo)).filteredOn(t -> t.name().equals("refs/tags/v1.1")).singleElement()
                .satisfies(t -> assertThat(t.peeledObjectId()).isEqualTo(head("main")));
    }

    @Test
    void refsFind_prefixOnly_isEmpty() {
        Refs.update(repo, List.of(GitRefUpdate.create("main-old", head("main"))));

        assertThat(Refs.branch(repo, "mai")).isEmpty();
        assertThat(Refs.branch(repo, "main").orElseThrow().name()).isEqualTo("refs/heads/main");
    }

    @Test
    void refsUpdate_createAndDelete_succeed() {
        String main = head("main");

        List<GitRefUpdateResult> created = Refs.update(repo, List.of(GitRefUpdate.create("topic", main)));
        List<GitRefUpdateResult> deleted = Refs.update(repo, List.of(GitRefUpdate.delete("topic", main)));

        assertThat(created).singleElement().satisfies(r -> assertThat(r.success()).isTrue());
        assertThat(deleted).singleElement().satisfies(r -> assertThat(r.success()).isTrue());
        assertThat(Refs.branch(repo, "topic")).isEmpty();
    }

    @Test
    void refsUpdate_staleOldId_reportsFailure() {
        String feature = head("feature/login");

        List<GitRefUpdateResult> result = Refs.update(repo, List.of(GitRefUpdate.delete("main", feature)));

        assertThat(result).singleElement().satisfies(r -> assertThat(r.success()).isFalse());
        assertThat(Refs.branch(repo, "main")).isPresent();
    }

    @Test
    void pushesCreate_edit_movesBranchAndGetReadsIt() {
        String old = head("main");
        GitPush push = GitPush.of("main", old, GitCommit.of("Edit", List.of(
                GitChange.edit("/README.md", ItemContent.rawText("new\n")))));

        GitPushResult result = Pushes.create(repo, push);

        String newHead = result.refUpdates().get(0).newObjectId();
        assertThat(head("main")).isEqualTo(newHead);
        assertThat(Pushes.get(repo, result.pushId()).pushId()).isEqualTo(result.pushId());
        assertThat(Items.text(repo, "/README.md", GitVersionDescriptor.commit(newHead))).isEqualTo("new\n");
    }

    @Test
    void pushesCreate_staleOldId_isConflict() {
        String feature = head("feature/login");
        GitPush push = GitPush.of("main", feature, GitCommit.of("x", List.of(GitChange.delete("/README.md"))));

        assertThatThrownBy(() -> Pushes.create(repo, push)).isInstanceOf(AdoConflictException.class);
    }

    @Test
    void itemsGet_metadata_isBlob() {
        GitItem item = Items.get(repo, "/README.md", GitVersionDescriptor.branch("main"));

        assertThat(item.gitObjectType()).isEqualTo(GitObjectType.BLOB);
        assertThat(item.commitId()).isEqualTo(head("main"));
    }

    @Test
    void itemsBytesAndOpen_defaultBranch_returnContent() throws Exception {
        byte[] bytes = Items.bytes(repo, "/docs/guide.md", null);

        try (InputStream in = Items.open(repo, "/docs/guide.md", GitVersionDescriptor.tag("v1.0"))) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("# Guide\n");
    }

    @Test
    void itemsText_missing_isNotFound() {
        assertThatThrownBy(() -> Items.text(repo, "/nope", null)).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void itemsList_oneLevel_hasOnlyChildren() {
        assertThat(Items.list(repo, "/src/app", RecursionLevel.ONE_LEVEL, null)).extracting(GitItem::path)
                .containsExactlyInAnyOrder("/src/app", "/src/app/Main.java", "/src/app/util");
    }

    @Test
    void commitsList_smallPages_fetchesAllInOrder() {
        emulator.requests().clear();

        List<GitCommitRef> commits = Commits.list(repo, GitCommitSearchCriteria.ALL, 2).toList();

        assertThat(commits).extracting(c -> c.comment().trim())
                .containsExactly("Print a greeting", "Add string helpers", "Initial commit");
        assertThat(emulator.requests().matching("GET", "/commits")).hasSize(2)
                .allSatisfy(r -> assertThat(r.query()).contains("searchCriteria.$top=2"));
    }

    @Test
    void commitsList_itemPath_limitsToCommitsTouchingIt() {
        var criteria = GitCommitSearchCriteria.ALL.withItemPath("/src/app/util/Strings.java");

        assertThat(Commits.list(repo, criteria)).extracting(c -> c.comment().trim())
                .containsExactly("Add string helpers");
    }

    @Test
    void commitsGet_head_hasParent() {
        GitCommitRef c = Commits.get(repo, head("main"));

        assertThat(c.parents()).hasSize(1);
    }

    @Test
    void diffsCommits_branches_listTheAddedFile() {
        assertThat(Diffs.commits(repo, GitVersionDescriptor.branch("main"),
                GitVersionDescriptor.branch("feature/login")))
                .filteredOn(c -> !c.item().folder()).extracting(c -> c.item().path())
                .containsExactly("/src/app/Login.java");
    }

    @Test
    void diffsPage_countsAndAheadBehind() {
        GitCommitDiffs page = Diffs.page(repo, GitVersionDescriptor.branch("main"),
                GitVersionDescriptor.branch("feature/login"), 100, 0);

        assertThat(page.allChangesIncluded()).isTrue();
        assertThat(page.aheadCount()).isEqualTo(1);
        assertThat(page.behindCount()).isEqualTo(1);
    }

    @Test
    void annotatedTagsCreateAndGet_roundTrip() {
        GitAnnotatedTag created = AnnotatedTags.create(repo, GitAnnotatedTag.of("v2.0", head("main"), "Two"));

        GitAnnotatedTag read = AnnotatedTags.get(repo, created.objectId());

        assertThat(read.name()).isEqualTo("v2.0");
        assertThat(read.taggedObject().objectId()).isEqualTo(head("main"));
        assertThat(Refs.find(repo, "refs/tags/v2.0")).isPresent();
    }

    @Test
    void annotatedTagsGet_lightweightTag_isNotFound() {
        String lightweight = Refs.find(repo, "refs/tags/v1.0").orElseThrow().objectId();

        assertThatThrownBy(() -> AnnotatedTags.get(repo, lightweight)).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void statsBranches_featureIsOneAheadOneBehind() {
        assertThat(Stats.branches(repo, null)).filteredOn(s -> s.name().equals("feature/login")).singleElement()
                .satisfies(s -> {
                    assertThat(s.aheadCount()).isEqualTo(1);
                    assertThat(s.behindCount()).isEqualTo(1);
                });
        assertThat(Stats.branch(repo, "refs/heads/main", "main").isBaseVersion()).isTrue();
    }
}
