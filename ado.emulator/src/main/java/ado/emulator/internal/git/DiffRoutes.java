package ado.emulator.internal.git;

import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.wire.Pages;
import ado.emulator.internal.wire.Wire;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Diffs between commits ({@code diffs/commits}): the changes from the common commit (or the base, with
 * {@code diffCommonCommit=false}) to the target, paged by {@code $top} (default 100) and {@code $skip}, with
 * {@code allChangesIncluded}, {@code changeCounts}, ahead/behind counts and the common commit. Also branch
 * statistics ({@code stats/branches}), which use the same ahead/behind computation.
 */
public final class DiffRoutes {

    private final OrgStore org;
    private final RepoStore repos;

    /** Creates the diff routes. */
    public DiffRoutes(OrgStore org, RepoStore repos) {
        this.org = org;
        this.repos = repos;
    }

    /** Adds the routes. */
    public void register(Router r) {
        GitScope.both(r, "GET", "/diffs/commits", this::diff);
        GitScope.both(r, "GET", "/stats/branches", this::stats);
    }

    /** Ahead/behind counts of {@code target} against {@code base}, and their common commit (may be null). */
    record Divergence(int ahead, int behind, ObjectId common) {
    }

    static Divergence diverge(Repository repo, Commit base, Commit target) {
        Set<ObjectId> baseAncestors = ancestors(repo, base);
        Set<ObjectId> targetAncestors = ancestors(repo, target);
        int ahead = (int) targetAncestors.stream().filter(id -> !baseAncestors.contains(id)).count();
        int behind = (int) baseAncestors.stream().filter(id -> !targetAncestors.contains(id)).count();
        ObjectId common = null;
        var walk = new CommitWalk(repo.objects(), List.of(target));
        while (walk.hasNext()) {
            Commit c = walk.next();
            if (baseAncestors.contains(c.id())) {
                common = c.id();
                break;
            }
        }
        return new Divergence(ahead, behind, common);
    }

    private static Set<ObjectId> ancestors(Repository repo, Commit from) {
        var set = new HashSet<ObjectId>();
        new CommitWalk(repo.objects(), List.of(from)).forEachRemaining(c -> set.add(c.id()));
        return set;
    }

    private Reply diff(Call call) {
        Repository repo = GitScope.repository(call, org, repos);
        Commit base = side(call, repo, "base");
        Commit target = side(call, repo, "target");
        Divergence d = diverge(repo, base, target);
        boolean fromCommon = call.query("diffCommonCommit").map(v -> !v.equalsIgnoreCase("false")).orElse(true);
        ObjectId fromTree = base.tree();
        if (fromCommon) {
            fromTree = d.common() == null ? null : repo.objects().commit(d.common()).orElseThrow().tree();
        }
        List<TreeDiff.Entry> all = TreeDiff.between(repo.objects(), fromTree, target.tree());
        Pages pages = Pages.of(call, 100, "$top", "$skip");
        Wire wire = Wire.of(call, org);
        var counts = JsonObject.builder();
        TreeDiff.counts(all, false).forEach((k, v) -> counts.put(k, JsonNumber.of(v)));
        var b = JsonObject.builder()
                .put("allChangesIncluded", !pages.more(all.size()))
                .put("changeCounts", counts.build())
                .put("changes", new ado.core.json.JsonArray(pages.slice(all).stream()
                        .map(e -> (JsonValue) CommitRoutes.change(wire, repo, target, e)).toList()));
        if (d.common() != null) {
            b.put("commonCommit", d.common().hex());
        }
        return Reply.json(b.put("baseCommit", base.id().hex())
                .put("targetCommit", target.id().hex())
                .put("aheadCount", d.ahead())
                .put("behindCount", d.behind())
                .build());
    }

    private static Commit side(Call call, Repository repo, String side) {
        String version = call.query(side + "VersionDescriptor.version", side + "Version")
                .orElseThrow(() -> AdoError.missingArgument(side + "Version"));
        String type = call.query(side + "VersionDescriptor.versionType", side + "VersionType").orElse(null);
        return Versions.resolve(repo, version, type);
    }

    private Reply stats(Call call) {
        Repository repo = GitScope.repository(call, org, repos);
        GitWire git = new GitWire(Wire.of(call, org));
        String baseName = call.query("baseVersionDescriptor.version").map(v -> "refs/heads/" + v)
                .or(repo::defaultBranch).orElseThrow(() -> AdoError.unresolvable("<Branch: (default) >",
                        repo.name()));
        Commit base = Versions.commitAt(repo, baseName, "<Branch: " + Versions.shortName(baseName) + " >");
        var name = call.query("name");
        if (name.isPresent()) {
            String full = name.get().startsWith("refs/") ? name.get() : "refs/heads/" + name.get();
            return Reply.json(stat(repo, git, full, base, baseName));
        }
        return Reply.json(Wire.envelope(repo.refs().stream().filter(r -> r.name().startsWith("refs/heads/"))
                .map(r -> (JsonValue) stat(repo, git, r.name(), base, baseName)).toList()));
    }

    private static JsonObject stat(Repository repo, GitWire git, String branch, Commit base, String baseName) {
        Commit head = Versions.commitAt(repo, branch, "<Branch: " + Versions.shortName(branch) + " >");
        Divergence d = diverge(repo, base, head);
        return JsonObject.builder()
                .put("commit", git.commit(repo, head, false)) // a GitCommitRef: no treeId
                .put("name", Versions.shortName(branch))
                .put("aheadCount", d.ahead())
                .put("behindCount", d.behind())
                .put("isBaseVersion", branch.equals(baseName))
                .build();
    }

}
