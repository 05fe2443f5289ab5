package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.ApiCall;
import ado.core.error.AdoBadRequestException;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.wit.Queries;
import ado.model.wit.QueryExpand;
import ado.model.wit.QueryHierarchyItem;
import ado.model.wit.QueryType;
import ado.model.wit.Wiql;
import ado.model.wit.WiqlResult;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The examples of the "WIQL and saved queries" section of {@code docs/usage.md}, compiled and run against the
 * emulator; {@link #usageDoc_wiqlJavaBlocks_appearInThisFile} checks that every Java block of the section is copied
 * from between the {@code // doc:} markers here.
 */
@ExtendWith(AdoEmulatorExtension.class)
class WiqlUsageExamplesTest {

    private AzureDevOpsService service;
    private AdoClient client;

    @BeforeEach
    void setUp(AdoClient client) {
        this.client = client;
        this.service = AzureDevOpsService.of(client);
    }

    @Test
    void objectLayerWiqlExample_runs() {
        // doc: wiql
        Project project = service.organization().project("Fabrikam-Fiber-Git");
        List<Integer> open = project.queryIds("SELECT [System.Id] FROM WorkItems"
                + " WHERE [System.TeamProject] = @Project AND [System.State] <> 'Closed'"
                + " AND [System.ChangedDate] >= @Today - 30 ORDER BY [System.ChangedDate] DESC");

        WiqlResult newest = project.wiql("SELECT [System.Id], [System.Title] FROM WorkItems"
                + " ORDER BY [System.Id] DESC", 10);                      // $top=10
        WiqlResult epics = project.wiql("SELECT [System.Id] FROM WorkItemLinks"
                + " WHERE [Source].[System.WorkItemType] = 'Epic'"
                + " AND [System.Links.LinkType] = 'System.LinkTypes.Hierarchy-Forward'"
                + " MODE (MustContain)");
        epics.workItemRelations().forEach(l -> System.out.println(l.isRoot()
                ? "epic " + l.target().id() : "  child " + l.target().id() + " of " + l.source().id()));

        List<Integer> mine = project.team("Quality assurance")
                .queryIds("SELECT [System.Id] FROM WorkItems WHERE [System.AssignedTo] = @Me");
        project.queryIdBatches("SELECT [System.Id] FROM WorkItems")   // lazily, 200 ids at a time
                .forEach(batch -> System.out.println(batch.size() + " ids"));
        // end

        assertThat(open).isEmpty();
        assertThat(mine).isEmpty();
        assertThat(newest.queryType()).isEqualTo(QueryType.FLAT);
        assertThat(epics.queryType()).isEqualTo(QueryType.ONE_HOP);
    }

    @Test
    void savedQueriesExample_runs() {
        Project project = service.organization().project("Fabrikam-Fiber-Git");
        // doc: saved
        SavedQuery release = project.savedQuery("Shared Queries").createFolder("Release");
        SavedQuery bugs = release.createQuery("Open bugs", "SELECT [System.Id] FROM WorkItems"
                + " WHERE [System.WorkItemType] = 'Bug' AND [System.State] <> 'Closed'");
        List<Integer> ids = bugs.ids();                 // runs it: GET _apis/wit/wiql/{id}

        bugs.rename("Open bugs (release)");
        bugs.moveTo(project.savedQuery("My Queries"));
        for (SavedQuery root : project.queries()) {
            root.children().forEach(child -> System.out.println(child.path()));
        }
        release.delete();                               // a folder goes with everything in it
        // end

        assertThat(ids).isEmpty();
        assertThat(bugs.path()).isEqualTo("My Queries/Open bugs (release)");
    }

    @Test
    void rawLayerExample_runs() {
        // doc: raw
        ApiCall projectCall = client.api().project("Fabrikam-Fiber-Git");
        WiqlResult result = Wiql.query(projectCall.team("Quality assurance"),
                "SELECT [System.Id] FROM WorkItems WHERE [System.Tags] CONTAINS 'ui'", 50, null);

        QueryHierarchyItem recent = Queries.create(projectCall, "Shared Queries", "Recent",
                "SELECT [System.Id] FROM WorkItems WHERE [System.CreatedDate] >= @Today - 7");
        WiqlResult again = Wiql.queryById(projectCall, recent.id());
        List<QueryHierarchyItem> tree = Queries.list(projectCall, 2, QueryExpand.ALL);
        Queries.rename(projectCall, recent.id().toString(), "Last week");
        Queries.delete(projectCall, "Shared Queries/Last week");
        // end

        assertThat(result.ids()).isEmpty();
        assertThat(again.queryType()).isEqualTo(QueryType.FLAT);
        assertThat(tree.get(1).children()).extracting(QueryHierarchyItem::name).contains("Recent");
    }

    @Test
    void errorsExample_syntaxError_isBadRequestNamingTheToken() {
        Project project = service.organization().project("Fabrikam-Fiber-Git");
        // doc: errors
        try {
            project.queryIds("SELECT [System.Id] FROM WorkItems WHERE [State] = = 'Active'");
        } catch (AdoBadRequestException e) {
            // TF51006: The query statement is not valid: expected a value (at character 51).
            // The error is caused by «=».
            System.out.println(e.getMessage());
        }
        // end

        assertThatThrownBy(() -> project.queryIds("SELECT [System.Id] FROM WorkItems WHERE [State] = = 'Active'"))
                .isInstanceOf(AdoBadRequestException.class)
                .hasMessageContaining("TF51006: The query statement is not valid: expected a value (at character 51)")
                .hasMessageContaining("The error is caused by «=».");
    }

    @Test
    void usageDoc_wiqlJavaBlocks_appearInThisFile() throws IOException {
        UsageDoc.assertBlocksIn("## WIQL and saved queries", WiqlUsageExamplesTest.class, 4);
    }
}
