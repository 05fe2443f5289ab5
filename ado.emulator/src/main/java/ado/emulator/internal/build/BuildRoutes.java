package ado.emulator.internal.build;

import ado.core.json.JsonArray;
import ado.core.json.JsonBoolean;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.git.Commit;
import ado.emulator.internal.git.CommitWalk;
import ado.emulator.internal.git.ObjectId;
import ado.emulator.internal.git.RepoStore;
import ado.emulator.internal.git.Repository;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.http.WireEnums;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Dates;
import ado.emulator.internal.wire.Wire;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The Build API: queue, get, list (filters, continuation token), update (cancel, retry, keep forever), delete,
 * tags, timeline, logs, artifacts (zip download), changes and work items; registers the definition routes
 * ({@link BuildDefinitionRoutes}: list, get, revisions, properties).
 */
public final class BuildRoutes {

    private static final String BUILD = "{project}/_apis/build/builds/{buildId}";
    static final int DEFAULT_TOP = 1000;
    private static final Pattern WORK_ITEM = Pattern.compile("#(\\d+)");

    private final OrgStore org;
    private final RepoStore repos;
    private final BuildStore store;

    /** Creates the routes. */
    public BuildRoutes(OrgStore org, RepoStore repos, BuildStore store) {
        this.org = org;
        this.repos = repos;
        this.store = store;
    }

    /** Adds the routes. */
    public void register(Router r) {
        add(r, "GET", "{project}/_apis/build/builds", this::list);
        add(r, "POST", "{project}/_apis/build/builds", this::queue);
        add(r, "GET", "{project}/_apis/build/workitems", this::workItemsBetween);
        add(r, "GET", "{project}/_apis/build/changes", this::changesBetween);
        add(r, "GET", BUILD, c -> Reply.json(out(c).build(build(c))));
        add(r, "PATCH", BUILD, this::update);
        add(r, "DELETE", BUILD, c -> {
            store.delete(build(c));
            return Reply.noContent();
        });
        add(r, "GET", BUILD + "/tags", c -> tags(build(c).tags()));
        add(r, "POST", BUILD + "/tags", c -> tags(store.addTags(build(c), strings(c.json(), "tags"))));
        add(r, "PUT", BUILD + "/tags/{tag}", c -> tags(store.addTags(build(c), List.of(c.var("tag")))));
        add(r, "DELETE", BUILD + "/tags/{tag}", c -> tags(store.removeTag(build(c), c.var("tag"))));
        add(r, "GET", BUILD + "/timeline", c -> Reply.json(out(c).timeline(build(c))));
        add(r, "GET", BUILD + "/timeline/{timelineId}", c -> {
            Run run = build(c);
            store.timeline(run, c.var("timelineId"));
            return Reply.json(out(c).timeline(run));
        });
        add(r, "GET", BUILD + "/logs", c -> {
            Run run = build(c);
            return Reply.json(Wire.envelope(store.locked(() -> run.logs().stream()
                    .map(l -> (JsonValue) out(c).log(run, l, false)).toList())));
        });
        add(r, "GET", BUILD + "/logs/{logId}", this::logLines);
        add(r, "GET", BUILD + "/artifacts", this::artifacts);
        add(r, "GET", BUILD + "/changes", c -> {
            Run run = build(c);
            return Reply.json(Wire.envelope(changes(run, previous(run), c.intQuery(50, "$top")).stream()
                    .map(x -> (JsonValue) out(c).change(run, x)).toList()));
        });
        add(r, "GET", BUILD + "/workitems", c -> {
            Run run = build(c);
            return workItemRefs(c, workItems(changes(run, previous(run), 1000)), c.intQuery(50, "$top"));
        });
        add(r, "POST", BUILD + "/workitems", this::workItemsOfCommits);
        new BuildDefinitionRoutes(org, store).register(r);
    }

    /** Adds a route whose handler runs under the store's lock, so a reply sees one state. */
    static void add(Router r, BuildStore store, String method, String template, ado.emulator.internal.http.Handler h) {
        r.add(method, template, c -> store.locked(() -> h.handle(c)));
    }

    private void add(Router r, String method, String template, ado.emulator.internal.http.Handler h) {
        add(r, store, method, template, h);
    }

    private BuildWire out(Call c) {
        return new BuildWire(c, org);
    }

    private Project project(Call c) {
        return org.project(c.var("project"));
    }

    private Run build(Call c) {
        return store.run(project(c), intVar(c, "buildId", BuildErrors::buildNotFound));
    }

    static int intVar(Call c, String name, Function<String, AdoError> notFound) {
        String text = c.var(name);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw notFound.apply(text);
        }
    }


    private static Reply tags(List<String> tags) {
        return Reply.json(Wire.envelope(tags.stream().map(t -> (JsonValue) new JsonString(t)).toList()));
    }

    private static List<String> strings(JsonValue v, String what) {
        var out = new ArrayList<String>();
        for (JsonValue x : Bodies.array(v, what)) {
            if (!(x instanceof JsonString s)) {
                throw AdoError.badRequest("The request body member '" + what + "' must be an array of strings.");
            }
            out.add(s.value());
        }
        return out;
    }

    // ---- queue, update --------------------------------------------------------------------------------------

    private Reply queue(Call c) {
        Project p = project(c);
        JsonObject body = c.query("definitionId").isPresent() && !hasBody(c) ? JsonObject.EMPTY
                : Bodies.object(c.json(), "body");
        String defId = c.query("definitionId").orElseGet(() -> Bodies.optionalObject(body, "definition")
                .map(d -> d.get("id") == null ? null : d.get("id").toJson().replace("\"", ""))
                .orElseThrow(() -> AdoError.missingArgument("definition")));
        int id;
        try {
            id = Integer.parseInt(defId);
        } catch (NumberFormatException e) {
            throw BuildErrors.definitionNotFound(defId);
        }
        Definition d = store.definition(p, id);
        Map<String, String> templateParameters = new LinkedHashMap<>();
        if (body.get("templateParameters") instanceof JsonObject tp) {
            tp.members().forEach((k, v) -> templateParameters.put(k, v instanceof JsonString s ? s.value()
                    : v.toJson()));
        }
        String parameters = Bodies.optionalString(body, "parameters").orElse(null);
        if (parameters != null) {
            try {
                JsonValue.parse(parameters);
            } catch (RuntimeException e) {
                throw AdoError.badRequest("The value of parameters must be a JSON object in a string: " + parameters);
            }
        }
        Run run = store.queue(d, new BuildStore.QueueRequest(Bodies.optionalString(body, "sourceBranch")
                .orElse(null), parameters, templateParameters, Map.of(), Set.of(),
                WireEnums.BUILD_REASON.read(body, "reason").orElse("manual")));
        return Reply.json(out(c).build(run));
    }

    private static boolean hasBody(Call c) {
        return c.optionalJson().isPresent();
    }

    private Reply update(Call c) {
        Run run = build(c);
        if (c.flag("retry")) {
            return Reply.json(out(c).build(store.retry(run)));
        }
        JsonObject body = Bodies.object(c.json(), "body");
        Optional<String> status = WireEnums.BUILD_STATUS.read(body, "status");
        if (status.isPresent()) {
            if (!status.get().equalsIgnoreCase("cancelling")) {
                throw AdoError.badRequest("The status of a build can only be changed to cancelling: "
                        + status.get());
            }
            store.cancel(run);
        }
        if (body.get("keepForever") instanceof JsonBoolean keep) {
            store.keepForever(run, keep.value());
        }
        return Reply.json(out(c).build(run));
    }

    // ---- list -----------------------------------------------------------------------------------------------

    private Reply list(Call c) {
        Project p = project(c);
        Predicate<Run> filter = r -> true;
        Optional<Set<Integer>> definitions = c.query("definitions").map(BuildRoutes::ints);
        if (definitions.isPresent()) {
            filter = filter.and(r -> definitions.get().contains(r.definition().id()));
        }
        Optional<Set<Integer>> ids = c.query("buildIds").map(BuildRoutes::ints);
        if (ids.isPresent()) {
            filter = filter.and(r -> ids.get().contains(r.id()));
        }
        Optional<String> branch = c.query("branchName");
        if (branch.isPresent()) {
            String b = branch.get().startsWith("refs/") ? branch.get() : "refs/heads/" + branch.get();
            filter = filter.and(r -> r.sourceBranch().equalsIgnoreCase(b));
        }
        Optional<Set<String>> status = c.query("statusFilter")
                .map(s -> lower(WireEnums.BUILD_STATUS.parseSet(s, "statusFilter")));
        if (status.isPresent()) {
            filter = filter.and(r -> status.get().contains(r.status().toLowerCase(Locale.ROOT)));
        }
        Optional<Set<String>> results = c.query("resultFilter")
                .map(s -> lower(WireEnums.BUILD_RESULT.parseSet(s, "resultFilter")));
        if (results.isPresent()) {
            filter = filter.and(r -> r.result() != null && results.get().contains(r.result().toLowerCase(Locale.ROOT)));
        }
        Optional<Set<String>> reasons = c.query("reasonFilter")
                .map(s -> lower(WireEnums.BUILD_REASON.parseSet(s, "reasonFilter")));
        if (reasons.isPresent()) {
            filter = filter.and(r -> reasons.get().contains(r.reason().toLowerCase(Locale.ROOT)));
        }
        Optional<Set<String>> tags = c.query("tagFilters").map(BuildRoutes::names);
        if (tags.isPresent()) {
            filter = filter.and(r -> r.tags().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList()
                    .containsAll(tags.get()));
        }
        Optional<String> requestedFor = c.query("requestedFor");
        if (requestedFor.isPresent()) {
            String who = requestedFor.get();
            filter = filter.and(r -> r.requestedFor().toString().equalsIgnoreCase(who)
                    || org.user(r.requestedFor()).map(u -> u.uniqueName().equalsIgnoreCase(who)
                    || u.displayName().equalsIgnoreCase(who)).orElse(false));
        }
        String order = WireEnums.BUILD_QUERY_ORDER.query(c, "queryOrder").orElse("queueTimeDescending");
        Function<Run, Instant> time = order.startsWith("finishTime") ? Run::finishTime
                : order.startsWith("startTime") ? Run::startTime : Run::queueTime;
        Optional<Instant> min = c.query("minTime").map(t -> Dates.parse("minTime", t));
        Optional<Instant> max = c.query("maxTime").map(t -> Dates.parse("maxTime", t));
        if (min.isPresent() || max.isPresent()) {
            filter = filter.and(r -> {
                Instant t = time.apply(r);
                return t != null && min.map(m -> !t.isBefore(m)).orElse(true)
                        && max.map(m -> !t.isAfter(m)).orElse(true);
            });
        }
        Comparator<Run> comparator = Comparator.comparing(time, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(Run::id);
        if (order.toLowerCase(Locale.ROOT).endsWith("descending")) {
            comparator = Comparator.comparing(time, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                    .thenComparingInt(Run::id).reversed();
        }
        List<Run> all = new ArrayList<>(store.runs(p, filter));
        all.sort(comparator);
        int top = c.intQuery(DEFAULT_TOP, "$top");
        if (top == 0) {
            top = DEFAULT_TOP;
        }
        int from = c.query("continuationToken").map(BuildRoutes::tokenOffset).orElse(0);
        List<Run> page = all.subList(Math.min(from, all.size()), Math.min(all.size(), from + top));
        Reply reply = Reply.json(Wire.envelope(page.stream().map(r -> (JsonValue) out(c).build(r)).toList()));
        if (from + top < all.size()) {
            reply = reply.withHeader("x-ms-continuationtoken", token(from + top));
        }
        return reply;
    }

    static String token(int offset) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("builds:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    static int tokenOffset(String token) {
        try {
            String text = new String(java.util.Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (text.startsWith("builds:")) {
                return Integer.parseInt(text.substring(7));
            }
        } catch (IllegalArgumentException e) {
            // fall through
        }
        throw AdoError.badRequest("The continuation token '" + token + "' is not valid.");
    }

    static Set<Integer> ints(String csv) {
        var out = new HashSet<Integer>();
        for (String s : csv.split(",")) {
            if (!s.isBlank()) {
                try {
                    out.add(Integer.parseInt(s.strip()));
                } catch (NumberFormatException e) {
                    throw AdoError.badRequest("The value '" + s + "' is not a valid id.");
                }
            }
        }
        return out;
    }

    static Set<String> names(String csv) {
        var out = new LinkedHashSet<String>();
        Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(s -> out.add(s.toLowerCase(Locale.ROOT)));
        return out;
    }

    // ---- logs and artifacts ---------------------------------------------------------------------------------

    private Reply logLines(Call c) {
        Run run = build(c);
        LogFile log = store.log(run, intVar(c, "logId", BuildErrors::logNotFound));
        List<String> lines = store.locked(log::lines);
        int start = c.intQuery(1, "startLine");
        int end = c.intQuery(lines.size(), "endLine");
        List<String> slice = lines.subList(Math.min(Math.max(start, 1) - 1, lines.size()),
                Math.max(Math.min(end, lines.size()), Math.min(Math.max(start, 1) - 1, lines.size())));
        if (c.accept().contains("application/json")) {
            return Reply.json(Wire.envelope(slice.stream().map(s -> (JsonValue) new JsonString(s)).toList()));
        }
        String text = slice.isEmpty() ? "" : String.join("\r\n", slice) + "\r\n";
        return Reply.bytes("text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    private Reply artifacts(Call c) {
        Run run = build(c);
        List<Run.Artifact> all = store.locked(run::artifacts);
        Optional<String> name = c.query("artifactName");
        if (name.isEmpty()) {
            return Reply.json(Wire.envelope(all.stream().map(a -> (JsonValue) out(c).artifact(run, a)).toList()));
        }
        Run.Artifact artifact = all.stream().filter(a -> a.name().equalsIgnoreCase(name.get())).findFirst()
                .orElseThrow(() -> BuildErrors.artifactNotFound(name.get(), run.id()));
        if (c.query("$format").map("zip"::equalsIgnoreCase).orElse(false) || c.accept().contains("zip")) {
            return Reply.bytes("application/zip", zip(artifact));
        }
        return Reply.json(out(c).artifact(run, artifact));
    }

    private static byte[] zip(Run.Artifact artifact) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var e : new java.util.TreeMap<>(artifact.files()).entrySet()) {
                var entry = new ZipEntry(artifact.name() + "/" + e.getKey());
                entry.setTime(0);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    // ---- changes and work items -----------------------------------------------------------------------------

    private Run previous(Run run) {
        Project p = org.project(run.definition().projectId());
        return store.runs(p, r -> r.definition() == run.definition() && r.id() < run.id()
                        && r.sourceBranch().equals(run.sourceBranch())).stream()
                .max(Comparator.comparingInt(Run::id)).orElse(null);
    }

    private List<Commit> changes(Run run, Run since, int top) {
        Repository repo = repos.find(run.definition().projectId(), run.definition().repositoryId().toString());
        Set<ObjectId> stop = new HashSet<>();
        if (since != null) {
            repo.objects().commit(new ObjectId(since.sourceVersion())).ifPresent(c -> {
                var walk = new CommitWalk(repo.objects(), List.of(c));
                for (int i = 0; i < 10_000 && walk.hasNext(); i++) {
                    stop.add(walk.next().id());
                }
            });
        }
        var out = new ArrayList<Commit>();
        repo.objects().commit(new ObjectId(run.sourceVersion())).ifPresent(c -> {
            var walk = new CommitWalk(repo.objects(), List.of(c));
            while (walk.hasNext() && out.size() < top) {
                Commit next = walk.next();
                if (stop.contains(next.id())) {
                    break;
                }
                out.add(next);
            }
        });
        return out;
    }

    private static List<Integer> workItems(List<Commit> commits) {
        var ids = new TreeSet<Integer>();
        for (Commit c : commits) {
            Matcher m = WORK_ITEM.matcher(c.message());
            while (m.find()) {
                ids.add(Integer.parseInt(m.group(1)));
            }
        }
        return List.copyOf(ids);
    }

    private Reply workItemRefs(Call c, List<Integer> ids, int top) {
        Wire w = Wire.of(c, org);
        return Reply.json(Wire.envelope(ids.stream().limit(top == 0 ? Long.MAX_VALUE : top)
                .map(id -> (JsonValue) JsonObject.builder().put("id", String.valueOf(id))
                        .put("url", w.url("/_apis/wit/workItems/" + id)).build()).toList()));
    }

    private Reply workItemsOfCommits(Call c) {
        Run run = build(c);
        Repository repo = repos.find(run.definition().projectId(), run.definition().repositoryId().toString());
        JsonValue body = c.optionalJson().orElse(JsonArray.EMPTY);
        var commits = new ArrayList<Commit>();
        List<String> ids = body instanceof JsonArray ? strings(body, "commitIds") : List.of();
        if (ids.isEmpty()) {
            commits.addAll(changes(run, previous(run), 1000));
        }
        for (String id : ids) {
            ObjectId oid = ObjectId.parseOrNull(id);
            if (oid == null) {
                throw AdoError.badRequest("The value '" + id + "' is not a valid commit id.");
            }
            commits.add(repo.objects().commit(oid).orElseThrow(() -> AdoError.commitNotFound(id, repo.name())));
        }
        return workItemRefs(c, workItems(commits), c.intQuery(0, "$top"));
    }

    private List<Commit> between(Call c) {
        Project p = project(c);
        int from = c.intQuery(0, "fromBuildId");
        int to = c.intQuery(0, "toBuildId");
        if (from == 0 || to == 0) {
            throw AdoError.missingArgument(from == 0 ? "fromBuildId" : "toBuildId");
        }
        Run older = store.run(p, from);
        Run newer = store.run(p, to);
        return changes(newer, older, 1000);
    }

    private Reply workItemsBetween(Call c) {
        return workItemRefs(c, workItems(between(c)), c.intQuery(0, "$top"));
    }

    private Reply changesBetween(Call c) {
        Project p = project(c);
        Run newer = store.run(p, c.intQuery(0, "toBuildId"));
        return Reply.json(Wire.envelope(between(c).stream().limit(c.intQuery(1000, "$top"))
                .map(x -> (JsonValue) out(c).change(newer, x)).toList()));
    }

    private static Set<String> lower(Set<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
    }
}
