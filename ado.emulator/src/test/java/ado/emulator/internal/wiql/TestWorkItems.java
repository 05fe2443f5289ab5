package ado.emulator.internal.wiql;

import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** An in-memory {@link WorkItemView} for tests: add rows and links, then query. Thread-safe. */
public final class TestWorkItems implements WorkItemView {

    private final List<Row> rows = new CopyOnWriteArrayList<>();
    private final List<Link> links = new CopyOnWriteArrayList<>();

    @Override
    public Stream<Row> items() {
        return rows.stream().sorted(java.util.Comparator.comparingInt(Row::id));
    }

    @Override
    public Stream<Link> links() {
        return links.stream().sorted(java.util.Comparator.comparingInt(Link::source));
    }

    /** Adds work item {@code id} of {@code project} with {@code fields} (values: String, Number, JsonValue). */
    public TestWorkItems add(int id, String project, Map<String, ?> fields) {
        var json = new LinkedHashMap<String, JsonValue>();
        json.put("System.TeamProject", new JsonString(project));
        fields.forEach((k, v) -> json.put(k, v instanceof JsonValue j ? j : v instanceof Number n
                ? JsonNumber.of(new java.math.BigDecimal(n.toString())) : new JsonString(String.valueOf(v))));
        rows.add(new Row(id, project, json));
        return this;
    }

    /** Adds {@code count} tasks numbered from {@code firstId}, each with title {@code "item <id>"}. */
    public TestWorkItems addTasks(int firstId, int count, String project) {
        var batch = new ArrayList<Row>(count);
        for (int id = firstId; id < firstId + count; id++) {
            batch.add(new Row(id, project, Map.of("System.Title", new JsonString("item " + id),
                    "System.WorkItemType", new JsonString("Task"), "System.TeamProject", new JsonString(project))));
        }
        rows.addAll(batch);
        return this;
    }

    /** Adds a link from {@code source} to {@code target} of type {@code rel}. */
    public TestWorkItems link(int source, int target, String rel) {
        links.add(new Link(source, target, rel));
        return this;
    }

    /** {@return an IdentityRef as the work item store serves it} */
    public static JsonObject identity(String id, String displayName, String uniqueName) {
        return JsonObject.builder().put("displayName", displayName).put("id", id).put("uniqueName", uniqueName)
                .build();
    }
}
