package ado.emulator.internal.git;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Wire;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Merges ({@code .../merges}), cherry-picks ({@code .../cherryPicks}) and reverts ({@code .../reverts}): ADO runs
 * them asynchronously; the emulator finishes them before answering, so the create already reports
 * {@code completed} (or {@code failed} with {@code conflict: true}) and the get returns the same.
 */
public final class GitOperationRoutes {

    private final OrgStore org;
    private final RepoStore repos;
    private final PullRequestStore prs;
    private final Clock clock;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, JsonObject> done = new ConcurrentHashMap<>();

    /** Creates the routes. */
    public GitOperationRoutes(OrgStore org, RepoStore repos, PullRequestStore prs, Clock clock) {
        this.org = org;
        this.repos = repos;
        this.prs = prs;
        this.clock = clock;
    }

    /** Adds the routes. */
    public void register(Router r) {
        GitScope.both(r, "POST", "/merges", this::merge);
        GitScope.both(r, "GET", "/merges/{operationId}", c -> get(c, "merges"));
        GitScope.both(r, "POST", "/cherryPicks", c -> refOperation(c, "cherryPicks", "cherryPickId", false));
        GitScope.both(r, "GET", "/cherryPicks/{operationId}", c -> get(c, "cherryPicks"));
        GitScope.both(r, "POST", "/reverts", c -> refOperation(c, "reverts", "revertId", true));
        GitScope.both(r, "GET", "/reverts/{operationId}", c -> get(c, "reverts"));
    }

    private Reply merge(Call call) {
        Repository repo = GitScope.repository(call, org, repos);
        JsonObject body = Bodies.object(call.json(), "body");
        List<ObjectId> parents = new ArrayList<>();
        for (JsonValue v : Bodies.array(body, "parents")) {
            ObjectId id = v instanceof JsonString s ? ObjectId.parseOrNull(s.value()) : null;
            if (id == null || repo.objects().commit(id).isEmpty()) {
                throw AdoError.commitNotFound(v.toJson(), repo.name());
            }
            parents.add(id);
        }
        if (parents.size() != 2) {
            throw AdoError.badRequest("A merge needs exactly two parents; it has " + parents.size() + ".");
        }
        String comment = Bodies.optionalString(body, "comment").orElse("Merge " + parents.get(1).hex() + " into "
                + parents.get(0).hex());
        Merger.Result result = new Merger(repo.objects()).merge(Merger.Strategy.NO_FAST_FORWARD, parents.get(0),
                parents.get(1), signature(), comment);
        int id = ids.incrementAndGet();
        String self = new Wire(call.base(), org).repoUrl(repo) + "/merges/" + id;
        var detail = JsonObject.builder();
        if (result.succeeded()) {
            detail.put("mergeCommitId", result.commit().hex());
        } else {
            detail.put("conflicts", new JsonArray(result.conflicts().stream().map(p -> (JsonValue) new JsonString(p))
                    .toList())).put("failureMessage", "The merge has conflicts.");
        }
        JsonObject out = JsonObject.builder()
                // GitMerge extends GitMergeParameters: parents and comment are members of its own
                .put("parents", body.get("parents")).put("comment", comment)
                .put("mergeOperationId", id)
                .put("status", result.succeeded() ? "completed" : "failed")
                .put("detailedStatus", detail.build())
                .put("_links", Wire.links("self", self))
                .build();
        done.put(key(repo, "merges", id), out);
        return Reply.json(201, out);
    }

    private Reply refOperation(Call call, String kind, String idName, boolean revert) {
        Repository repo = GitScope.repository(call, org, repos);
        JsonObject body = Bodies.object(call.json(), "body");
        String onto = Bodies.string(body, "ontoRefName");
        String generated = Bodies.string(body, "generatedRefName");
        Refs.checkName(onto);
        Refs.checkName(generated);
        JsonObject source = Bodies.optionalObject(body, "source").orElseThrow(() -> AdoError.missingArgument("source"));
        List<ObjectId> commits = commits(repo, source);
        int id = ids.incrementAndGet();
        String failure = repo.locked(() -> {
            ObjectId head = repo.ref(onto).map(Ref::objectId)
                    .orElseThrow(() -> AdoError.refNotFound(onto, repo.name()));
            if (repo.ref(generated).isPresent()) {
                return "The ref " + generated + " already exists.";
            }
            List<ObjectId> order = new ArrayList<>(commits);
            if (revert) {
                Collections.reverse(order);
            }
            Merger merger = new Merger(repo.objects());
            Merger.Result result = revert ? merger.revert(head, order, signature())
                    : merger.cherryPick(head, order, signature());
            if (!result.succeeded()) {
                return "Conflicts in " + String.join(", ", result.conflicts()) + ".";
            }
            repo.setRef(generated, result.commit(), org.me().id());
            List<Commit> created = new ArrayList<>(merger.commitsBetween(head, result.commit()));
            Collections.reverse(created);
            repo.recordPush(clock.instant(), org.me().id(), List.of(new PushRecord.RefChange(generated,
                    ObjectId.ZERO, result.commit())), created);
            return null;
        });
        String self = new Wire(call.base(), org).repoUrl(repo) + "/" + kind + "/" + id;
        var detail = JsonObject.builder().put("conflict", failure != null && failure.startsWith("Conflicts"))
                .put("progress", ado.core.json.JsonNumber.of(1.0));
        repo.ref(generated).filter(r -> failure == null).ifPresent(r -> detail.put("currentCommitId",
                r.objectId().hex()));
        if (failure != null) {
            detail.put("failureMessage", failure);
        }
        JsonObject out = JsonObject.builder()
                .put("parameters", JsonObject.builder().put("ontoRefName", onto).put("generatedRefName", generated)
                        .put("repository", new Wire(call.base(), org).repository(repo, false))
                        .put("source", source).build())
                .put(idName, id)
                .put("status", failure == null ? "completed" : "failed")
                .put("detailedStatus", detail.build())
                .put("url", self)
                .put("_links", Wire.links("self", self, "repository", new Wire(call.base(), org).repoUrl(repo)))
                .build();
        done.put(key(repo, kind, id), out);
        return Reply.json(201, out);
    }

    /** The source of a cherry-pick or revert: {@code commitList} (oldest first) or a completed pull request. */
    private List<ObjectId> commits(Repository repo, JsonObject source) {
        if (source.get("pullRequestId") instanceof ado.core.json.JsonNumber n) {
            int prId = (int) n.longValue();
            return prs.with(repo, null, prId, signature(), pr -> {
                if (!pr.status().equals("completed") || pr.lastMergeCommit() == null) {
                    throw AdoError.pullRequestNotActive(prId, pr.status());
                }
                var picked = new ArrayList<ObjectId>();
                for (Commit c : new Merger(repo.objects()).commitsBetween(pr.lastMergeTarget(), pr.lastMergeCommit())) {
                    if (c.parents().size() == 1) {
                        picked.add(0, c.id());
                    }
                }
                return picked;
            });
        }
        var out = new ArrayList<ObjectId>();
        for (JsonValue v : Bodies.array(source, "commitList")) {
            String text = Bodies.string(Bodies.object(v, "commitList"), "commitId");
            ObjectId id = ObjectId.parseOrNull(text);
            if (id == null || repo.objects().commit(id).isEmpty()) {
                throw AdoError.commitNotFound(text, repo.name());
            }
            out.add(id);
        }
        if (out.isEmpty()) {
            throw AdoError.missingArgument("source.commitList");
        }
        return out;
    }

    private Reply get(Call call, String kind) {
        Repository repo = GitScope.repository(call, org, repos);
        String id = call.var("operationId");
        JsonObject out = id.matches("\\d{1,9}") ? done.get(key(repo, kind, Integer.parseInt(id))) : null;
        if (out == null) {
            throw new AdoError(404, "GitAsyncRefOperationNotFoundException", "Microsoft.TeamFoundation.Git.Server",
                    "TF401030: The " + kind + " operation " + id + " was not found in repository " + repo.name()
                            + ".");
        }
        return Reply.json(out);
    }

    private static String key(Repository repo, String kind, int id) {
        return repo.id() + "/" + kind + "/" + id;
    }

    private Signature signature() {
        return Signature.utc(org.me().displayName(), org.me().uniqueName(), clock.instant());
    }
}
