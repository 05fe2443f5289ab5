package ado.emulator.internal.wiql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ado.emulator.internal.http.AdoError;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

class SavedQueriesTest {

    private static final UUID PROJECT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID ME = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final String WIQL = "SELECT [System.Id] FROM WorkItems";

    private final SavedQueries store = new SavedQueries();

    private SavedQueries.Node create(String parent, String name, boolean folder, String wiql) {
        return store.create(PROJECT, ME, NOW, parent, name, folder, wiql);
    }

    private static AdoError error(ThrowingCallable call) {
        return catchThrowableOfType(call, AdoError.class);
    }

    @Test
    void roots_firstUse_areMyQueriesPrivateAndSharedQueriesPublic() {
        var roots = store.roots(PROJECT, ME, NOW, 0);

        assertThat(roots).extracting(SavedQueries.Node::name).containsExactly("My Queries", "Shared Queries");
        assertThat(roots).extracting(SavedQueries.Node::isPublic).containsExactly(false, true);
        assertThat(roots).allSatisfy(r -> assertThat(r.children()).isNull());
    }

    @Test
    void roots_ofTwoProjects_areDistinct() {
        UUID other = UUID.fromString("00000000-0000-0000-0000-00000000000c");

        assertThat(store.roots(PROJECT, ME, NOW, 0).get(0).id()).isNotEqualTo(store.roots(other, ME, NOW, 0).get(0).id());
    }

    @Test
    void get_depthTwo_includesGrandchildrenOnly() {
        create("Shared Queries", "A", true, null);
        create("Shared Queries/A", "B", true, null);
        create("Shared Queries/A/B", "C", false, WIQL);

        var a = store.get(PROJECT, ME, NOW, "shared queries/a", 2);

        assertThat(a.children()).singleElement().satisfies(b -> {
            assertThat(b.children()).singleElement().satisfies(c -> {
                assertThat(c.path()).isEqualTo("Shared Queries/A/B/C");
                assertThat(c.children()).isNull();
                assertThat(c.queryType()).isEqualTo("flat");
            });
        });
    }

    @Test
    void create_queryType_followsTheWiql() {
        var tree = create("My Queries", "T", false, "SELECT [System.Id] FROM WorkItemLinks MODE (Recursive)");
        var hop = create("My Queries", "H", false, "SELECT [System.Id] FROM WorkItemLinks");

        assertThat(tree.queryType()).isEqualTo("tree");
        assertThat(hop.queryType()).isEqualTo("oneHop");
    }

    @Test
    void create_blankName_is400() {
        assertThat(error(() -> create("My Queries", " ", false, WIQL)).status()).isEqualTo(400);
    }

    @Test
    void create_nameTooLong_is400() {
        assertThat(error(() -> create("My Queries", "x".repeat(256), false, WIQL)).status()).isEqualTo(400);
    }

    @Test
    void create_queryWithoutWiql_is400() {
        assertThat(error(() -> create("My Queries", "Q", false, null)).getMessage()).contains("WIQL");
    }

    @Test
    void create_inUnknownFolder_is404() {
        AdoError e = error(() -> create("Shared Queries/Nowhere", "Q", false, WIQL));

        assertThat(e.status()).isEqualTo(404);
        assertThat(e.getMessage()).startsWith("TF401243: The query Shared Queries/Nowhere does not exist");
    }

    @Test
    void update_folderWiql_is400() {
        create("My Queries", "F", true, null);

        assertThat(error(() -> store.update(PROJECT, ME, NOW, "My Queries/F", null, WIQL)).status()).isEqualTo(400);
    }

    @Test
    void update_rootFolder_is400() {
        assertThat(error(() -> store.update(PROJECT, ME, NOW, "Shared Queries", "Renamed", null)).status())
                .isEqualTo(400);
    }

    @Test
    void update_invalidWiql_is400AndKeepsTheOldWiql() {
        create("My Queries", "Q", false, WIQL);

        assertThat(error(() -> store.update(PROJECT, ME, NOW, "My Queries/Q", null, "SELECT")).status())
                .isEqualTo(400);
        assertThat(store.get(PROJECT, ME, NOW, "My Queries/Q", 0).wiql()).isEqualTo(WIQL);
    }

    @Test
    void update_toSiblingsName_is409() {
        create("My Queries", "One", false, WIQL);
        create("My Queries", "Two", false, WIQL);

        assertThat(error(() -> store.update(PROJECT, ME, NOW, "My Queries/Two", "one", null)).status())
                .isEqualTo(409);
    }

    @Test
    void update_recordsModification() {
        var q = create("My Queries", "Q", false, WIQL);
        Instant later = NOW.plusSeconds(60);

        var changed = store.update(PROJECT, ME, later, q.id().toString(), "R", null);

        assertThat(changed.createdDate()).isEqualTo(NOW);
        assertThat(changed.modifiedDate()).isEqualTo(later);
        assertThat(changed.path()).isEqualTo("My Queries/R");
    }

    @Test
    void move_rootFolder_is400() {
        String shared = store.roots(PROJECT, ME, NOW, 0).get(1).id().toString();

        assertThat(error(() -> store.move(PROJECT, ME, NOW, "My Queries", shared)).status()).isEqualTo(400);
    }

    @Test
    void move_intoSubfolder_is400() {
        var a = create("Shared Queries", "A", true, null);
        create("Shared Queries/A", "B", true, null);

        assertThat(error(() -> store.move(PROJECT, ME, NOW, "Shared Queries/A/B", a.id().toString())).status())
                .isEqualTo(400);
    }

    @Test
    void move_whereNameIsTaken_is409() {
        var q = create("My Queries", "Same", false, WIQL);
        create("Shared Queries", "Same", false, WIQL);

        assertThat(error(() -> store.move(PROJECT, ME, NOW, "Shared Queries", q.id().toString())).status())
                .isEqualTo(409);
    }

    @Test
    void delete_unknown_is404() {
        assertThat(error(() -> store.delete(PROJECT, ME, NOW, UUID.randomUUID().toString())).status())
                .isEqualTo(404);
    }
}
