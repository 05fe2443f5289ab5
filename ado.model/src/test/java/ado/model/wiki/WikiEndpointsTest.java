package ado.model.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.ApiCall;
import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoConflictException;
import ado.core.error.AdoNotFoundException;
import ado.core.error.AdoPreconditionFailedException;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.core.Projects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class WikiEndpointsTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";
    private static ApiCall project;
    private static UUID projectId;
    private static String wiki;
    private static int pages;

    @BeforeAll
    static void createWiki(AdoEmulator emulator) {
        project = emulator.client().api().project(PROJECT);
        projectId = Projects.get(emulator.client().api(), PROJECT).id();
        wiki = Wikis.createProjectWiki(project, "Docs", projectId).id().toString();
    }

    private static String newPath() {
        return "/Endpoint page " + (++pages);
    }

    @Test
    void createProjectWiki_returnsProjectWiki() {
        WikiV2 w = Wikis.get(project, "Docs");

        assertThat(w.type()).isEqualTo(WikiType.PROJECT_WIKI);
        assertThat(w.projectId()).isEqualTo(projectId);
        assertThat(w.id().toString()).isEqualTo(wiki);
    }

    @Test
    void createCodeWiki_thenDelete_gone() {
        UUID repo = UUID.fromString(ado.model.git.Repositories.get(project, PROJECT).id().toString());
        WikiV2 code = Wikis.createCodeWiki(project, "Code docs", projectId, repo, "/docs", "main");

        assertThat(code.type()).isEqualTo(WikiType.CODE_WIKI);
        assertThat(code.mappedPath()).isEqualTo("/docs");
        assertThat(Wikis.delete(project, "Code docs").id()).isEqualTo(code.id());
        assertThatThrownBy(() -> Wikis.get(project, "Code docs")).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void create_thenGet_sameVersionAndContent() {
        String path = newPath();

        VersionedWikiPage created = WikiPages.create(project, wiki, path, "# Hello");
        VersionedWikiPage read = WikiPages.get(project, wiki, path);

        assertThat(read.version()).isEqualTo(created.version());
        assertThat(read.page().content()).isEqualTo("# Hello");
        assertThat(read.page().path()).isEqualTo(path);
    }

    @Test
    void getById_sameAsByPath() {
        String path = newPath();
        VersionedWikiPage created = WikiPages.create(project, wiki, path, "by id");

        VersionedWikiPage byId = WikiPages.get(project, wiki, created.page().id());

        assertThat(byId.page().path()).isEqualTo(path);
        assertThat(byId.version()).isEqualTo(created.version());
    }

    @Test
    void update_currentVersion_newVersion() {
        String path = newPath();
        VersionedWikiPage created = WikiPages.create(project, wiki, path, "one");

        VersionedWikiPage updated = WikiPages.update(project, wiki, path, "two", created.version());

        assertThat(updated.version()).isNotEqualTo(created.version());
        assertThat(updated.page().content()).isEqualTo("two");
    }

    @Test
    void update_staleVersion_preconditionFailedAndUnchanged() {
        String path = newPath();
        VersionedWikiPage created = WikiPages.create(project, wiki, path, "one");
        WikiPages.update(project, wiki, path, "two", created.version());

        assertThatThrownBy(() -> WikiPages.update(project, wiki, path, "three", created.version()))
                .isInstanceOf(AdoPreconditionFailedException.class).hasMessageContaining(path);
        assertThat(WikiPages.get(project, wiki, path).page().content()).isEqualTo("two");
    }

    @Test
    void delete_staleVersion_preconditionFailedAndPageKept() {
        String path = newPath();
        VersionedWikiPage created = WikiPages.create(project, wiki, path, "one");
        VersionedWikiPage updated = WikiPages.update(project, wiki, path, "two", created.version());

        assertThatThrownBy(() -> WikiPages.delete(project, wiki, path, created.version()))
                .isInstanceOf(AdoPreconditionFailedException.class).hasMessageContaining(path);
        assertThat(WikiPages.get(project, wiki, path).page().content()).isEqualTo("two");
        assertThat(WikiPages.delete(project, wiki, path, updated.version()).path()).isEqualTo(path);
        assertThatThrownBy(() -> WikiPages.get(project, wiki, path)).isInstanceOf(AdoNotFoundException.class);
        assertThatThrownBy(() -> WikiPages.delete(project, wiki, path, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version");
    }

    @Test
    void list_projectWiki_isListed() {
        assertThat(Wikis.list(project)).extracting(WikiV2::name).contains("Docs");
        assertThat(Wikis.list(project)).filteredOn(w -> w.name().equals("Docs")).singleElement()
                .satisfies(w -> assertThat(w.type()).isEqualTo(WikiType.PROJECT_WIKI));
    }

    @Test
    void attachments_ofAPage_theOnesItsMarkdownLinksTo() {
        String path = newPath();
        WikiPages.attach(project, wiki, "page-diagram.png", new byte[] {1, 2, 3});
        WikiPages.attach(project, wiki, "unlinked.txt", "x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        VersionedWikiPage page = WikiPages.create(project, wiki, path,
                "See ![diagram](/.attachments/page-diagram.png) and [missing](/.attachments/gone.zip).");

        java.util.List<WikiAttachment> attachments = WikiPages.attachments(project, wiki, page.page().id());

        assertThat(attachments).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("page-diagram.png");
            assertThat(a.path()).isEqualTo("/.attachments/page-diagram.png");
        });
        assertThatThrownBy(() -> WikiPages.attachments(project, wiki, 99_999))
                .isInstanceOf(AdoNotFoundException.class);
        assertThatThrownBy(() -> WikiPages.attachments(project, wiki, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pageId");
    }

    @Test
    void create_existing_conflict() {
        String path = newPath();
        WikiPages.create(project, wiki, path, "one");

        assertThatThrownBy(() -> WikiPages.create(project, wiki, path, "again"))
                .isInstanceOf(AdoConflictException.class).hasMessageContaining("already exists");
    }

    @Test
    void update_missingPage_notFound() {
        assertThatThrownBy(() -> WikiPages.update(project, wiki, "/No such page", "x", "\"abc\""))
                .isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void tree_oneLevel_childrenWithoutGrandchildren() {
        String path = newPath();
        WikiPages.create(project, wiki, path, "p");
        WikiPages.create(project, wiki, path + "/A", "a");
        WikiPages.create(project, wiki, path + "/A/Deep", "d");
        WikiPages.create(project, wiki, path + "/B", "b");

        WikiPage tree = WikiPages.tree(project, wiki, path, WikiPages.Recursion.ONE_LEVEL);

        assertThat(tree.subPages()).extracting(WikiPage::path).containsExactly(path + "/A", path + "/B");
        assertThat(tree.subPages().get(0).subPages()).isEmpty();
        assertThat(WikiPages.tree(project, wiki, path, WikiPages.Recursion.FULL).subPages().get(0).subPages())
                .extracting(WikiPage::path).containsExactly(path + "/A/Deep");
    }

    @Test
    void move_toExistingPath_conflict() {
        String a = newPath();
        String b = newPath();
        WikiPages.create(project, wiki, a, "a");
        WikiPages.create(project, wiki, b, "b");

        assertThatThrownBy(() -> WikiPages.move(project, wiki, a, b)).isInstanceOf(AdoConflictException.class);
    }

    @Test
    void move_page_newPathServed() {
        String a = newPath();
        WikiPages.create(project, wiki, a, "moving");

        WikiPageMove move = WikiPages.move(project, wiki, a, a + " moved");

        assertThat(move.page().path()).isEqualTo(a + " moved");
        assertThat(WikiPages.get(project, wiki, a + " moved").page().content()).isEqualTo("moving");
        assertThatThrownBy(() -> WikiPages.get(project, wiki, a)).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void delete_page_returnsItAndRemovesIt() {
        String path = newPath();
        WikiPages.create(project, wiki, path, "x");

        assertThat(WikiPages.delete(project, wiki, path).path()).isEqualTo(path);
        assertThatThrownBy(() -> WikiPages.get(project, wiki, path)).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void get_unknownWiki_notFound() {
        assertThatThrownBy(() -> WikiPages.get(project, "Nope", "/Home")).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void createCodeWiki_unknownRepository_notFound() {
        assertThatThrownBy(() -> Wikis.createCodeWiki(project, "Bad", projectId, new UUID(5, 6), "/", "main"))
                .isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void path_withoutLeadingSlash_rejectedBeforeSending() {
        assertThatThrownBy(() -> WikiPages.get(project, wiki, "Home")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("path");
    }

    @Test
    void create_childOfMissingParent_badRequest() {
        assertThatThrownBy(() -> WikiPages.create(project, wiki, "/Nobody/Child", "x"))
                .isInstanceOf(AdoBadRequestException.class);
    }

    @Test
    void attach_newName_pathUnderAttachments() {
        WikiAttachment a = WikiPages.attach(project, wiki, "diagram-" + (++pages) + ".png", new byte[] {1, 2, 3});

        assertThat(a.path()).isEqualTo("/.attachments/" + a.name());
    }

    @Test
    void attach_sameNameTwice_conflict() {
        String name = "notes-" + (++pages) + ".txt";
        WikiPages.attach(project, wiki, name, "a".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThatThrownBy(() -> WikiPages.attach(project, wiki, name, new byte[] {0}))
                .isInstanceOf(AdoConflictException.class);
    }
}
