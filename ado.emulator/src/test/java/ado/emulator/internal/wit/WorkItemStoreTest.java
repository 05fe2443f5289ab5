package ado.emulator.internal.wit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.User;
import ado.emulator.internal.wiql.WorkItemView;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkItemStoreTest {

    private OrgStore org;
    private WorkItemStore store;

    @BeforeEach
    void setUp() {
        org = new OrgStore("fabrikam", new User(UUID.randomUUID(), "Ada Lovelace", "ada@fabrikam.example"));
        org.createProject("Web", "", Instant.EPOCH);
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        store = new WorkItemStore(org, new ado.emulator.internal.work.ProcessRules(
                new ado.emulator.internal.work.WorkStore(org, clock)), clock);
    }

    private static List<JsonValue> patch(String json) {
        return ((JsonArray) JsonValue.parse(json)).values();
    }

    private int task(String title) {
        return store.create("Web", "Task", patch("[{\"op\":\"add\",\"path\":\"/fields/System.Title\",\"value\":\""
                + title + "\"}]"), WorkItemStore.Options.NONE).id();
    }

    @Test
    void revisions_fixedClock_strictlyIncreasingDates() {
        int id = task("a");
        store.update(id, patch("[{\"op\":\"add\",\"path\":\"/fields/System.Title\",\"value\":\"b\"}]"),
                WorkItemStore.Options.NONE);

        List<Revision> revisions = store.revisions(id);

        assertThat(revisions.get(1).changedDate()).isAfter(revisions.get(0).changedDate());
        assertThat(revisions.get(0).string("System.RevisedDate")).isEqualTo(revisions.get(1).changedDate().toString());
    }

    @Test
    void view_itemsAndLinksOfLiveWorkItems() {
        int parent = task("parent");
        int child = task("child");
        int gone = task("gone");
        store.update(child, patch("[{\"op\":\"add\",\"path\":\"/relations/-\",\"value\":{\"rel\":"
                + "\"System.LinkTypes.Hierarchy-Reverse\",\"url\":\"x/_apis/wit/workItems/" + parent + "\"}}]"),
                WorkItemStore.Options.NONE);
        store.delete(gone, false);
        WorkItemView view = new StoreView(store);

        assertThat(view.items().map(WorkItemView.Row::id)).containsExactly(parent, child);
        assertThat(view.items().filter(r -> r.id() == child).findFirst().orElseThrow().fields().get("System.Title"))
                .isEqualTo(JsonString.of("child"));
        assertThat(view.links()).containsExactly(
                new WorkItemView.Link(parent, child, "System.LinkTypes.Hierarchy-Forward"),
                new WorkItemView.Link(child, parent, "System.LinkTypes.Hierarchy-Reverse"));
    }

    @Test
    void view_identityFieldsAreIdentityObjects() {
        int id = task("assigned");
        store.update(id, patch("[{\"op\":\"add\",\"path\":\"/fields/System.AssignedTo\",\"value\":\"Ada Lovelace\"}]"),
                WorkItemStore.Options.NONE);

        JsonValue assigned = new StoreView(store).items().findFirst().orElseThrow().fields().get("System.AssignedTo");

        assertThat(((JsonObject) assigned).string("uniqueName")).contains("ada@fabrikam.example");
    }

    @Test
    void artifactListener_refusal_leavesItemUnchanged() {
        int id = task("artifact");
        var seen = new ArrayList<String>();
        store.onArtifactLink(new WorkItemStore.ArtifactLinkListener() {
            @Override
            public void check(String url) {
                if (url.endsWith("404")) {
                    throw new AdoError(404, "X", "Y", "no such artifact");
                }
            }

            @Override
            public void changed(int workItemId, String url, boolean added) {
                seen.add(workItemId + " " + url + " " + added);
            }
        });

        assertThatThrownBy(() -> store.update(id, patch("[{\"op\":\"add\",\"path\":\"/relations/-\",\"value\":{\"rel\":"
                + "\"ArtifactLink\",\"url\":\"vstfs:///X/404\"}}]"), WorkItemStore.Options.NONE))
                .isInstanceOf(AdoError.class);
        store.update(id, patch("[{\"op\":\"add\",\"path\":\"/relations/-\",\"value\":{\"rel\":\"ArtifactLink\","
                + "\"url\":\"vstfs:///X/1\"}}]"), WorkItemStore.Options.NONE);

        assertThat(store.revisions(id)).hasSize(2);
        assertThat(seen).containsExactly(id + " vstfs:///X/1 true");
    }

    @Test
    void rules_typeInUnknownProject_empty() {
        var rules = new ado.emulator.internal.work.ProcessRules(new ado.emulator.internal.work.WorkStore(org,
                Clock.systemUTC()));
        assertThat(rules.type("Nope", "Task")).isEmpty();
        assertThat(rules.type("Web", "task")).isPresent();
        assertThat(rules.pathExists("Web", "iteration", "Web\\Sprint 2")).isTrue();
        assertThat(rules.pathExists("Web", "area", "Web\\Sprint 2")).isFalse();
    }
}
