package ado.model.wit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.ApiCall;
import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoConflictException;
import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class WiqlEndpointsTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";
    private static final String FLAT = "SELECT [System.Id], [System.Title] FROM WorkItems "
            + "WHERE [System.TeamProject] = @Project ORDER BY [System.ChangedDate] DESC";
    private ApiCall project;
    private String folder;

    @BeforeEach
    void scope(AdoClient client) {
        project = client.api().project(PROJECT);
        folder = "Shared Queries/" + UUID.randomUUID();
        Queries.createFolder(project, "Shared Queries", folder.substring("Shared Queries/".length()));
    }

    @Test
    void query_projectScope_returnsFlatResultWithColumnsAndSort() {
        WiqlResult r = Wiql.query(project, FLAT);

        assertThat(r.queryType()).isEqualTo(QueryType.FLAT);
        assertThat(r.queryResultType()).isEqualTo(QueryResultType.WORK_ITEM);
        assertThat(r.asOf()).isNotNull();
        assertThat(r.columns()).extracting(WiqlColumn::name).containsExactly("ID", "Title");
        assertThat(r.sortColumns()).singleElement().satisfies(s -> {
            assertThat(s.field().referenceName()).isEqualTo("System.ChangedDate");
            assertThat(s.descending()).isTrue();
        });
    }

    @Test
    void query_teamScopeWithTop_sendsTopAndTimePrecision(AdoEmulator emulator) {
        Wiql.query(project.team("Quality assurance"), FLAT, 5, true);

        assertThat(emulator.requests().all()).anySatisfy(req -> {
            assertThat(req.path()).contains("Quality").endsWith("/_apis/wit/wiql");
            assertThat(req.query()).contains("top=5").contains("timePrecision=true");
        });
    }

    @Test
    void query_linkQuery_isOneHop() {
        WiqlResult r = Wiql.query(project, "SELECT [System.Id] FROM WorkItemLinks WHERE "
                + "[System.Links.LinkType] = 'System.LinkTypes.Hierarchy-Forward' MODE (MayContain)");

        assertThat(r.queryType()).isEqualTo(QueryType.ONE_HOP);
        assertThat(r.queryResultType()).isEqualTo(QueryResultType.WORK_ITEM_LINK);
    }

    @Test
    void query_syntaxError_isBadRequestWithAdosMessage() {
        assertThatThrownBy(() -> Wiql.query(project, "SELECT [System.Id] FROM WorkItems WHERE [State] ~ 'x'"))
                .isInstanceOf(AdoBadRequestException.class).hasMessageContaining("TF51006");
    }

    @Test
    void query_unknownField_isBadRequestTF51005() {
        assertThatThrownBy(() -> Wiql.query(project, "SELECT [System.Id] FROM WorkItems WHERE [Bogus] = 1"))
                .isInstanceOf(AdoBadRequestException.class).hasMessageContaining("TF51005");
    }

    @Test
    void query_blankOrTooLong_isRefusedBeforeSending() {
        assertThatThrownBy(() -> Wiql.query(project, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wiql");
        assertThatThrownBy(() -> Wiql.query(project, "x".repeat(Wiql.MAX_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32000");
        assertThatThrownBy(() -> Wiql.query(project, FLAT, 0, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("top");
    }

    @Test
    void savedQuery_createGetRun_roundTrips() {
        QueryHierarchyItem q = Queries.create(project, folder, "Mine", FLAT);

        assertThat(q.path()).isEqualTo(folder + "/Mine");
        assertThat(q.queryType()).isEqualTo(QueryType.FLAT);
        assertThat(q.folder()).isFalse();
        assertThat(Queries.get(project, folder + "/Mine").wiql()).isEqualTo(FLAT);
        assertThat(Queries.get(project, q.id().toString()).id()).isEqualTo(q.id());
        assertThat(Wiql.queryById(project, q.id()).queryType()).isEqualTo(QueryType.FLAT);
    }

    @Test
    void savedQueries_tree_hasRootsAndChildrenToDepth() {
        Queries.create(project, folder, "Child", FLAT);

        List<QueryHierarchyItem> roots = Queries.list(project, 2, QueryExpand.ALL);

        assertThat(roots).extracting(QueryHierarchyItem::name).containsExactly("My Queries", "Shared Queries");
        QueryHierarchyItem mine = roots.get(1).children().stream().filter(c -> c.path().equals(folder))
                .findFirst().orElseThrow();
        assertThat(mine.folder()).isTrue();
        assertThat(mine.children()).singleElement().satisfies(c -> {
            assertThat(c.wiql()).isEqualTo(FLAT);
            assertThat(c.columns()).hasSize(2);
        });
        assertThat(Queries.list(project)).allSatisfy(r -> assertThat(r.children()).isEmpty());
    }

    @Test
    void savedQuery_renameMoveUpdateDelete() {
        QueryHierarchyItem q = Queries.create(project, folder, "Before", FLAT);
        QueryHierarchyItem sub = Queries.createFolder(project, folder, "Sub");

        assertThat(Queries.rename(project, q.id().toString(), "After").path()).isEqualTo(folder + "/After");
        assertThat(Queries.move(project, q.id(), sub.path()).path()).isEqualTo(folder + "/Sub/After");
        String other = "SELECT [System.Id] FROM WorkItems";
        assertThat(Queries.updateWiql(project, q.id().toString(), other).wiql()).isEqualTo(other);
        Queries.delete(project, sub.id().toString());
        assertThatThrownBy(() -> Queries.get(project, q.id().toString())).isInstanceOf(AdoNotFoundException.class)
                .hasMessageContaining("TF401243");
    }

    @Test
    void savedQuery_duplicateName_isConflict() {
        Queries.create(project, folder, "Twice", FLAT);

        assertThatThrownBy(() -> Queries.create(project, folder, "twice", FLAT))
                .isInstanceOf(AdoConflictException.class);
    }

    @Test
    void savedQuery_invalidWiql_isBadRequest() {
        assertThatThrownBy(() -> Queries.create(project, folder, "Broken", "SELECT"))
                .isInstanceOf(AdoBadRequestException.class).hasMessageContaining("TF51006");
    }

    @Test
    void queryById_folder_isBadRequest() {
        UUID id = Queries.get(project, folder).id();

        assertThatThrownBy(() -> Wiql.queryById(project, id)).isInstanceOf(AdoBadRequestException.class);
    }

    @Test
    void options_outOfRange_areRefusedBeforeSending() {
        assertThatThrownBy(() -> Queries.list(project, 3, QueryExpand.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("depth");
        assertThatThrownBy(() -> Queries.list(project, 0, QueryExpand.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expand");
        assertThatThrownBy(() -> Queries.get(project, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("idOrPath");
    }
}
