package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.wit.QueryResultType;
import ado.model.wit.QueryType;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class SavedQueryTest {

    private static final String FLAT = "SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = @Project";
    private Project project;
    private SavedQuery folder;

    @BeforeEach
    void setUp(AdoClient client) {
        project = AzureDevOpsService.of(client).organization().project("Fabrikam-Fiber-Git");
        folder = project.savedQuery("Shared Queries").createFolder("f-" + UUID.randomUUID());
    }

    @Test
    void queries_roots_areMyAndSharedQueriesAsSharedInstances() {
        List<SavedQuery> roots = project.queries();

        assertThat(roots).extracting(SavedQuery::name).containsExactly("My Queries", "Shared Queries");
        assertThat(roots.get(1)).isSameAs(project.savedQuery("Shared Queries"));
        assertThat(roots.get(1).isFolder()).isTrue();
        assertThat(roots.get(1).wiql()).isEmpty();
        assertThat(roots.get(1).queryType()).isEmpty();
    }

    @Test
    void createQuery_inFolder_isAChildWithWiqlAndRuns() {
        SavedQuery q = folder.createQuery("Mine", FLAT);

        assertThat(q.path()).isEqualTo(folder.path() + "/Mine");
        assertThat(q.wiql()).contains(FLAT);
        assertThat(q.queryType()).contains(QueryType.FLAT);
        assertThat(folder.refresh().children()).containsExactly(q);
        assertThat(q.run().queryResultType()).isEqualTo(QueryResultType.WORK_ITEM);
        assertThat(q.ids()).isEmpty();
    }

    @Test
    void savedQuery_byIdAndByPath_areTheSameObject() {
        SavedQuery q = folder.createQuery("Same", FLAT);

        assertThat(project.savedQuery(q.id().toString())).isSameAs(q);
        assertThat(project.savedQuery(q.path())).isSameAs(q);
    }

    @Test
    void children_ofNestedFolder_loadOnDemand() {
        SavedQuery sub = folder.createFolder("Sub");
        sub.createFolder("Deeper").createQuery("Leaf", FLAT);

        String paths = folder.refresh().children().get(0).children().get(0).children().stream()
                .map(SavedQuery::path).collect(Collectors.joining());

        assertThat(paths).isEqualTo(folder.path() + "/Sub/Deeper/Leaf");
    }

    @Test
    void renameMoveUpdateDelete_changeTheServerSide() {
        SavedQuery q = folder.createQuery("Before", FLAT);
        SavedQuery target = folder.createFolder("Target");

        assertThat(q.rename("After").path()).endsWith("/After");
        assertThat(q.moveTo(target).path()).isEqualTo(target.path() + "/After");
        assertThat(q.updateWiql("SELECT [System.Id] FROM WorkItems").wiql())
                .contains("SELECT [System.Id] FROM WorkItems");
        q.delete();
        assertThatThrownBy(q::refresh).isInstanceOf(AdoNotFoundException.class).hasMessageContaining("TF401243");
    }

    @Test
    void run_onFolder_isBadRequest() {
        assertThatThrownBy(folder::run).isInstanceOf(AdoBadRequestException.class);
    }

    @Test
    void savedQuery_unknownPath_isNotFound() {
        assertThatThrownBy(() -> project.savedQuery("Shared Queries/none-" + UUID.randomUUID()))
                .isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void wiql_projectAndTeam_runAndSendTheScope(AdoEmulator emulator) {
        assertThat(project.wiql(FLAT).queryType()).isEqualTo(QueryType.FLAT);
        assertThat(project.team("Quality assurance").queryIds(FLAT)).isEmpty();
        assertThat(emulator.requests().all()).anySatisfy(r -> assertThat(r.path()).contains("Quality")
                .endsWith("/_apis/wit/wiql"));
    }

    @Test
    void queryIdBatches_runsTheQueryOnlyWhenPulled(AdoEmulator emulator) {
        long before = emulator.requests().count("POST", "/_apis/wit/wiql");

        var batches = project.queryIdBatches(FLAT);

        assertThat(emulator.requests().count("POST", "/_apis/wit/wiql")).isEqualTo(before);
        assertThat(batches.toList()).isEmpty();
        assertThat(emulator.requests().count("POST", "/_apis/wit/wiql")).isEqualTo(before + 1);
    }

    @Test
    void wiql_syntaxError_isBadRequestWithAdosMessage() {
        assertThatThrownBy(() -> project.queryIds("SELECT [System.Id] FROM WorkItems WHERE"))
                .isInstanceOf(AdoBadRequestException.class).hasMessageContaining("TF51006");
    }
}
