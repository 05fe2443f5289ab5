package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoBadRequestException;
import ado.emulator.AdoEmulator;
import ado.emulator.RecordedRequest;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.wit.WorkItemFieldName;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class WorkItemQueryTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";

    private AdoEmulator emulator;
    private Project project;

    @BeforeEach
    void setUp(AdoEmulator emulator) {
        this.emulator = emulator;
        project = AzureDevOpsService.of(emulator.client()).organization().project(PROJECT);
    }

    private long batchReads() {
        return emulator.requests().all().stream().map(RecordedRequest::path)
                .filter(p -> p.endsWith("/_apis/wit/workitemsbatch")).count();
    }

    @Test
    void query_matchingWorkItems_streamsThemInQueryOrder() {
        List<Integer> ids = IntStream.range(0, 3).mapToObj(i -> project.createWorkItem("Task",
                Map.of(WorkItemFieldName.TITLE, "query me " + i)).id()).toList();
        project.createWorkItem("Bug", Map.of(WorkItemFieldName.TITLE, "not me"));

        List<WorkItem> found = project.query("SELECT [System.Id] FROM WorkItems WHERE [System.WorkItemType] = 'Task' "
                + "AND [System.Title] CONTAINS 'query me' ORDER BY [System.Id] DESC").toList();

        assertThat(found).extracting(WorkItem::id).containsExactly(ids.get(2), ids.get(1), ids.get(0));
        assertThat(found).extracting(WorkItem::title).containsExactly("query me 2", "query me 1", "query me 0");
    }

    @Test
    void query_notPulled_sendsNothing() {
        emulator.requests().clear();

        project.query("SELECT [System.Id] FROM WorkItems");

        assertThat(emulator.requests().all()).isEmpty();
    }

    @Test
    void query_moreThanOneBatch_readsOnlyTheBatchesPulled() {
        for (int i = 0; i < 201; i++) {
            project.createWorkItem("Task", Map.of(WorkItemFieldName.TITLE, "bulk " + i));
        }
        emulator.requests().clear();
        String wiql = "SELECT [System.Id] FROM WorkItems WHERE [System.Title] CONTAINS 'bulk'";

        assertThat(project.query(wiql).limit(5)).hasSize(5);
        assertThat(batchReads()).isEqualTo(1);
        assertThat(project.query(wiql).count()).isEqualTo(201);
        assertThat(batchReads()).isEqualTo(1 + 2);
    }

    @Test
    void query_invalidStatement_failsOnFirstPullWithAdosError() {
        var stream = project.query("SELECT FROM");

        assertThatThrownBy(stream::toList).isInstanceOf(AdoBadRequestException.class)
                .hasMessageContaining("TF51006");
    }
}
