package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoConflictException;
import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import ado.model.git.GitAnnotatedTag;
import ado.model.git.GitChange;
import ado.model.git.GitItem;
import ado.model.git.GitRef;
import ado.model.git.RecursionLevel;
import ado.model.git.VersionControlChangeType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RepositoryEndToEndTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";

    private AdoEmulator emulator;
    private AzureDevOpsService service;
    private Repository repo;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.start();
        service = AzureDevOpsService.of(emulator.client());
        repo = service.organization().project(PROJECT).repository(PROJECT);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void commit_twoConcurrentOnOneBranch_exactlyOneWinsAndLoserLeavesNoTrace() throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        var ready = new CountDownLatch(2);
        var go = new CountDownLatch(1);
        var tasks = new ArrayList<Future<Commit>>();
        for (String who : List.of("alice", "bob")) {
            Callable<Commit> task = () -> {
                var branch = repo.branch("main");
                String head = branch.ref().orElseThrow().objectId();
                ready.countDown();
                go.await();
                // both read the same head; push with it as the expected old value
                return repo.commit("main", "by " + who, List.of(AddFile.of("/" + who + ".txt", who)),
                        CommitOptions.expectedHead(head));
            };
            tasks.add(pool.submit(task));
        }
        ready.await();
        go.countDown();
        var winners = new ArrayList<Commit>();
        var losers = new ArrayList<Throwable>();
        for (Future<Commit> f : tasks) {
            try {
                winners.add(f.get(30, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                losers.add(e.getCause());
            }
        }
        pool.shutdown();

        assertThat(winners).hasSize(1);
        assertThat(losers).singleElement().isInstanceOf(AdoConflictException.class);
        String winner = winners.get(0).message().trim().substring(3);
        String loser = winner.equals("alice") ? "bob" : "alice";
        assertThat(repo.file("/" + winner + ".txt", "main")).contains(winner);
        assertThat(repo.file("/" + loser + ".txt", "main")).isEmpty();
        assertThat(repo.branch("main").commits().map(Commit::message)).noneMatch(m -> m.contains(loser));
    }

    @Test
    void commit_manyConcurrentWriters_everyWinnerIsInHistoryAndNoLoser() throws Exception {
        var pool = Executors.newFixedThreadPool(4);
        var futures = new ArrayList<Future<String>>();
        for (int i = 0; i < 12; i++) {
            String name = "w" + i;
            futures.add(pool.submit(() -> {
                try {
                    repo.commit("main", "by " + name, List.of(AddFile.of("/race/" + name, name)));
                    return name;
                } catch (AdoConflictException e) {
                    return null;
                }
            }));
        }
        var winners = new ArrayList<String>();
        for (Future<String> f : futures) {
            String w = f.get(30, TimeUnit.SECONDS);
            if (w != null) {
                winners.add(w);
            }
        }
        pool.shutdown();

        assertThat(winners).isNotEmpty();
        List<String> files = repo.files("/race", RecursionLevel.ONE_LEVEL).stream().filter(i -> !i.folder())
                .map(i -> i.path().substring("/race/".length())).toList();
        assertThat(files).containsExactlyInAnyOrderElementsOf(winners);
    }

    @Test
    void commit_editOfMissingFile_failsAndChangesNothing() {
        String before = repo.branch("main").ref().orElseThrow().objectId();

        assertThatThrownBy(() -> repo.commit("main", "x", List.of(EditFile.of("/nope.txt", "x"))))
                .isInstanceOf(ado.core.error.AdoNotFoundException.class);
        assertThat(repo.branch("main").ref().orElseThrow().objectId()).isEqualTo(before);
    }

    @Test
    void commit_branchMovedAfterRead_raisesConflictWithoutOverwriting() {
        String stale = repo.branch("main").ref().orElseThrow().objectId();
        Commit first = repo.commit("main", "first", List.of(AddFile.of("/a.txt", "a")));

        assertThatThrownBy(() -> repo.commit("main", "second", List.of(EditFile.of("/README.md", "lost")),
                CommitOptions.expectedHead(stale))).isInstanceOf(AdoConflictException.class);
        assertThat(repo.branch("main").head()).contains(first);
        assertThat(repo.file("/README.md", "main")).hasValueSatisfying(t -> assertThat(t).doesNotContain("lost"));
    }

    @Test
    void commit_thenFileRead_returnsNewContent() {
        Commit c = repo.commit("refs/heads/main", "Add notes", List.of(AddFile.of("notes/todo.md", "- test\n"),
                EditFile.of("/README.md", "# Changed\n")));

        assertThat(repo.file("/notes/todo.md", "main")).contains("- test\n");
        assertThat(repo.file("/README.md", c.id())).contains("# Changed\n");
        assertThat(c.message()).startsWith("Add notes");
        assertThat(c.parents()).hasSize(1);
    }

    @Test
    void commit_deleteAndRename_applyBoth() {
        repo.commit("main", "Move and delete", List.of(new RenameFile("/docs/guide.md", "/docs/manual.md"),
                new DeleteFile("/src/app/util/Strings.java")));

        assertThat(repo.file("/docs/manual.md", "main")).contains("# Guide\n");
        assertThat(repo.file("/docs/guide.md", "main")).isEmpty();
        assertThat(repo.file("/src/app/util/Strings.java", "main")).isEmpty();
    }

    @Test
    void commit_bytes_roundTrip() {
        byte[] data = {0, 1, 2, (byte) 0xff, 10};
        repo.commit("main", "Binary", List.of(AddFile.of("/bin/data.bin", data)));

        assertThat(repo.fileBytes("/bin/data.bin", "main")).hasValueSatisfying(b -> assertThat(b).isEqualTo(data));
    }

    @Test
    void commit_missingBranch_failsNotFoundNamingRepositoryAndBranch() {
        assertThatThrownBy(() -> repo.commit("feature/nope", "x", List.of(AddFile.of("/x", "x"))))
                .isInstanceOfSatisfying(AdoNotFoundException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.uri().toString()).contains("/refs");
                })
                .hasMessageContaining("feature/nope").hasMessageContaining("repository " + PROJECT)
                .hasMessageContaining("project " + PROJECT);
        assertThat(repo.branch("feature/nope").exists()).isFalse();
    }

    @Test
    void commit_missingBranchCreatedFromMissingBranch_failsNotFoundNamingTheBase() {
        assertThatThrownBy(() -> repo.commit("feature/new", "x", List.of(AddFile.of("/x", "x")),
                CommitOptions.createBranchFrom("no-base")))
                .isInstanceOf(AdoNotFoundException.class).hasMessageContaining("no-base");
        assertThat(repo.branch("feature/new").exists()).isFalse();
    }

    @Test
    void commit_missingBranchWithCreateOption_createsItFromTheBase() {
        String mainHead = repo.branch("main").ref().orElseThrow().objectId();

        Commit c = repo.commit("feature/new", "Start", List.of(AddFile.of("/new.txt", "n")),
                CommitOptions.createBranchFrom("main"));

        assertThat(repo.branch("refs/heads/feature/new").head()).contains(c);
        assertThat(c.parents()).extracting(Commit::id).containsExactly(mainHead);
        assertThat(repo.file("/new.txt", "main")).isEmpty();
    }

    @Test
    void branch_shortAndFullNames_areEqual() {
        assertThat(repo.branch("feature/login")).isEqualTo(repo.branch("refs/heads/feature/login"));
        assertThat(repo.branch("feature/login").name()).isEqualTo("feature/login");
    }

    @Test
    void branch_prefixOfExistingName_doesNotMatch() {
        repo.createBranch("main-old", "main");

        assertThat(repo.branch("mai").exists()).isFalse();
        assertThat(repo.branch("main").ref().orElseThrow().name()).isEqualTo("refs/heads/main");
        assertThat(repo.branch("main-old").ref().orElseThrow().name()).isEqualTo("refs/heads/main-old");
    }

    @Test
    void deleteBranch_existing_removesOnlyThatBranch() {
        repo.createBranch("main-old", "main");

        repo.deleteBranch("main");

        assertThat(repo.branches().map(Branch::name)).contains("main-old", "feature/login").doesNotContain("main");
    }

    @Test
    void deleteBranch_missing_failsNamingIt() {
        assertThatThrownBy(() -> repo.deleteBranch("gone")).isInstanceOf(AdoNotFoundException.class)
                .hasMessageContaining("gone");
    }

    @Test
    void createBranch_fromCommitId_pointsThere() {
        String first = repo.branch("main").commits().reduce((a, b) -> b).orElseThrow().id();

        Branch b = repo.createBranch("refs/heads/old-start", first);

        assertThat(b.head().map(Commit::id)).contains(first);
    }

    @Test
    void createBranch_fromMissingBranch_fails() {
        assertThatThrownBy(() -> repo.createBranch("x", "no-such-branch"))
                .isInstanceOf(AdoNotFoundException.class).hasMessageContaining("no-such-branch");
    }

    @Test
    void defaultBranch_seeded_isMain() {
        assertThat(repo.defaultBranch()).contains(repo.branch("main"));
    }

    @Test
    void defaultBranch_emptyRepository_isEmpty() {
        assertThat(repo.project().repository("AnotherRepository").defaultBranch()).isEmpty();
    }

    @Test
    void tags_exactName_findsOnlyThatTag() {
        assertThat(repo.tags().map(Tag::name)).containsExactlyInAnyOrder("v1.0", "v1.1");
        assertThat(repo.tag("v1")).isEmpty();
        assertThat(repo.tag("refs/tags/v1.1").orElseThrow().ref().peeledObjectId()).isNotNull();
    }

    @Test
    void branchesAndTags_textFilter_serverMatchesIgnoringCaseWithinTheirKind() {
        repo.createBranch("release/2026-12", "main");
        repo.createBranch("feature/Release-notes", "main");
        repo.createTag("release-1", "main");

        assertThat(repo.branches("RELEASE").map(Branch::name))
                .containsExactlyInAnyOrder("release/2026-12", "feature/Release-notes");
        assertThat(repo.tags("release").map(Tag::name)).containsExactly("release-1");
        assertThat(repo.tags("v1.").map(Tag::name)).containsExactlyInAnyOrder("v1.0", "v1.1");
        assertThat(repo.branches("no-such-text")).isEmpty();
        assertThatThrownBy(() -> repo.branches(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contains");
    }

    @Test
    void createTag_onBranch_pointsAtItsHead() {
        GitRef tag = repo.createTag("v2", "main");

        assertThat(tag.name()).isEqualTo("refs/tags/v2");
        assertThat(tag.objectId()).isEqualTo(repo.branch("main").ref().orElseThrow().objectId());
        assertThat(repo.tag("v2")).isPresent();
    }

    @Test
    void createTag_existing_failsWithoutMovingIt() {
        String before = repo.tag("v1.0").orElseThrow().ref().objectId();

        assertThatThrownBy(() -> repo.createTag("v1.0", "main")).isInstanceOf(AdoConflictException.class)
                .hasMessageContaining("refs/tags/v1.0").hasMessageContaining(PROJECT);
        assertThat(repo.tag("v1.0").orElseThrow().ref().objectId()).isEqualTo(before);
    }

    @Test
    void deleteTag_existing_removesOnlyIt() {
        repo.deleteTag("refs/tags/v1.0");

        assertThat(repo.tags().map(Tag::name)).containsExactly("v1.1");
    }

    @Test
    void deleteTag_missing_failsNamingIt() {
        assertThatThrownBy(() -> repo.deleteTag("v9")).isInstanceOf(AdoNotFoundException.class)
                .hasMessageContaining("v9");
    }

    @Test
    void createAnnotatedTag_isPeeledToTheCommit() {
        String head = repo.branch("feature/login").ref().orElseThrow().objectId();

        GitAnnotatedTag tag = repo.createAnnotatedTag("v3", "feature/login", "Three");

        assertThat(tag.taggedObject().objectId()).isEqualTo(head);
        assertThat(repo.tag("v3").orElseThrow().ref().peeledObjectId()).isEqualTo(head);
    }

    @Test
    void branchStats_featureIsOneAhead() {
        assertThat(repo.branchStats()).filteredOn(s -> s.name().equals("feature/login")).singleElement()
                .satisfies(s -> assertThat(s.aheadCount()).isEqualTo(1));
    }

    @Test
    void files_fullRecursion_listsNestedFiles() {
        List<GitItem> items = repo.files("/src", RecursionLevel.FULL);

        assertThat(items).extracting(GitItem::path).contains("/src/app/Main.java", "/src/app/util/Strings.java");
        assertThat(repo.files("/", RecursionLevel.ONE_LEVEL, "main")).extracting(GitItem::path)
                .contains("/README.md", "/src").doesNotContain("/src/app/Main.java");
    }

    @Test
    void file_missingPath_isEmpty() {
        assertThat(repo.file("/nope.txt", "main")).isEmpty();
    }

    @Test
    void diff_betweenBranches_listsTheBranchChange() {
        List<GitChange> changes = repo.diff("main", "feature/login").toList();

        assertThat(changes).filteredOn(c -> !c.item().folder()).singleElement().satisfies(c -> {
            assertThat(c.item().path()).isEqualTo("/src/app/Login.java");
            assertThat(c.changeType()).isEqualTo(VersionControlChangeType.ADD);
        });
    }

    @Test
    void diff_moreThanOnePage_streamsEveryChange() {
        var changes = new ArrayList<FileChange>();
        for (int i = 0; i < 150; i++) {
            changes.add(AddFile.of("/many/f" + i + ".txt", "x" + i));
        }
        String base = repo.branch("main").ref().orElseThrow().objectId();
        Commit c = repo.commit("main", "Many files", changes);

        assertThat(repo.diff(base, c.id()).filter(ch -> !ch.item().folder()).count()).isEqualTo(150);
    }

    @Test
    void commits_onBranch_newestFirst() {
        assertThat(repo.branch("main").commits().map(Commit::message).map(String::trim))
                .containsExactly("Print a greeting", "Add string helpers", "Initial commit");
    }

    @Test
    void repositoryRefresh_afterFirstCommit_seesTheNewDefaultBranch() {
        Repository empty = repo.project().repository("AnotherRepository");
        assertThat(empty.defaultBranch()).isEmpty();

        empty.commit("main", "First", List.of(AddFile.of("/a.txt", "a")),
                CommitOptions.createBranchFrom(ado.model.git.GitRefUpdate.ZERO_SHA));

        assertThat(empty.defaultBranch()).isEmpty();
        assertThat(empty.refresh().defaultBranch()).contains(empty.branch("main"));
    }

    @Test
    void commitRefresh_reloads_sameObject() {
        Commit head = repo.branch("main").head().orElseThrow();

        assertThat(head.refresh()).isSameAs(head);
        assertThat(head.info().commitId()).isEqualTo(head.id());
    }
}
