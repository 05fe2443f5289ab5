package ado.emulator.internal.work;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import ado.emulator.internal.org.User;
import ado.emulator.internal.wiql.WorkItemView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SprintItemsTest {

    private static WorkItemView view(List<WorkItemView.Row> rows, List<WorkItemView.Link> links) {
        return new WorkItemView() {
            @Override
            public Stream<Row> items() {
                return rows.stream();
            }

            @Override
            public Stream<Link> links() {
                return links.stream();
            }
        };
    }

    private static WorkItemView.Row row(int id, String project, String iteration) {
        return new WorkItemView.Row(id, project, Map.<String, JsonValue>of("System.IterationPath",
                new JsonString(iteration)));
    }

    @Test
    void sprintItems_rootsThenParentChildLinks_onlyThisSprintAndProject() {
        var org = new OrgStore("fabrikam", new User(UUID.randomUUID(), "Ada", "ada@example.com"));
        Project fiber = org.createProject("Fiber", "", Instant.EPOCH);
        var work = new WorkStore(org, Clock.systemUTC());
        work.useWorkItems(view(List.of(row(1, "Fiber", "Fiber\\Sprint 2"), row(2, "Fiber", "Fiber\\Sprint 2"),
                        row(3, "Fiber", "Fiber\\Sprint 1"), row(4, "Other", "Fiber\\Sprint 2"),
                        row(5, "Fiber", "fiber\\sprint 2")),
                List.of(new WorkItemView.Link(1, 2, "System.LinkTypes.Hierarchy-Forward"),
                        new WorkItemView.Link(1, 3, "System.LinkTypes.Hierarchy-Forward"),
                        new WorkItemView.Link(5, 1, "System.LinkTypes.Related"))));
        Node sprint2 = work.locked(() -> work.nodes().node(fiber, "iteration", "Sprint 2"));

        List<int[]> items = work.sprintItems(fiber, sprint2);

        assertThat(items).extracting(p -> p[0] + ">" + p[1]).containsExactly("0>1", "0>5", "1>2");
    }

    @Test
    void sprintItems_noView_empty() {
        var org = new OrgStore("fabrikam", new User(UUID.randomUUID(), "Ada", "ada@example.com"));
        Project fiber = org.createProject("Fiber", "", Instant.EPOCH);
        var work = new WorkStore(org, Clock.systemUTC());
        Node sprint1 = work.locked(() -> work.nodes().node(fiber, "iteration", "Sprint 1"));

        assertThat(work.sprintItems(fiber, sprint1)).isEmpty();
    }
}
