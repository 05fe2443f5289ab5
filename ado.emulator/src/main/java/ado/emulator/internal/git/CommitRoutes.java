package ado.emulator.internal.git;

import ado.core.json.JsonArray;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.wire.Dates;
import ado.emulator.internal.wire.Wire;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Commits: one commit (with {@code changeCount} changes), history ({@code searchCriteria.*}: itemVersion,
 * compareVersion, author, user, itemPath, fromDate, toDate, {@code $top} default 100 and {@code $skip}; also the
 * plain {@code $top}/{@code $skip}), and the commits of a push.
 */
public final class CommitRoutes {

    private static final String SC = "searchCriteria.";
    private final OrgStore org;
    private final RepoStore repos;

    /** Creates the commit routes. */
    public CommitRoutes(OrgStore org, RepoStore repos) {
        this.org = org;
        this.repos = repos;
    }

    /** Adds the routes. */
    public void register(Router r) {
        GitScope.both(r, "GET", "/commits", this::list);
        GitScope.both(r, "GET", "/commits/{commitId}", this::get);
        GitScope.both(r, "GET", "/pushes/{pushId}/commits", this::pushCommits);
    }

    private Reply get(Call call) {
        Repository repo = GitScope.repository(call, org, repos);
        Wire wire = Wire.of(call, org);
        GitWire git = new GitWire(wire);
        String id = call.var("commitId");
        Commit c = Optional.ofNullable(ObjectId.parseOrNull(id)).flatMap(repo.objects()::commit)
                .orElseThrow(() -> AdoError.commitNotFound(id, repo.name()));
        var b = git.commit(repo, c, true).toBuilder();
        repo.pushOf(c.id()).ifPresent(p -> b.put("push", JsonObject.builder()
                .put("pushedBy", wire.identity(p.pushedBy())).put("pushId", p.pushId())
                .put("date", Wire.time(p.date())).build()));
        int changeCount = call.intQuery(0, "changeCount");
        if (changeCount > 0) {
            List<TreeDiff.Entry> changes = changes(repo, c);
            b.put("changeCounts", counts(changes));
            b.put("changes", new JsonArray(changes.stream().filter(e -> !e.folder()).limit(changeCount)
                    .map(e -> (JsonValue) change(wire, repo, c, e)).toList()));
        }
        b.put("_links", git.commitLinks(repo, c));
        return Reply.json(b.build());
    }

    private Reply pushCommits(Call call) {
        Repository repo = GitScope.repository(call, org, repos);
        return Reply.json(pushCommits(call, repo, call.var("pushId")));
    }

    private JsonObject pushCommits(Call call, Repository repo, String pushId) {
        GitWire git = new GitWire(Wire.of(call, org));
        List<PushRecord> pushes = repo.pushes();
        int n = pushId.matches("\\d{1,9}") ? Integer.parseInt(pushId) : 0;
        if (n < 1 || n > pushes.size()) {
            throw new AdoError(404, "GitPushNotFoundException", "Microsoft.TeamFoundation.Git.Server",
                    "TF401180: The requested push " + pushId + " could not be found.");
        }
        var list = new ArrayList<JsonValue>();
        pushes.get(n - 1).commits().forEach(c -> list.add(0, git.commit(repo, c, false).toBuilder()
                .put("_links", git.commitLinks(repo, c)).build()));
        return Wire.envelope(list);
    }

    private Reply list(Call call) {
        Repository repo = GitScope.repository(call, org, repos);
        Optional<String> pushId = call.query(SC + "pushId", "pushId");
        if (pushId.isPresent()) {
            return Reply.json(pushCommits(call, repo, pushId.get()));
        }
        Wire wire = Wire.of(call, org);
        GitWire git = new GitWire(wire);
        Commit start = Versions.resolve(repo, call.query(SC + "itemVersion.version").orElse(null),
                call.query(SC + "itemVersion.versionType").orElse(null));
        Set<ObjectId> excluded = call.query(SC + "compareVersion.version")
                .map(v -> ancestors(repo, Versions.resolve(repo, v,
                        call.query(SC + "compareVersion.versionType").orElse(null))))
                .orElse(Set.of());
        Optional<String> path = call.query(SC + "itemPath").map(Paths::normalise);
        Predicate<Commit> filter = filter(call, repo, excluded, path);
        int top = call.intQuery(call.intQuery(100, "$top"), SC + "$top");
        int skip = call.intQuery(call.intQuery(0, "$skip"), SC + "$skip");
        var walk = new CommitWalk(repo.objects(), List.of(start));
        if (filter == null) {
            walk.skip(skip);
        }
        var items = new ArrayList<JsonValue>();
        int skipped = filter == null ? skip : 0;
        while (walk.hasNext() && items.size() < top) {
            Commit c = walk.next();
            if (filter != null && !filter.test(c)) {
                continue;
            }
            if (skipped < skip) {
                skipped++;
                continue;
            }
            List<TreeDiff.Entry> changes = changes(repo, c);
            var b = git.commit(repo, c, false).toBuilder().remove("url").remove("remoteUrl");
            b.put("changeCounts", counts(changes));
            path.ifPresent(p -> b.put("changes", new JsonArray(changes.stream()
                    .filter(e -> e.path().equals(Paths.display(p)))
                    .map(e -> (JsonValue) JsonObject.builder().put("sourceServerItem", e.path())
                            .put("changeType", e.changeType()).build()).toList())));
            b.put("url", git.commitUrl(repo, c)).put("remoteUrl", wire.repoWeb(repo) + "/commit/" + c.id().hex());
            items.add(b.build());
        }
        return Reply.json(Wire.envelope(items));
    }

    private Predicate<Commit> filter(Call call, Repository repo, Set<ObjectId> excluded, Optional<String> path) {
        var parts = new ArrayList<Predicate<Commit>>();
        if (!excluded.isEmpty()) {
            parts.add(c -> !excluded.contains(c.id()));
        }
        call.query(SC + "author").map(a -> a.toLowerCase(Locale.ROOT)).ifPresent(a -> parts.add(c ->
                c.author().name().toLowerCase(Locale.ROOT).contains(a)
                        || c.author().email().toLowerCase(Locale.ROOT).contains(a)));
        call.query(SC + "user", SC + "committer").map(a -> a.toLowerCase(Locale.ROOT)).ifPresent(a -> parts.add(c ->
                c.committer().name().toLowerCase(Locale.ROOT).contains(a)
                        || c.committer().email().toLowerCase(Locale.ROOT).contains(a)));
        call.query(SC + "fromDate").map(d -> Dates.parse(SC + "fromDate", d))
                .ifPresent(from -> parts.add(c -> !c.committer().when().isBefore(from)));
        call.query(SC + "toDate").map(d -> Dates.parse(SC + "toDate", d))
                .ifPresent(to -> parts.add(c -> !c.committer().when().isAfter(to)));
        path.ifPresent(p -> parts.add(c -> touches(repo, c, Paths.display(p))));
        return parts.stream().reduce(Predicate::and).orElse(null);
    }

    private static boolean touches(Repository repo, Commit c, String path) {
        return changes(repo, c).stream().anyMatch(e -> e.path().equals(path) || e.path().startsWith(path + "/"));
    }

    private static Set<ObjectId> ancestors(Repository repo, Commit from) {
        var set = new HashSet<ObjectId>();
        new CommitWalk(repo.objects(), List.of(from)).forEachRemaining(c -> set.add(c.id()));
        return set;
    }

    /** {@return the changes of {@code c} against its first parent} */
    static List<TreeDiff.Entry> changes(Repository repo, Commit c) {
        ObjectId parentTree = c.parents().isEmpty() ? null
                : repo.objects().commit(c.parents().get(0)).map(Commit::tree).orElse(null);
        return TreeDiff.between(repo.objects(), parentTree, c.tree());
    }

    /** {@return {@code {"Add": n, "Edit": n, "Delete": n}} over files} */
    static JsonObject counts(List<TreeDiff.Entry> changes) {
        Map<String, Integer> counts = TreeDiff.counts(changes, true);
        var b = JsonObject.builder();
        for (String k : List.of("Add", "Edit", "Delete")) {
            b.put(k, JsonNumber.of(counts.getOrDefault(k, 0)));
        }
        return b.build();
    }

    static JsonObject change(Wire wire, Repository repo, Commit c, TreeDiff.Entry e) {
        var item = JsonObject.builder();
        if (e.objectId() != null) {
            item.put("objectId", e.objectId().hex());
        }
        if (e.originalObjectId() != null) {
            item.put("originalObjectId", e.originalObjectId().hex());
        }
        item.put("gitObjectType", e.folder() ? "tree" : "blob").put("commitId", c.id().hex()).put("path", e.path());
        if (e.folder()) {
            item.put("isFolder", true);
        }
        item.put("url", wire.repoUrl(repo) + "/items" + e.path() + "?versionType=Commit&version=" + c.id().hex());
        return JsonObject.builder().put("item", item.build()).put("changeType", e.changeType()).build();
    }

}
