package ado.emulator.internal.wiql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.emulator.internal.http.AdoError;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WiqlEngineTest {

    static final String ADA_ID = "11111111-1111-1111-1111-111111111111";
    static final WiqlEngine.Context CONTEXT = new WiqlEngine.Context("Fabrikam", ADA_ID, "Ada Lovelace",
            "ada@fabrikam.example");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
    static final String HIERARCHY = "System.LinkTypes.Hierarchy-Forward";

    static TestWorkItems sample() {
        var ada = TestWorkItems.identity(ADA_ID, "Ada Lovelace", "ada@fabrikam.example");
        var grace = TestWorkItems.identity("22222222-2222-2222-2222-222222222222", "Grace Hopper",
                "grace@fabrikam.example");
        return new TestWorkItems()
                .add(1, "Fabrikam", Map.of("System.WorkItemType", "Bug", "System.Title", "Login fails",
                        "System.State", "Active", "Microsoft.VSTS.Common.Priority", 1, "System.AssignedTo", ada,
                        "System.AreaPath", "Fabrikam\\Web", "System.Tags", "ui; urgent",
                        "System.CreatedDate", "2026-11-20T10:00:00Z", "System.ChangedDate", "2026-11-21T10:00:00Z",
                        "Microsoft.VSTS.Scheduling.StoryPoints", 3.5))
                .add(2, "Fabrikam", Map.of("System.WorkItemType", "Task", "System.Title", "Write docs",
                        "System.State", "New", "Microsoft.VSTS.Common.Priority", 2, "System.AssignedTo", grace,
                        "System.AreaPath", "Fabrikam\\Docs", "System.Tags", "docs",
                        "System.CreatedDate", "2026-11-27T08:00:00Z", "System.ChangedDate", "2026-11-27T08:00:00Z",
                        "Microsoft.VSTS.Scheduling.StoryPoints", 1))
                .add(3, "Fabrikam", Map.of("System.WorkItemType", "User Story", "System.Title", "Login page",
                        "System.State", "Closed", "Microsoft.VSTS.Common.Priority", 3,
                        "System.AreaPath", "Fabrikam\\Web\\Login", "System.CreatedDate", "2026-10-01T00:00:00Z",
                        "System.ChangedDate", "2026-10-01T00:00:00Z", "Microsoft.VSTS.Scheduling.StoryPoints", 8))
                .add(4, "Contoso", Map.of("System.WorkItemType", "Bug", "System.Title", "Crash on save",
                        "System.State", "Active", "Microsoft.VSTS.Common.Priority", 2, "System.AssignedTo", ada,
                        "System.AreaPath", "Contoso\\App", "System.CreatedDate", "2026-11-26T23:59:00Z",
                        "System.ChangedDate", "2026-11-26T23:59:00Z"))
                .add(5, "Fabrikam", Map.of("System.WorkItemType", "Task", "System.Title", "Proofread",
                        "System.State", "New", "Microsoft.VSTS.Common.Priority", 4,
                        "System.CreatedDate", "2026-11-02T00:00:00Z", "System.ChangedDate", "2026-11-02T00:00:00Z"))
                .link(1, 2, HIERARCHY).link(2, 1, "System.LinkTypes.Hierarchy-Reverse")
                .link(1, 3, "System.LinkTypes.Related").link(3, 1, "System.LinkTypes.Related")
                .link(2, 5, HIERARCHY).link(5, 2, "System.LinkTypes.Hierarchy-Reverse");
    }

    private final WiqlEngine engine = new WiqlEngine(sample(), CLOCK);

    private List<Integer> ids(String where) {
        return engine.run("SELECT [System.Id] FROM WorkItems WHERE " + where, CONTEXT, null).workItems();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "[System.State] = 'active'                                   | 1 4",
            "[State] <> 'Active'                                         | 2 3 5",
            "[Microsoft.VSTS.Common.Priority] < 2                        | 1",
            "[Priority] > 2                                              | 3 5",
            "[Priority] <= 2                                             | 1 2 4",
            "[Priority] >= 3                                             | 3 5",
            "[Priority] = '2'                                            | 2 4",
            "[Story Points] < 10                                         | 1 2 3",
            "[Story Points] > 3.25                                       | 1 3",
            "[Priority] > -1 AND [Priority] < 1.5                        | 1",
            "[System.WorkItemType] IN ('Bug', 'task')                    | 1 2 4 5",
            "[System.WorkItemType] NOT IN ('Bug', 'Task')                | 3",
            "[ID] IN (1, 3)                                              | 1 3",
            "[System.Id] = 3                                             | 3",
            "[System.Title] CONTAINS 'LOGIN'                             | 1 3",
            "[System.Title] NOT CONTAINS 'login'                         | 2 4 5",
            "[System.Title] CONTAINS WORDS 'log'                         | ''",
            "[System.Title] CONTAINS WORDS 'page'                        | 3",
            "[System.Tags] CONTAINS 'UI'                                 | 1",
            "[System.Tags] CONTAINS 'urg'                                | ''",
            "[System.AreaPath] UNDER 'fabrikam\\web'                     | 1 3",
            "[Area Path] NOT UNDER 'Fabrikam\\Web'                       | 2 4 5",
            "[System.AreaPath] UNDER 'Fabrikam\\We'                      | ''",
            "[System.AssignedTo] = @Me                                   | 1 4",
            "[Assigned To] <> @me                                        | 2 3 5",
            "[System.AssignedTo] = 'grace hopper'                        | 2",
            "[System.AssignedTo] = 'Grace Hopper <grace@fabrikam.example>' | 2",
            "[System.AssignedTo] IN ('ada@fabrikam.example', 'Nobody')   | 1 4",
            "[System.AssignedTo] CONTAINS 'hop'                          | 2",
            "[System.AssignedTo] = ''                                    | 3 5",
            "[System.TeamProject] = @Project                             | 1 2 3 5",
            "[System.TeamProject] <> @project                            | 4",
            "[System.CreatedDate] = @Today                               | 2",
            "[System.CreatedDate] >= @Today - 1                          | 2 4",
            "[System.CreatedDate] < @Today - 25                          | 3",
            "[System.CreatedDate] > @Today + 1                           | ''",
            "[System.CreatedDate] < '2026-11-01'                         | 3",
            "[System.CreatedDate] = '11/20/2026'                         | 1",
            "[System.CreatedDate] > '2026-11-26T23:00:00Z'               | 2 4",
            "[System.CreatedDate] <= '2026-11-26T23:59:00'               | 1 3 4 5",
            "[System.ChangedDate] > [System.CreatedDate]                 | 1",
            "NOT [State] = 'Active'                                      | 2 3 5",
            "[State] = 'New' OR [State] = 'Closed' AND [Priority] = 2    | 2 5",
            "([State] = 'New' OR [State] = 'Closed') AND [Priority] = 3  | 3",
            "NOT ([State] = 'New' OR [Priority] = 1)                     | 3 4",
            "[System.Reason] = ''                                        | 1 2 3 4 5",
            "[Custom.Unknown] <> 'x'                                     | 1 2 3 4 5",
    })
    void operator_onSample_selectsExpectedIds(String where, String expected) {
        List<Integer> want = expected.isBlank() ? List.of()
                : java.util.Arrays.stream(expected.trim().split(" ")).map(Integer::valueOf).toList();

        assertThat(ids(where)).containsExactlyElementsOf(want);
    }

    @Test
    void orderBy_severalKeys_sortsByEachInTurn() {
        var result = engine.run("SELECT [System.Id], [System.Title] FROM WorkItems "
                + "ORDER BY [Priority] DESC, [System.Title] ASC", CONTEXT, null);

        assertThat(result.workItems()).containsExactly(5, 3, 4, 2, 1);
        assertThat(result.sortColumns()).extracting(s -> s.field().referenceName() + " " + s.descending())
                .containsExactly("Microsoft.VSTS.Common.Priority true", "System.Title false");
    }

    @Test
    void orderBy_text_isCaseInsensitive() {
        assertThat(engine.run("SELECT [System.Id] FROM WorkItems ORDER BY [System.Title]", CONTEXT, null)
                .workItems()).containsExactly(4, 1, 3, 5, 2);
    }

    @Test
    void orderBy_dateDescending_newestFirstAndEmptyValuesLast() {
        assertThat(engine.run("SELECT [System.Id] FROM WorkItems ORDER BY [Created Date] DESC", CONTEXT, null)
                .workItems()).containsExactly(2, 4, 1, 5, 3);
        assertThat(engine.run("SELECT [System.Id] FROM WorkItems ORDER BY [System.AssignedTo] DESC",
                CONTEXT, null).workItems()).containsExactly(2, 1, 4, 3, 5);
    }

    @Test
    void noOrderBy_returnsIdOrder() {
        assertThat(engine.run("select [System.Id] from workitems", CONTEXT, null).workItems())
                .containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void columns_displayAndReferenceNames_resolveToReferenceNames() {
        var result = engine.run("SELECT [ID], [Title], [System.State], [Assigned To] FROM WorkItems", CONTEXT,
                null);

        assertThat(result.columns()).extracting(WiqlResult.Column::referenceName)
                .containsExactly("System.Id", "System.Title", "System.State", "System.AssignedTo");
        assertThat(result.columns()).extracting(WiqlResult.Column::name)
                .containsExactly("ID", "Title", "State", "Assigned To");
        assertThat(result.queryType()).isEqualTo("flat");
        assertThat(result.queryResultType()).isEqualTo("workItem");
    }

    @Test
    void top_limitsAfterSorting() {
        assertThat(engine.run("SELECT [System.Id] FROM WorkItems ORDER BY [System.Id] DESC", CONTEXT, 2)
                .workItems()).containsExactly(5, 4);
    }

    @Test
    void asOf_givenDate_isReportedAsTheResultTime() {
        var result = engine.run("SELECT [System.Id] FROM WorkItems ASOF '2026-01-02T03:04:05Z'", CONTEXT, null);

        assertThat(result.asOf()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    }

    @Test
    void asOf_absent_isTheClockTime() {
        assertThat(engine.run("SELECT [System.Id] FROM WorkItems", CONTEXT, null).asOf()).isEqualTo(CLOCK.instant());
    }

    @Test
    void project_atOrganisationScope_isAnError() {
        var org = new WiqlEngine.Context(null, ADA_ID, "Ada Lovelace", "ada@fabrikam.example");

        assertThatThrownBy(() -> engine.run("SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = "
                + "@Project", org, null)).isInstanceOf(AdoError.class).hasMessageContaining("«@Project»");
    }

    // ---- the size limit ----

    @Test
    void moreThanLimit_withoutTop_isAdosLimitError() {
        var big = new WiqlEngine(new TestWorkItems().addTasks(1, WiqlErrors.RESULT_LIMIT + 1, "Fabrikam"), CLOCK);

        assertThatThrownBy(() -> big.run("SELECT [System.Id] FROM WorkItems WHERE [System.WorkItemType] = 'Task'",
                CONTEXT, null))
                .isInstanceOfSatisfying(AdoError.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessage("VS402337: The number of work items returned exceeds the size limit of 20000. "
                        + "Change the query to return fewer items.");
    }

    @Test
    void moreThanLimit_withTop_returnsTopItems() {
        var big = new WiqlEngine(new TestWorkItems().addTasks(1, WiqlErrors.RESULT_LIMIT + 1, "Fabrikam"), CLOCK);

        assertThat(big.run("SELECT [System.Id] FROM WorkItems", CONTEXT, 3).workItems()).containsExactly(1, 2, 3);
    }

    @Test
    void exactlyTheLimit_withoutTop_returnsAll() {
        var big = new WiqlEngine(new TestWorkItems().addTasks(1, WiqlErrors.RESULT_LIMIT, "Fabrikam"), CLOCK);

        assertThat(big.run("SELECT [System.Id] FROM WorkItems", CONTEXT, null).workItems())
                .hasSize(WiqlErrors.RESULT_LIMIT);
    }

    // ---- link queries ----

    private static final String LINKS = "SELECT [System.Id] FROM WorkItemLinks WHERE "
            + "[Source].[System.WorkItemType] = 'Bug' AND [System.Links.LinkType] = '" + HIERARCHY + "' ";

    private List<String> relations(String wiql) {
        return engine.run(wiql, CONTEXT, null).relations().stream()
                .map(r -> r.source() == null ? "" + r.target() : r.source() + ">" + r.target()).toList();
    }

    @Test
    void linkQuery_mustContain_returnsSourcesWithMatchingLinks() {
        var result = engine.run(LINKS + "AND [Target].[System.WorkItemType] = 'Task' MODE (MustContain)", CONTEXT,
                null);

        assertThat(result.queryType()).isEqualTo("oneHop");
        assertThat(result.queryResultType()).isEqualTo("workItemLink");
        assertThat(result.workItems()).isEmpty();
        assertThat(result.relations()).containsExactly(new WiqlResult.Relation(null, 1, null),
                new WiqlResult.Relation(1, 2, HIERARCHY));
    }

    @Test
    void linkQuery_noMode_isMustContain() {
        assertThat(relations(LINKS)).containsExactly("1", "1>2");
    }

    @Test
    void linkQuery_mayContain_keepsSourcesWithoutLinks() {
        assertThat(relations(LINKS + "MODE (MayContain)")).containsExactly("1", "1>2", "4");
    }

    @Test
    void linkQuery_doesNotContain_returnsOnlySourcesWithoutLinks() {
        assertThat(relations(LINKS + "mode (doesnotcontain)")).containsExactly("4");
    }

    @Test
    void linkQuery_unprefixedField_readsTheSource() {
        assertThat(relations("SELECT [System.Id] FROM WorkItemLinks WHERE [System.State] = 'New' "
                + "AND [System.Links.LinkType] = '" + HIERARCHY + "'")).containsExactly("2", "2>5");
    }

    @Test
    void linkQuery_targetCondition_filtersLinks() {
        assertThat(relations("SELECT [System.Id] FROM WorkItemLinks WHERE [Source].[System.Id] = 1 "
                + "AND [Target].[System.State] = 'Closed'")).containsExactly("1", "1>3");
    }

    @Test
    void treeQuery_recursive_walksTheHierarchyOnce() {
        var result = engine.run("SELECT [System.Id] FROM WorkItemLinks WHERE ([Source].[System.WorkItemType] = "
                + "'Bug' OR [Source].[System.WorkItemType] = 'Task') AND [System.Links.LinkType] = '" + HIERARCHY
                + "' MODE (Recursive)", CONTEXT, null);

        assertThat(result.queryType()).isEqualTo("tree");
        assertThat(result.relations()).extracting(r -> r.source() == null ? "" + r.target()
                : r.source() + ">" + r.target()).containsExactly("1", "1>2", "2>5", "4");
    }

    @Test
    void linkQuery_conditionMixingSides_isASyntaxError() {
        assertThatThrownBy(() -> engine.run("SELECT [System.Id] FROM WorkItemLinks WHERE [Source].[State] = 'x' "
                + "OR [Target].[State] = 'y'", CONTEXT, null))
                .isInstanceOf(AdoError.class).hasMessageStartingWith("TF51006").hasMessageContaining("«[State]»");
    }
}
