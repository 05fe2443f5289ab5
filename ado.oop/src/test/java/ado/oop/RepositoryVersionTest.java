package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.git.GitAnnotatedTag;
import ado.model.git.GitCommitSearchCriteria;
import ado.model.git.GitItem;
import ado.model.git.GitRefUpdate;
import ado.model.git.GitStatus;
import ado.model.git.GitStatusContext;
import ado.model.git.GitStatusState;
import ado.model.git.GitVersionDescriptor;
import ado.model.git.RecursionLevel;
import ado.model.git.Refs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reads at a branch, a tag, a commit or any ref ({@link RepositoryVersion}), tags as objects ({@link Tag}) and a
 * commit's statuses, against the seeded emulator: {@code main} is c1 "Initial commit", c2 "Add string helpers"
 * (tagged {@code v1.0}, lightweight), c3 "Print a greeting" (tagged {@code v1.1}, annotated by Ada Lovelace).
 */
@ExtendWith(AdoEmulatorExtension.class)
@Timeout(60)
class RepositoryVersionTest {

    private static final String P = "Fabrikam-Fiber-Git";
    private static AdoEmulator emulator;
    private static Repository repo;
    private static String c2;
    private static String c3;

    @BeforeAll
    static void start(AdoEmulator started) {
        emulator = started;
        repo = AzureDevOpsService.of(emulator.client()).organization().project(P).repository(P);
        c3 = repo.branch("main").ref().orElseThrow().objectId();
        c2 = repo.commit(c3).info().parents().get(0);
    }

    // ---- items, files and file checks by tag

    @Test
    void atLightweightTag_readsTheTreeOfItsCommit() {
        RepositoryVersion v10 = repo.at(GitVersionDescriptor.tag("v1.0"));

        assertThat(v10.items("/src", RecursionLevel.FULL)).extracting(GitItem::path)
                .contains("/src/app/util/Strings.java", "/src/app/Main.java");
        assertThat(v10.file("/src/app/Main.java")).contains("class Main {\n}\n");
        assertThat(v10.commit().id()).isEqualTo(c2);
    }

    @Test
    void atAnnotatedTag_readsTheTaggedCommit() {
        RepositoryVersion v11 = repo.at(GitVersionDescriptor.tag("refs/tags/v1.1"));

        assertThat(v11.file("/src/app/Main.java")).hasValueSatisfying(t -> assertThat(t).contains("hello"));
        assertThat(v11.commit().id()).isEqualTo(c3);
    }

    @Test
    void item_byTag_hasMetadataOfThatVersion() {
        RepositoryVersion v10 = repo.at(GitVersionDescriptor.tag("v1.0"));
        byte[] readme = v10.fileBytes("/README.md").orElseThrow();

        GitItem item = v10.item("README.md").orElseThrow();

        assertThat(item.path()).isEqualTo("/README.md");
        assertThat(item.commitId()).isEqualTo(c2);
        assertThat(item.objectId()).isEqualTo(PushLanding.blobId(readme));
        assertThat(item.folder()).isFalse();
        assertThat(new String(readme, StandardCharsets.UTF_8)).isEqualTo("# Fabrikam Fiber\n\nA sample.\n");
        assertThat(v10.item("/src").orElseThrow().folder()).isTrue();
        assertThat(v10.item("/no/such.txt")).isEmpty();
    }

    @Test
    void fileExists_byTag_trueForAFileFalseForMissingOrFolder() {
        RepositoryVersion v10 = repo.at(GitVersionDescriptor.tag("v1.0"));

        assertThat(v10.fileExists("/README.md")).isTrue();
        assertThat(v10.fileExists("/no/such.txt")).isFalse();
        assertThat(v10.fileExists("/src")).isFalse();
        assertThat(v10.file("/no/such.txt")).isEmpty();
    }

    @Test
    void missingTag_isNotFoundNamingIt_neverAMissingFile() {
        RepositoryVersion v9 = repo.at(GitVersionDescriptor.tag("v9"));

        assertThatThrownBy(() -> v9.fileExists("/README.md")).isInstanceOf(AdoNotFoundException.class)
                .hasMessageContaining("v9");
        assertThatThrownBy(() -> v9.item("/README.md")).isInstanceOf(AdoNotFoundException.class)
                .hasMessageContaining("v9");
        assertThatThrownBy(() -> v9.file("/README.md")).isInstanceOf(AdoNotFoundException.class)
                .hasMessageContaining("v9");
        assertThatThrownBy(() -> v9.items("/", RecursionLevel.ONE_LEVEL)).isInstanceOf(AdoNotFoundException.class)
                .hasMessageContaining("v9");
        assertThatThrownBy(() -> v9.commits().toList()).isInstanceOf(AdoNotFoundException.class)
                .hasMessageContaining("v9");
    }

    // ---- any ref

    @Test
    void atRef_branchTagAndCommit_needNoRequest() {
        long before = emulator.requests().total();

        RepositoryVersion branch = repo.atRef("refs/heads/feature/login");
        RepositoryVersion tag = repo.atRef("refs/tags/v1.0");
        RepositoryVersion commit = repo.atRef(c2.toUpperCase(java.util.Locale.ROOT));

        assertThat(emulator.requests().total()).isEqualTo(before);
        assertThat(branch.version()).isEqualTo(GitVersionDescriptor.branch("feature/login"));
        assertThat(tag).isEqualTo(repo.at(GitVersionDescriptor.tag("v1.0")));
        assertThat(commit.version()).isEqualTo(GitVersionDescriptor.commit(c2));
        assertThat(branch.fileExists("/src/app/Login.java")).isTrue();
        assertThat(repo.at(GitVersionDescriptor.branch("main")).fileExists("/src/app/Login.java")).isFalse();
        assertThat(commit.fileExists("/src/app/util/Strings.java")).isTrue();
    }

    @Test
    void atRef_otherRef_resolvedToItsCommit() {
        Refs.update(repo.api(), List.of(GitRefUpdate.create("refs/pull/42/merge", c2)));

        RepositoryVersion merge = repo.atRef("refs/pull/42/merge");

        assertThat(merge.version()).isEqualTo(GitVersionDescriptor.commit(c2));
        assertThat(merge.file("/src/app/Main.java")).contains("class Main {\n}\n");
        assertThat(merge.items("/", RecursionLevel.ONE_LEVEL)).extracting(GitItem::path).contains("/README.md");
    }

    @Test
    void atRef_missingOrShort_failsNamingIt() {
        assertThatThrownBy(() -> repo.atRef("refs/pull/999/merge")).isInstanceOf(AdoNotFoundException.class)
                .hasMessageContaining("refs/pull/999/merge").hasMessageContaining(P);
        assertThatThrownBy(() -> repo.atRef("main")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'main'");
        assertThatThrownBy(() -> repo.at(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> repo.atRef("refs/tags/v9").fileExists("/README.md"))
                .isInstanceOf(AdoNotFoundException.class).hasMessageContaining("v9");
    }

    // ---- commits by tag

    @Test
    void commits_byTag_newestFirstFromTheTaggedCommit() {
        RepositoryVersion v10 = repo.at(GitVersionDescriptor.tag("v1.0"));

        assertThat(v10.commits().map(c -> c.message().strip()))
                .containsExactly("Add string helpers", "Initial commit");
        assertThat(v10.commits(GitCommitSearchCriteria.ALL.withItemPath("/docs/guide.md")
                        .withItemVersion(GitVersionDescriptor.branch("feature/login")))
                .map(c -> c.message().strip())).containsExactly("Initial commit");
        assertThat(repo.at(GitVersionDescriptor.tag("v1.1")).commits().map(Commit::id).findFirst()).contains(c3);
    }

    @Test
    void parents_ofACommitListedWithoutThem_areReadFromTheCommit() {
        List<Commit> listed = repo.at(GitVersionDescriptor.tag("v1.0")).commits().toList();

        assertThat(listed.get(0).id()).isEqualTo(c2);
        assertThat(listed.get(0).parents()).containsExactly(listed.get(1));
        assertThat(listed.get(1).parents()).isEmpty();
    }

    // ---- tags as objects

    @Test
    void annotatedTag_resolvesToItsCommitAndHasItsDetails() {
        Tag v11 = repo.tag("v1.1").orElseThrow();
        long before = emulator.requests().total();

        Commit commit = v11.commit();

        assertThat(emulator.requests().total()).isEqualTo(before);
        assertThat(commit).isSameAs(repo.commit(c3));
        assertThat(v11.annotated()).isTrue();
        assertThat(v11.repository()).isSameAs(repo);
        assertThat(v11.name()).isEqualTo("v1.1");
        assertThat(v11.fullName()).isEqualTo("refs/tags/v1.1");
        GitAnnotatedTag details = v11.annotation().orElseThrow();
        assertThat(details.objectId()).isEqualTo(v11.ref().objectId()).isNotEqualTo(c3);
        assertThat(details.taggedObject().objectId()).isEqualTo(c3);
        assertThat(details.message().strip()).isEqualTo("Release 1.1");
        assertThat(details.taggedBy().name()).isEqualTo("Ada Lovelace");
        assertThat(v11.version().file("/src/app/Main.java")).hasValueSatisfying(t -> assertThat(t).contains("hello"));
    }

    @Test
    void lightweightTag_resolvesToItsCommitAndHasNoDetails() {
        Tag v10 = repo.tag("refs/tags/v1.0").orElseThrow();

        assertThat(v10.annotated()).isFalse();
        assertThat(v10.commit().id()).isEqualTo(c2).isEqualTo(v10.ref().objectId());
        assertThat(v10.annotation()).isEmpty();
        assertThat(repo.tags()).contains(v10).extracting(Tag::name).contains("v1.0", "v1.1");
        assertThat(v10).hasToString("Tag[" + P + ":v1.0 " + c2.substring(0, 7) + "]");
    }

    @Test
    void tagDelete_removesIt_thenDeletingAgainIsNotFound() {
        repo.createTag("to-delete", "main");
        Tag tag = repo.tag("to-delete").orElseThrow();

        tag.delete();

        assertThat(repo.tag("to-delete")).isEmpty();
        assertThatThrownBy(tag::delete).isInstanceOf(AdoNotFoundException.class).hasMessageContaining("to-delete");
    }

    // ---- commit statuses

    @Test
    void statuses_posted_areListedTypedAndLatestPerContext() {
        Commit commit = repo.commit(c2);
        GitStatusContext build = new GitStatusContext("build", "ci");

        GitStatus pending = commit.addStatus(GitStatus.of(GitStatusState.PENDING, build, "running",
                "https://ci.example/runs/1"));
        commit.addStatus(GitStatus.of(GitStatusState.SUCCEEDED, build, "green", null));
        commit.addStatus(GitStatus.of(GitStatusState.FAILED, new GitStatusContext("lint", null), "2 warnings", null));

        assertThat(pending.state()).isEqualTo(GitStatusState.PENDING);
        assertThat(pending.targetUrl()).isEqualTo("https://ci.example/runs/1");
        assertThat(commit.statuses()).hasSize(3).extracting(GitStatus::state)
                .containsExactlyInAnyOrder(GitStatusState.PENDING, GitStatusState.SUCCEEDED, GitStatusState.FAILED);
        assertThat(commit.latestStatuses()).extracting(GitStatus::description)
                .containsExactlyInAnyOrder("green", "2 warnings");
        assertThat(repo.commit(c3).statuses()).isEmpty();
    }

    @Test
    void addStatus_unknownCommit_isNotFound() {
        Commit unknown = repo.commit("0123456789abcdef0123456789abcdef01234567");

        assertThatThrownBy(() -> unknown.addStatus(GitStatus.of(GitStatusState.SUCCEEDED,
                new GitStatusContext("build", null), null, null))).isInstanceOf(AdoNotFoundException.class);
        assertThat(unknown.statuses()).isEmpty();
    }
}
