package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonArray;
import ado.core.json.JsonNull;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The work item vectors of {@code wit/} (work items, updates, comments, attachments, tags): for each example the
 * test first builds, through the API, a work item shaped like the one in the example (same type, the example's
 * writable fields, the same kinds of relations, linked work items created for its links), then sends the example's
 * request (its ids, revisions and project names mapped onto that data) and checks that the answer has the example's
 * JSON shape. Identities that old examples (api-version 1.0 to 4.x) write as {@code "Name <email>"} strings are
 * expected as objects, as every current api-version sends them. Fields the emulator's process does not compute
 * ({@link #NOT_EMULATED}, and the {@code WEF_*} Kanban fields) may be missing; {@code conformance-coverage.md}
 * lists the vectors.
 */
class WitConformanceTest {

    private static final Path VECTORS = Path.of(System.getProperty("ado.vectors", "../testdata/ado-vectors"));
    private static final String PROJECT = "Fabrikam-Fiber-Git";
    private static final String WIT = "/" + PROJECT + "/_apis/wit";
    /** Fields ADO computes from the classification tree, the board or the CMMI process, which the emulator lacks. */
    static final Set<String> NOT_EMULATED = Set.of("System.AreaId", "System.AreaLevel1", "System.AreaLevel2",
            "System.IterationId", "System.IterationLevel1", "System.IterationLevel2", "System.NodeName",
            "System.PersonId", "System.BoardColumn", "System.BoardColumnDone", "System.IsDeleted",
            "Microsoft.VSTS.CMMI.Blocked", "Microsoft.VSTS.CMMI.RequiresReview", "Microsoft.VSTS.CMMI.RequiresTest",
            "Microsoft.VSTS.CMMI.TaskType", "Microsoft.VSTS.Common.Triage");
    private static final Set<String> IDENTITIES = Set.of("System.AssignedTo", "System.CreatedBy", "System.ChangedBy",
            "System.AuthorizedAs", "Microsoft.VSTS.Common.ActivatedBy", "Microsoft.VSTS.Common.ClosedBy",
            "Microsoft.VSTS.Common.ResolvedBy");
    /** Fields the test copies from an example into the work item it builds (the writable ones of the process). */
    private static final Set<String> COPIED = Set.of("System.Title", "System.Description", "System.History",
            "System.Tags", "Microsoft.VSTS.Common.Priority", "Microsoft.VSTS.Common.Severity",
            "Microsoft.VSTS.Common.ValueArea", "Microsoft.VSTS.Common.Activity",
            "Microsoft.VSTS.Scheduling.StoryPoints", "Microsoft.VSTS.Scheduling.Effort",
            "Microsoft.VSTS.Scheduling.RemainingWork", "Microsoft.VSTS.TCM.ReproSteps",
            "Microsoft.VSTS.TCM.SystemInfo");
    private static final Pattern ITEM_URL = Pattern.compile("https?://[^\"]*?/_apis/wit/workItems/(\\d+)",
            Pattern.CASE_INSENSITIVE);

    private static AdoEmulator emulator;
    private static Raw raw;

    @BeforeAll
    static void start() {
        emulator = AdoEmulator.start();
        raw = new Raw(emulator);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    /** The work item built for an example, and the example's work item ids mapped to the emulator's. */
    private record Mirror(int id, Map<String, Integer> ids) {
    }

    @TestFactory
    Stream<DynamicTest> witVectors_onMirroredData_haveExampleShape() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(VECTORS.resolve("wit"))) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("WorkItems_")
                    || n.startsWith("Updates_") || n.startsWith("Comments_") || n.startsWith("Attachments_")
                    || n.startsWith("Tags_")).sorted().toList();
        }
        return names.stream().map(n -> DynamicTest.dynamicTest("wit/" + n, () -> run("wit/" + n)));
    }

    private static void run(String name) {
        JsonObject vector = vector(name);
        String file = name.substring(4);
        JsonValue expected = vector.get("response");
        HttpResponse<String> response;
        if (file.startsWith("WorkItems_GetWorkItem")) {
            Mirror m = mirror((JsonObject) expected, null, List.of(), 0);
            String asOf = file.contains("asof") ? "?asOf=" + Instant.now() : "";
            response = raw.get(WIT + "/workItems/" + m.id() + asOf);
        } else if (file.startsWith("WorkItems_List")) {
            var ids = new ArrayList<String>();
            for (JsonValue v : ((JsonArray) ((JsonObject) expected).get("value")).values()) {
                ids.add(String.valueOf(mirror((JsonObject) v, null, List.of(), 0).id()));
            }
            response = raw.get("/_apis/wit/workitems?ids=" + String.join(",", ids) + query(vector, "ids"));
        } else if (file.startsWith("WorkItems_Create")) {
            response = raw.post(WIT + "/workitems/$Task", vector.get("request").toJson());
        } else if (file.startsWith("WorkItems_Update")) {
            response = update(vector, file, (JsonObject) expected);
        } else if (file.startsWith("WorkItems_Delete")) {
            response = raw.send("DELETE", WIT + "/workitems/" + task("Delete me"), null);
        } else if (file.startsWith("Updates_List")) {
            int id = task("History");
            patch(id, "[{\"op\":\"add\",\"path\":\"/fields/System.AssignedTo\",\"value\":\"Grace Hopper\"}]");
            patch(id, "[{\"op\":\"add\",\"path\":\"/relations/-\",\"value\":{\"rel\":\"System.LinkTypes.Related\","
                    + "\"url\":\"http://x/_apis/wit/workItems/" + task("Related") + "\"}}]");
            String scope = file.contains("project-scoped") ? "/" + PROJECT : "";
            String page = file.contains("paged") ? "?$top=2&$skip=1" : "";
            response = raw.get(scope + "/_apis/wit/workItems/" + id + "/updates" + page);
        } else if (file.startsWith("Comments_")) {
            int id = task("Discussion");
            String comments = WIT + "/workItems/" + id + "/comments";
            JsonObject added = Raw.json(raw.post(comments, "{\"text\":\"First\"}"), 200);
            String one = comments + "/" + added.get("commentId").toJson();
            response = switch (file) {
                case "Comments_AddComment.json" -> raw.post(comments, vector.get("request").toJson());
                case "Comments_GetComment.json" -> raw.get(one);
                default -> raw.send("PATCH", one, vector.get("request").toJson());
            };
        } else if (file.startsWith("Attachments_Create")) {
            String body = vector.get("request") instanceof JsonString s ? s.value() : "";
            response = Raw.send(raw.request("/_apis/wit/attachments" + queryFirst(vector))
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        } else if (file.equals("Tags_List.json")) {
            patch(task("Tagged"), "[{\"op\":\"add\",\"path\":\"/fields/System.Tags\",\"value\":\"one; two\"}]");
            response = raw.get(WIT + "/tags");
            expected = ((JsonArray) expected).get(0); // the example wraps the answer in an array
        } else {
            throw new AssertionError("no case for " + name);
        }
        check(name, vector, expected, response);
    }

    private static HttpResponse<String> update(JsonObject vector, String file, JsonObject expected) {
        List<JsonValue> request = ((JsonArray) vector.get("request")).values();
        var added = new ArrayList<JsonObject>();
        int removeIndex = -1;
        for (JsonValue v : request) {
            JsonObject op = (JsonObject) v;
            String path = op.string("path").orElseThrow();
            if (path.equals("/relations/-")) {
                added.add((JsonObject) op.get("value"));
            } else if (path.matches("/relations/\\d+") && op.string("op").orElseThrow().equals("remove")) {
                removeIndex = Integer.parseInt(path.substring(11));
            }
        }
        String type = file.contains("change-work-item-type") ? "Bug" : null;
        Mirror m = mirror(expected, type, added, removeIndex + 1);
        String body = vector.get("request").toJson();
        Matcher urls = ITEM_URL.matcher(body);
        var sb = new StringBuilder();
        while (urls.find()) {
            Integer ours = m.ids().get(urls.group(1));
            urls.appendReplacement(sb, Matcher.quoteReplacement("http://x/_apis/wit/workItems/"
                    + (ours != null ? ours : task("Target"))));
        }
        urls.appendTail(sb);
        int rev = Integer.parseInt(raw.json(WIT + "/workitems/" + m.id(), 200).get("rev").toJson());
        body = sb.toString().replaceAll("\\{\"op\":\"test\",\"path\":\"/rev\",\"value\":\\d+}",
                        "{\"op\":\"test\",\"path\":\"/rev\",\"value\":" + rev + "}")
                .replace("Fabrikam-Scrum", "Contoso-Web").replace("To Do", "New")
                .replace("Jamal Hartnett", "Grace Hopper").replace("fabrikamfiber4@hotmail.com", "grace@fabrikam.example")
                .replace("Fabrikam-Fiber-Git\\\\Website", "Fabrikam-Fiber-Git\\\\Web");
        return raw.send("PATCH", WIT + "/workitems/" + m.id() + query(vector, "taskId", "bug1Id"), body);
    }

    /**
     * Builds a work item like {@code example}: its type (or {@code type}), its copied fields, an assignee and the
     * active state when the example has them, and its relations except {@code except}, padded with related links
     * to at least {@code minRelations}.
     */
    private static Mirror mirror(JsonObject example, String type, List<JsonObject> except, int minRelations) {
        JsonObject f = (JsonObject) example.get("fields");
        String t = type != null ? type : f.string("System.WorkItemType").filter(x -> List.of("Task", "Bug", "Epic",
                "Feature", "User Story", "Issue").contains(x)).orElse("User Story");
        var ops = new ArrayList<String>();
        f.members().forEach((k, v) -> {
            if (COPIED.contains(k) && !(v instanceof JsonNull)) {
                ops.add(op("/fields/" + k, v));
            }
        });
        if (!ops.stream().anyMatch(o -> o.contains("System.Title"))) {
            ops.add(op("/fields/System.Title", JsonString.of("Mirrored")));
        }
        if (f.has("System.AssignedTo")) {
            ops.add(op("/fields/System.AssignedTo", JsonString.of("Grace Hopper")));
        }
        Map<String, Integer> ids = new HashMap<>();
        int relations = 0;
        if (example.get("relations") instanceof JsonArray rels) {
            for (JsonValue v : rels.values()) {
                JsonObject r = (JsonObject) v;
                String rel = r.string("rel").orElseThrow();
                String exampleUrl = r.string("url").orElseThrow();
                String url = exampleUrl;
                if (except.stream().anyMatch(a -> a.string("rel").orElseThrow().equalsIgnoreCase(rel)
                        && a.string("url").orElseThrow().equalsIgnoreCase(exampleUrl))) {
                    continue;
                }
                Matcher m = ITEM_URL.matcher(url);
                if (m.matches()) {
                    int ours = ids.computeIfAbsent(m.group(1), k -> task("Linked " + k));
                    url = "http://x/_apis/wit/workItems/" + ours;
                }
                ops.add(op("/relations/-", JsonObject.builder().put("rel", rel).put("url", url)
                        .put("attributes", r.get("attributes") instanceof JsonObject a ? a.toBuilder()
                                .remove("isLocked").build() : JsonObject.EMPTY).build()));
                relations++;
            }
        }
        if (example.get("_links") instanceof JsonObject links && links.has("parent")
                && !(example.get("relations") instanceof JsonArray)) {
            ops.add(op("/relations/-", JsonObject.builder().put("rel", "System.LinkTypes.Hierarchy-Reverse")
                    .put("url", "http://x/_apis/wit/workItems/" + task("Parent")).build()));
        }
        for (; relations < minRelations; relations++) {
            ops.add(op("/relations/-", JsonObject.builder().put("rel", "System.LinkTypes.Dependency-Forward")
                    .put("url", "http://x/_apis/wit/workItems/" + task("Padding")).build()));
        }
        JsonObject created = Raw.json(raw.post(WIT + "/workitems/$" + enc(t), "[" + String.join(",", ops) + "]"),
                200);
        int id = Integer.parseInt(created.get("id").toJson());
        if (f.has("Microsoft.VSTS.Common.ActivatedDate")) {
            patch(id, "[" + op("/fields/System.State", JsonString.of("Active")) + "]");
        }
        return new Mirror(id, ids);
    }

    private static String op(String path, JsonValue value) {
        return JsonObject.builder().put("op", "add").put("path", path).put("value", value).build().toJson();
    }

    private static int task(String title) {
        JsonObject created = Raw.json(raw.post(WIT + "/workitems/$Task", "[" + op("/fields/System.Title",
                JsonString.of(title)) + "]"), 200);
        return Integer.parseInt(created.get("id").toJson());
    }

    private static void patch(int id, String body) {
        Raw.json(raw.send("PATCH", WIT + "/workitems/" + id, body), 200);
    }

    /** {@return the example's query parameters except the path ones, {@code &}-prefixed} */
    private static String query(JsonObject vector, String... skip) {
        var skipped = new java.util.HashSet<>(List.of(skip));
        skipped.addAll(List.of("organization", "project", "accept", "id"));
        JsonObject params = (JsonObject) vector.get("parameters");
        String q = params.members().entrySet().stream().filter(e -> !skipped.contains(e.getKey()))
                .map(e -> e.getKey() + "=" + enc(e.getKey().equals("asOf") ? Instant.now().toString()
                        : e.getValue() instanceof JsonString s ? s.value() : e.getValue().toJson()))
                .collect(Collectors.joining("&"));
        if (q.isEmpty()) {
            return "";
        }
        return (skip.length > 0 && skip[0].equals("ids") ? "&" : "?") + q;
    }

    private static String queryFirst(JsonObject vector) {
        String q = query(vector, "ids");
        return q.isEmpty() ? "" : "?" + q.substring(1);
    }

    private static void check(String name, JsonObject vector, JsonValue expected, HttpResponse<String> response) {
        int status = Integer.parseInt(vector.get("responseStatus").toJson());
        assertThat(response.statusCode()).as(name + ": " + response.body()).isEqualTo(status);
        if (expected == null || expected instanceof JsonNull) {
            return;
        }
        Shapes.Report report = Shapes.compare(modernIdentities(expected), JsonValue.parse(response.body()));
        assertThat(report.mismatched()).as(name).isEmpty();
        assertThat(report.missing()).as(name + " (missing keys)").allSatisfy(m -> assertThat(
                NOT_EMULATED.stream().anyMatch(m::endsWith) || m.contains(".WEF_")).as(m).isTrue());
    }

    /** {@return the example with {@code "Name <email>"} identity field values turned into objects} */
    static JsonValue modernIdentities(JsonValue v) {
        if (v instanceof JsonObject o) {
            var b = JsonObject.builder();
            o.members().forEach((k, x) -> b.put(k, IDENTITIES.contains(k) && x instanceof JsonString s
                    && s.value().contains("<") ? JsonObject.EMPTY : modernIdentities(x)));
            return b.build();
        }
        if (v instanceof JsonArray a) {
            return new JsonArray(a.values().stream().map(WitConformanceTest::modernIdentities).toList());
        }
        return v;
    }

    private static JsonObject vector(String name) {
        try {
            return (JsonObject) JsonValue.parse(Files.readString(VECTORS.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
