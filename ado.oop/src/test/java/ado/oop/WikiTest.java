package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoConflictException;
import ado.core.error.AdoNotFoundException;
import ado.core.error.AdoPreconditionFailedException;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.wiki.WikiPage;
import ado.model.wiki.WikiPages;
import ado.model.wiki.WikiType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Wiki pages through the object layer: versions carried between read and update. */
@ExtendWith(AdoEmulatorExtension.class)
class WikiTest {

    private static Project project;
    private static Wiki wiki;
    private static int pages;

    @BeforeAll
    static void createWiki(AdoEmulator emulator) {
        project = AzureDevOpsService.of(emulator.client()).organization().project("Fabrikam-Fiber-Git");
        wiki = project.collaboration().createWiki("Fabrikam-Fiber-Git.wiki");
    }

    private static Wiki.Page newPage(String content) {
        return wiki.page("/Page " + (++pages)).create(content);
    }

    @Test
    void update_twoWriters_secondGetsConflictAndFirstTextSurvives() {
        Wiki.Page created = newPage("v1");
        Wiki.Page first = wiki.page(created.path());
        Wiki.Page second = wiki.page(created.path());
        assertThat(first.content()).isEqualTo("v1");
        assertThat(second.content()).isEqualTo("v1");

        first.update("first writer");

        assertThatThrownBy(() -> second.update("second writer")).isInstanceOf(AdoPreconditionFailedException.class)
                .hasMessageContaining(created.path());
        assertThat(wiki.page(created.path()).content()).isEqualTo("first writer");
    }

    @Test
    void update_afterRereading_succeeds() {
        Wiki.Page created = newPage("v1");
        Wiki.Page other = wiki.page(created.path());
        other.content();
        created.update("v2");
        assertThatThrownBy(() -> other.update("v3")).isInstanceOf(AdoPreconditionFailedException.class);

        other.read().update("v3");

        assertThat(wiki.page(created.path()).content()).isEqualTo("v3");
    }

    @Test
    void update_newVersionEachWrite_versionCarried() {
        Wiki.Page page = newPage("v1");
        String v1 = page.version().orElseThrow();

        page.update("v2");

        assertThat(page.version()).isPresent().isNotEqualTo(java.util.Optional.of(v1));
        assertThat(page.update("v3").content()).isEqualTo("v3");
    }

    @Test
    void create_existingPage_conflict() {
        Wiki.Page page = newPage("v1");

        assertThatThrownBy(() -> wiki.page(page.path()).create("again")).isInstanceOf(AdoConflictException.class)
                .hasMessageContaining("already exists");
        assertThat(wiki.page(page.path()).content()).isEqualTo("v1");
    }

    @Test
    void update_staleVersionRaw_preconditionFailedAndPageUnchanged() {
        Wiki.Page page = newPage("kept");

        assertThatThrownBy(() -> WikiPages.update(project.api(), wiki.name(), page.path(), "lost",
                "\"0000000000000000000000000000000000000000\"")).isInstanceOf(AdoPreconditionFailedException.class);
        assertThat(wiki.page(page.path()).content()).isEqualTo("kept");
    }

    @Test
    void get_raw_returnsETagAsVersion() {
        Wiki.Page page = newPage("text");

        var versioned = WikiPages.get(project.api(), wiki.name(), page.path());

        assertThat(versioned.version()).isEqualTo(page.version().orElseThrow()).startsWith("\"").endsWith("\"");
        assertThat(versioned.page().content()).isEqualTo("text");
    }

    @Test
    void create_childOfMissingParent_badRequest() {
        assertThatThrownBy(() -> wiki.page("/Missing parent/Child").create("x"))
                .isInstanceOf(AdoBadRequestException.class).hasMessageContaining("/Missing parent");
    }

    @Test
    void content_missingPage_notFound() {
        assertThatThrownBy(() -> wiki.page("/Nowhere").content()).isInstanceOf(AdoNotFoundException.class);
        assertThat(wiki.page("/Nowhere").exists()).isFalse();
    }

    @Test
    void moveTo_pageWithChild_movesBoth() {
        Wiki.Page parent = newPage("parent");
        wiki.page(parent.path() + "/Child").create("child");

        Wiki.Page moved = parent.moveTo("/Moved " + pages);

        assertThat(moved.content()).isEqualTo("parent");
        assertThat(wiki.page(moved.path() + "/Child").content()).isEqualTo("child");
        assertThat(parent.exists()).isFalse();
    }

    @Test
    void delete_page_gone() {
        Wiki.Page page = newPage("bye");

        page.delete();

        assertThat(wiki.page(page.path()).exists()).isFalse();
    }

    @Test
    void pages_tree_listsTopLevelPagesWithChildren() {
        Wiki.Page parent = newPage("tree");
        wiki.page(parent.path() + "/Leaf").create("leaf");

        WikiPage listed = wiki.pages().stream().filter(p -> p.path().equals(parent.path())).findFirst().orElseThrow();

        assertThat(listed.subPages()).extracting(WikiPage::path).containsExactly(parent.path() + "/Leaf");
        assertThat(listed.isParentPage()).isTrue();
    }

    @Test
    void wikis_listed_projectWikiWithType() {
        assertThat(project.collaboration().wikis()).anySatisfy(w -> {
            assertThat(w.name()).isEqualTo("Fabrikam-Fiber-Git.wiki");
            assertThat(w.type()).isEqualTo(WikiType.PROJECT_WIKI);
        });
    }

    @Test
    void createWiki_secondProjectWiki_conflict() {
        assertThatThrownBy(() -> project.collaboration().createWiki("another"))
                .isInstanceOf(AdoConflictException.class);
    }

    @Test
    void delete_pageChangedByAnotherWriter_isRefusedAndTheirTextSurvives() {
        Wiki.Page created = newPage("v1");
        Wiki.Page stale = wiki.page(created.path());
        assertThat(stale.content()).isEqualTo("v1");
        wiki.page(created.path()).update("changed by someone else");

        assertThatThrownBy(stale::delete).isInstanceOf(AdoPreconditionFailedException.class)
                .hasMessageContaining(created.path());
        assertThat(wiki.page(created.path()).content()).isEqualTo("changed by someone else");

        stale.read().delete();
        assertThat(wiki.page(created.path()).exists()).isFalse();
    }

    @Test
    void delete_pageNeverRead_deletesWhateverItHolds() {
        Wiki.Page created = newPage("v1");
        wiki.page(created.path()).update("v2");

        wiki.page(created.path()).delete();

        assertThat(wiki.page(created.path()).exists()).isFalse();
    }

    @Test
    void attachments_ofAPage_theOnesItLinksTo_readingThePageForItsId() {
        wiki.attach("object-diagram.png", new byte[] {1, 2, 3});
        wiki.attach("object-unlinked.txt", new byte[] {4});
        String path = newPage("See ![d](/.attachments/object-diagram.png).").path();

        var attachments = wiki.page(path).attachments();

        assertThat(attachments).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("object-diagram.png");
            assertThat(a.path()).isEqualTo("/.attachments/object-diagram.png");
        });
        assertThat(wiki.page("/No such page").exists()).isFalse();
        assertThatThrownBy(() -> wiki.page("/No such page").attachments()).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void delete_projectWiki_refused() {
        assertThatThrownBy(wiki::delete).isInstanceOf(AdoBadRequestException.class);
    }
}
