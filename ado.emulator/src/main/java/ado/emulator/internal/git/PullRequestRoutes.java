package ado.emulator.internal.git;

import ado.core.json.JsonArray;
import ado.core.json.JsonBoolean;
import ado.core.json.JsonNull;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Pages;
import ado.emulator.internal.wire.Wire;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Pull requests: create, get, list ({@code searchCriteria.*}, {@code $top}/{@code $skip}), update (title,
 * description, draft, status: abandon, reactivate, complete; auto-complete and completion options), reviewers and
 * votes, threads and comments, statuses, labels, iterations and their changes, commits, properties (JSON Patch)
 * and linked work items.
 */
public final class PullRequestRoutes {

    private static final String PR = "/pullrequests/{pullRequestId}";
    private static final List<String> THREAD_STATUS = List.of("unknown", "active", "fixed", "wontFix", "closed",
            "byDesign", "pending");
    private static final List<String> COMMENT_TYPE = List.of("unknown", "text", "codeChange", "system");

    private final OrgStore org;
    private final RepoStore repos;
    private final PullRequestStore prs;

    /** Creates the pull-request routes. */
    public PullRequestRoutes(OrgStore org, RepoStore repos, PullRequestStore prs) {
        this.org = org;
        this.repos = repos;
        this.prs = prs;
    }

    /** Adds the routes. */
    public void register(Router r) {
        r.add("GET", "{project}/_apis/git/pullrequests", this::listProject);
        r.add("GET", "{project}/_apis/git/pullrequests/{pullRequestId}", this::getProject);
        r.add("GET", "_apis/git/pullrequests/{pullRequestId}", this::getProject);
        GitScope.both(r, "POST", "/pullrequests", this::create);
        GitScope.both(r, "GET", "/pullrequests", this::list);
        GitScope.both(r, "GET", PR, c -> read(c, pr -> out(c).full(pr)));
        GitScope.both(r, "PATCH", PR, this::update);
        GitScope.both(r, "GET", PR + "/reviewers", c -> read(c, pr -> Wire.envelope(out(c).reviewers(pr))));
        GitScope.both(r, "POST", PR + "/reviewers", this::addReviewers);
        GitScope.both(r, "GET", PR + "/reviewers/{reviewerId}", c -> read(c, pr -> out(c).reviewer(pr,
                existingReviewer(pr, c.var("reviewerId")))));
        GitScope.both(r, "PUT", PR + "/reviewers/{reviewerId}", this::putReviewer);
        GitScope.both(r, "PATCH", PR + "/reviewers/{reviewerId}", this::patchReviewer);
        GitScope.both(r, "DELETE", PR + "/reviewers/{reviewerId}", this::deleteReviewer);
        GitScope.both(r, "GET", PR + "/threads", c -> read(c, pr -> Wire.envelope(pr.threads().stream()
                .map(t -> (JsonValue) out(c).thread(pr, t)).toList())));
        GitScope.both(r, "POST", PR + "/threads", this::createThread);
        GitScope.both(r, "GET", PR + "/threads/{threadId}", c -> read(c, pr -> out(c).thread(pr, findThread(c, pr))));
        GitScope.both(r, "PATCH", PR + "/threads/{threadId}", this::updateThread);
        GitScope.both(r, "GET", PR + "/threads/{threadId}/comments", c -> read(c, pr -> Wire.envelope(
                findThread(c, pr).comments().stream().map(m -> (JsonValue) out(c).comment(m)).toList())));
        GitScope.both(r, "POST", PR + "/threads/{threadId}/comments", this::createComment);
        GitScope.both(r, "PATCH", PR + "/threads/{threadId}/comments/{commentId}", this::updateComment);
        GitScope.both(r, "GET", PR + "/statuses", c -> read(c, pr -> statuses(c, pr, null)));
        GitScope.both(r, "POST", PR + "/statuses", c -> createStatus(c, null));
        GitScope.both(r, "GET", PR + "/statuses/{statusId}", c -> read(c, pr -> out(c).status(pr, findStatus(c, pr))));
        GitScope.both(r, "DELETE", PR + "/statuses/{statusId}", this::deleteStatus);
        GitScope.both(r, "GET", PR + "/iterations", c -> read(c, pr -> Wire.envelope(pr.iterations().stream()
                .map(i -> (JsonValue) out(c).iteration(pr, i)).toList())));
        GitScope.both(r, "GET", PR + "/iterations/{iterationId}", c -> read(c, pr -> out(c).iteration(pr,
                findIteration(c, pr))));
        GitScope.both(r, "GET", PR + "/iterations/{iterationId}/changes", this::iterationChanges);
        GitScope.both(r, "GET", PR + "/iterations/{iterationId}/commits", c -> read(c, pr -> {
            PullRequest.Iteration it = findIteration(c, pr);
            return commits(c, pr, it.common(), it.source());
        }));
        GitScope.both(r, "GET", PR + "/iterations/{iterationId}/statuses",
                c -> read(c, pr -> statuses(c, pr, findIteration(c, pr).id())));
        GitScope.both(r, "POST", PR + "/iterations/{iterationId}/statuses",
                c -> createStatus(c, Integer.valueOf(c.var("iterationId"))));
        GitScope.both(r, "GET", PR + "/commits", c -> read(c, pr -> {
            PullRequest.Iteration last = pr.iterations().get(pr.iterations().size() - 1);
            return commits(c, pr, last.common(), last.source());
        }));
        GitScope.both(r, "GET", PR + "/labels", c -> read(c, pr -> Wire.envelope(pr.labels().stream()
                .map(l -> (JsonValue) out(c).label(pr, l)).toList())));
        GitScope.both(r, "POST", PR + "/labels", this::addLabel);
        GitScope.both(r, "GET", PR + "/labels/{label}", c -> read(c, pr -> out(c).label(pr, findLabel(c, pr))));
        GitScope.both(r, "DELETE", PR + "/labels/{label}", this::removeLabel);
        GitScope.both(r, "GET", PR + "/properties", c -> read(c, this::properties));
        GitScope.both(r, "PATCH", PR + "/properties", this::patchProperties);
        GitScope.both(r, "GET", PR + "/workitems", c -> read(c, pr -> {
            Pages pages = Pages.of(c, 100, "$top", "$skip");
            return Wire.envelope(pages.slice(List.copyOf(pr.workItems())).stream().map(id -> (JsonValue)
                    JsonObject.builder().put("id", String.valueOf(id))
                            .put("url", wire(c).url("/_apis/wit/workItems/" + id)).build()).toList());
        }));
    }

    // ---- pull requests ---------------------------------------------------------------------------------------

    private Reply create(Call call) {
        Repository repo = GitScope.repository(call, org, repos);
        JsonObject body = Bodies.object(call.json(), "body");
        String title = Bodies.optionalString(body, "title").orElse("");
        if (title.isBlank()) {
            throw AdoError.missingArgument("title");
        }
        List<UUID> reviewerIds = new ArrayList<>();
        List<Boolean> required = new ArrayList<>();
        if (body.get("reviewers") instanceof JsonArray a) {
            for (JsonValue v : a.values()) {
                JsonObject o = Bodies.object(v, "reviewers");
                reviewerIds.add(identity(Bodies.string(o, "id")));
                required.add(flag(o, "isRequired"));
            }
        }
        List<Integer> workItems = workItemRefs(body);
        PullRequest created = prs.create(repo, Bodies.string(body, "sourceRefName"),
                Bodies.string(body, "targetRefName"), title, Bodies.optionalString(body, "description").orElse(""),
                flag(body, "isDraft"), org.me().id(), me());
        JsonObject out = prs.with(repo, null, created.id(), me(), pr -> {
            for (int i = 0; i < reviewerIds.size(); i++) {
                pr.reviewer(reviewerIds.get(i)).required(required.get(i));
            }
            pr.workItems().addAll(workItems);
            for (JsonValue l : body.get("labels") instanceof JsonArray a ? a.values() : List.<JsonValue>of()) {
                addLabel(pr, Bodies.string(Bodies.object(l, "labels"), "name"));
            }
            return out(call).full(pr);
        });
        return Reply.json(201, out);
    }

    private Reply list(Call call) {
        Repository repo = GitScope.repository(call, org, repos);
        return listWhere(call, pr -> pr.repository() == repo);
    }

    private Reply listProject(Call call) {
        UUID project = org.project(call.var("project")).id();
        Optional<String> repoId = call.query("searchCriteria.repositoryId", "repositoryId");
        return listWhere(call, pr -> pr.repository().projectId().equals(project)
                && repoId.map(id -> pr.repository().id().toString().equalsIgnoreCase(id)).orElse(true));
    }

    private Reply listWhere(Call call, Predicate<PullRequest> scope) {
        String sc = "searchCriteria.";
        String status = call.query(sc + "status", "status").orElse("active").toLowerCase(Locale.ROOT);
        if (!List.of("active", "abandoned", "completed", "all", "notset").contains(status)) {
            throw AdoError.badRequest("The value '" + status + "' is not valid for searchCriteria.status.");
        }
        Optional<String> source = call.query(sc + "sourceRefName", "sourceRefName");
        Optional<String> target = call.query(sc + "targetRefName", "targetRefName");
        Optional<String> creator = call.query(sc + "creatorId", "creatorId");
        Optional<String> reviewer = call.query(sc + "reviewerId", "reviewerId");
        Predicate<PullRequest> filter = scope
                .and(pr -> status.equals("all") || status.equals("notset") || pr.status().equals(status))
                .and(pr -> source.map(pr.sourceRefName()::equals).orElse(true))
                .and(pr -> target.map(pr.targetRefName()::equals).orElse(true))
                .and(pr -> creator.map(id -> pr.createdBy().toString().equalsIgnoreCase(id)).orElse(true))
                .and(pr -> reviewer.map(id -> pr.reviewers().keySet().stream()
                        .anyMatch(r -> r.toString().equalsIgnoreCase(id))).orElse(true));
        List<PullRequest> all = prs.list(filter, me());
        Pages pages = Pages.of(call, 101, "$top", "$skip");
        return Reply.json(Wire.envelope(pages.slice(all).stream()
                .map(pr -> (JsonValue) prs.with(null, null, pr.id(), me(), p -> out(call).summary(p))).toList()));
    }

    private Reply getProject(Call call) {
        UUID project = call.optionalVar("project").map(p -> org.project(p).id()).orElse(null);
        return Reply.json(prs.with(null, project, prId(call), me(), pr -> out(call).full(pr)));
    }

    private Reply update(Call call) {
        JsonObject body = Bodies.object(call.json(), "body");
        return mutate(call, pr -> {
            String status = Bodies.optionalString(body, "status").map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
            if (status != null && status.equals("active") && !pr.status().equals("active")) {
                if (pr.status().equals("completed")) {
                    throw AdoError.pullRequestNotActive(pr.id(), pr.status());
                }
                pr.status("active");
                pr.closed(null);
                pr.closedBy(null);
                pr.lastMergeSource(null);
                return out(call).full(pr);
            }
            PullRequestStore.requireActive(pr);
            Optional<String> title = Bodies.optionalString(body, "title");
            if (title.isPresent() && title.get().isBlank()) {
                throw AdoError.missingArgument("title");
            }
            PullRequest.CompletionOptions options = body.get("completionOptions") instanceof JsonObject o
                    ? completionOptions(o) : null;
            title.ifPresent(t -> pr.title(t));
            Bodies.optionalString(body, "description").ifPresent(d -> pr.description(d));
            if (body.get("isDraft") instanceof JsonBoolean b) {
                pr.draft(b.value());
            }
            if (options != null) {
                pr.completionOptions(options);
            }
            pr.workItems().addAll(workItemRefs(body));
            if (body.get("autoCompleteSetBy") instanceof JsonObject by) {
                String id = Bodies.optionalString(by, "id").orElse("");
                pr.autoCompleteSetBy(id.isEmpty() || id.equals(new UUID(0, 0).toString()) ? null : identity(id));
            }
            if ("abandoned".equals(status)) {
                pr.status("abandoned");
                pr.closed(prs.now());
                pr.closedBy(org.me().id());
            } else if ("completed".equals(status)) {
                if (body.get("lastMergeSourceCommit") instanceof JsonObject c
                        && c.string("commitId").map(ObjectId::parseOrNull).isPresent()
                        && !ObjectId.parseOrNull(c.string("commitId").get()).equals(pr.lastMergeSource())) {
                    throw AdoError.badRequest("TF401186: The pull request's last merge source commit "
                            + c.string("commitId").get() + " is not the head of " + pr.sourceRefName() + ".");
                }
                prs.complete(pr, org.me().id(), me());
            }
            return out(call).full(pr);
        });
    }

    private static PullRequest.CompletionOptions completionOptions(JsonObject o) {
        Merger.Strategy strategy = Bodies.optionalString(o, "mergeStrategy").map(s -> Merger.Strategy.of(s)
                        .orElseThrow(() -> AdoError.badRequest("The merge strategy '" + s + "' is not valid; use "
                                + "noFastForward, squash, rebase or rebaseMerge.")))
                .orElse(flag(o, "squashMerge") ? Merger.Strategy.SQUASH : Merger.Strategy.NO_FAST_FORWARD);
        return new PullRequest.CompletionOptions(strategy, flag(o, "deleteSourceBranch"),
                Bodies.optionalString(o, "mergeCommitMessage").orElse(null), o);
    }

    /**
     * {@return the listener that keeps pull requests' work items in step with the work items' {@code ArtifactLink}
     * relations to {@code vstfs:///Git/PullRequestId/{project}%2F{repository}%2F{id}}, which is how ADO links both
     * sides; a link to a pull request that does not exist is refused (404 TF401180) before anything changes}
     */
    public static ado.emulator.internal.wit.WorkItemStore.ArtifactLinkListener workItemLinks(OrgStore org,
                                                                                            PullRequestStore prs) {
        Signature me = Signature.utc(org.me().displayName(), org.me().uniqueName(), Instant.EPOCH);
        return new ado.emulator.internal.wit.WorkItemStore.ArtifactLinkListener() {
            @Override
            public void check(String url) {
                int id = pullRequestOf(url);
                if (id > 0) {
                    prs.with(null, null, id, me, pr -> pr);
                }
            }

            @Override
            public void changed(int workItemId, String url, boolean added) {
                int id = pullRequestOf(url);
                if (id > 0) {
                    prs.with(null, null, id, me, pr -> added ? pr.workItems().add(workItemId)
                            : pr.workItems().remove(workItemId));
                }
            }
        };
    }

    private static int pullRequestOf(String url) {
        String prefix = "vstfs:///Git/PullRequestId/";
        String[] parts = url.regionMatches(true, 0, prefix, 0, prefix.length())
                ? url.substring(prefix.length()).split("(?i)%2F") : new String[0];
        return parts.length == 3 && parts[2].matches("[1-9]\\d{0,8}") ? Integer.parseInt(parts[2]) : 0;
    }

    // ---- reviewers -------------------------------------------------------------------------------------------

    private Reply addReviewers(Call call) {
        List<JsonValue> body = Bodies.array(call.json(), "body");
        return mutate(call, pr -> {
            var ids = new ArrayList<UUID>();
            for (JsonValue v : body) {
                ids.add(identity(Bodies.string(Bodies.object(v, "body"), "id")));
            }
            var out = new ArrayList<JsonValue>();
            for (int i = 0; i < ids.size(); i++) {
                JsonObject o = (JsonObject) body.get(i);
                PullRequest.Reviewer r = pr.reviewer(ids.get(i));
                r.required(flag(o, "isRequired") || r.required());
                out.add(out(call).reviewer(pr, r));
            }
            return Wire.envelope(out);
        });
    }

    private Reply putReviewer(Call call) {
        JsonObject body = call.json() instanceof JsonObject o ? o : JsonObject.EMPTY;
        UUID id = identity(call.var("reviewerId"));
        Optional<Integer> vote = vote(body);
        return mutate(call, pr -> {
            PullRequest.Reviewer r = pr.reviewer(id);
            vote.ifPresent(v -> r.vote(v));
            if (body.get("isRequired") instanceof JsonBoolean b) {
                r.required(b.value());
            }
            return out(call).reviewer(pr, r);
        });
    }

    private Reply patchReviewer(Call call) {
        JsonObject body = Bodies.object(call.json(), "body");
        Optional<Integer> vote = vote(body);
        return mutate(call, pr -> {
            PullRequest.Reviewer r = existingReviewer(pr, call.var("reviewerId"));
            vote.ifPresent(v -> r.vote(v));
            if (body.get("hasDeclined") instanceof JsonBoolean b) {
                r.declined(b.value());
            }
            if (body.get("isRequired") instanceof JsonBoolean b) {
                r.required(b.value());
            }
            return out(call).reviewer(pr, r);
        });
    }

    private Reply deleteReviewer(Call call) {
        mutate(call, pr -> {
            pr.reviewers().remove(existingReviewer(pr, call.var("reviewerId")).id());
            return JsonNull.INSTANCE;
        });
        return new Reply(200, "application/json; charset=utf-8", java.util.Map.of(), new byte[0]);
    }

    private static Optional<Integer> vote(JsonObject body) {
        if (!(body.get("vote") instanceof JsonNumber n)) {
            return Optional.empty();
        }
        int vote = n.isLong() ? (int) n.longValue() : Integer.MIN_VALUE;
        if (!PullRequestStore.VOTES.contains(vote)) {
            throw AdoError.badRequest("The vote " + n.toJson() + " is not valid; use 10 (approved), 5 (approved "
                    + "with suggestions), 0 (no vote), -5 (waiting for author) or -10 (rejected).");
        }
        return Optional.of(vote);
    }

    private static PullRequest.Reviewer existingReviewer(PullRequest pr, String id) {
        return pr.reviewers().values().stream().filter(r -> r.id().toString().equalsIgnoreCase(id)).findFirst()
                .orElseThrow(() -> AdoError.pullRequestPartNotFound("reviewer", id));
    }

    // ---- threads and comments --------------------------------------------------------------------------------

    private Reply createThread(Call call) {
        JsonObject body = Bodies.object(call.json(), "body");
        String status = enumValue(body.get("status"), THREAD_STATUS, "status", "active");
        return mutate(call, pr -> {
            Instant now = prs.now();
            var t = new PullRequest.Thread(prs.nextThreadId(), now, status, nullToNull(body.get("threadContext")),
                    nullToNull(body.get("pullRequestThreadContext")));
            for (JsonValue v : body.get("comments") instanceof JsonArray a ? a.values() : List.<JsonValue>of()) {
                JsonObject c = Bodies.object(v, "comments");
                t.comments().add(new PullRequest.Comment(t.comments().size() + 1, intOf(c, "parentCommentId"),
                        org.me().id(), now, Bodies.optionalString(c, "content").orElse("")));
            }
            pr.threads().add(t);
            return out(call).thread(pr, t);
        });
    }

    private Reply updateThread(Call call) {
        JsonObject body = Bodies.object(call.json(), "body");
        return mutate(call, pr -> {
            PullRequest.Thread t = findThread(call, pr);
            if (body.has("status")) {
                t.status(enumValue(body.get("status"), THREAD_STATUS, "status", t.status()));
                t.updated(prs.now());
            }
            return out(call).thread(pr, t);
        });
    }

    private Reply createComment(Call call) {
        JsonObject body = Bodies.object(call.json(), "body");
        enumValue(body.get("commentType"), COMMENT_TYPE, "commentType", "text");
        return mutate(call, pr -> {
            PullRequest.Thread t = findThread(call, pr);
            int parent = intOf(body, "parentCommentId");
            if (parent != 0 && t.comments().stream().noneMatch(c -> c.id() == parent)) {
                throw AdoError.pullRequestPartNotFound("comment", parent);
            }
            var c = new PullRequest.Comment(t.comments().size() + 1, parent, org.me().id(), prs.now(),
                    Bodies.optionalString(body, "content").orElse(""));
            t.comments().add(c);
            t.updated(c.published());
            return out(call).comment(c);
        });
    }

    private Reply updateComment(Call call) {
        JsonObject body = Bodies.object(call.json(), "body");
        return mutate(call, pr -> {
            PullRequest.Thread t = findThread(call, pr);
            PullRequest.Comment c = t.comments().stream().filter(m -> String.valueOf(m.id())
                    .equals(call.var("commentId"))).findFirst()
                    .orElseThrow(() -> AdoError.pullRequestPartNotFound("comment", call.var("commentId")));
            Bodies.optionalString(body, "content").ifPresent(text -> c.content(text));
            c.updated(prs.now());
            return out(call).comment(c);
        });
    }

    private static PullRequest.Thread findThread(Call call, PullRequest pr) {
        return pr.threads().stream().filter(t -> String.valueOf(t.id()).equals(call.var("threadId"))).findFirst()
                .orElseThrow(() -> AdoError.pullRequestPartNotFound("thread", call.var("threadId")));
    }

    // ---- statuses --------------------------------------------------------------------------------------------

    private Reply createStatus(Call call, Integer pathIteration) {
        JsonObject body = Bodies.object(call.json(), "body");
        String state = Bodies.optionalString(body, "state").orElse("notSet");
        if (!List.of("notSet", "pending", "succeeded", "failed", "error", "notApplicable").contains(state)) {
            throw AdoError.badRequest("The status state '" + state + "' is not valid.");
        }
        JsonObject context = Bodies.optionalObject(body, "context")
                .orElseThrow(() -> AdoError.missingArgument("context"));
        Bodies.string(context, "name");
        return mutate(call, pr -> {
            Integer iteration = pathIteration != null ? pathIteration
                    : body.get("iterationId") instanceof JsonNumber n ? (int) n.longValue() : null;
            if (iteration != null && (iteration < 1 || iteration > pr.iterations().size())) {
                throw AdoError.pullRequestPartNotFound("iteration", iteration);
            }
            var s = new PullRequest.Status(pr.statuses().size() + 1, iteration, state,
                    Bodies.optionalString(body, "description").orElse(null), context,
                    Bodies.optionalString(body, "targetUrl").orElse(null),
                    Bodies.optionalObject(body, "properties").map(PullRequestRoutes::typed).orElse(null),
                    org.me().id(), prs.now());
            pr.statuses().add(s);
            return out(call).status(pr, s);
        });
    }

    private Reply deleteStatus(Call call) {
        mutate(call, pr -> {
            pr.statuses().remove(findStatus(call, pr));
            return JsonNull.INSTANCE;
        });
        return Reply.noContent();
    }

    private static PullRequest.Status findStatus(Call call, PullRequest pr) {
        return pr.statuses().stream().filter(s -> String.valueOf(s.id()).equals(call.var("statusId"))).findFirst()
                .orElseThrow(() -> AdoError.pullRequestPartNotFound("status", call.var("statusId")));
    }

    private JsonObject statuses(Call call, PullRequest pr, Integer iteration) {
        return Wire.envelope(pr.statuses().stream().filter(s -> iteration == null || iteration.equals(s.iterationId()))
                .map(s -> (JsonValue) out(call).status(pr, s)).toList());
    }

    /** Status properties as ADO returns them: each value wrapped as {@code {"$type", "$value"}}. */
    private static JsonObject typed(JsonObject properties) {
        var b = JsonObject.builder();
        properties.members().forEach((name, v) -> {
            if (v instanceof JsonObject o && o.has("$type")) {
                b.put(name, o);
            } else if (v instanceof JsonNumber n) {
                b.put(name, typed(n.isLong() ? "System.Int32" : "System.Double", n));
            } else if (v instanceof JsonBoolean) {
                b.put(name, typed("System.Boolean", v));
            } else {
                b.put(name, typed("System.String", v instanceof JsonString s ? s : new JsonString(v.toJson())));
            }
        });
        return b.build();
    }

    private static JsonObject typed(String type, JsonValue value) {
        return JsonObject.builder().put("$type", type).put("$value", value).build();
    }

    // ---- labels ----------------------------------------------------------------------------------------------

    private Reply addLabel(Call call) {
        JsonObject body = Bodies.object(call.json(), "body");
        String name = Bodies.optionalString(body, "name").orElse("");
        checkLabel(name);
        return mutate(call, pr -> out(call).label(pr, addLabel(pr, name)));
    }

    private PullRequest.Label addLabel(PullRequest pr, String name) {
        checkLabel(name);
        String trimmed = name.strip();
        return pr.labels().stream().filter(l -> l.name().equalsIgnoreCase(trimmed)).findFirst().orElseGet(() -> {
            var l = new PullRequest.Label(org.idFor("label", trimmed.toLowerCase(Locale.ROOT)), trimmed);
            pr.labels().add(l);
            return l;
        });
    }

    private static void checkLabel(String name) {
        if (name.isBlank()) {
            throw AdoError.badRequest("TF401337: The tag name cannot be empty or consist only of white space.");
        }
    }

    private Reply removeLabel(Call call) {
        mutate(call, pr -> {
            pr.labels().remove(findLabel(call, pr));
            return JsonNull.INSTANCE;
        });
        return Reply.noContent();
    }

    private static PullRequest.Label findLabel(Call call, PullRequest pr) {
        String key = call.var("label");
        return pr.labels().stream().filter(l -> l.id().toString().equalsIgnoreCase(key)
                || l.name().equalsIgnoreCase(key)).findFirst()
                .orElseThrow(() -> AdoError.pullRequestPartNotFound("label", key));
    }

    // ---- iterations, commits, properties ---------------------------------------------------------------------

    private static PullRequest.Iteration findIteration(Call call, PullRequest pr) {
        String id = call.var("iterationId");
        return pr.iterations().stream().filter(i -> String.valueOf(i.id()).equals(id)).findFirst()
                .orElseThrow(() -> AdoError.pullRequestPartNotFound("iteration", id));
    }

    private Reply iterationChanges(Call call) {
        return read(call, pr -> {
            PullRequest.Iteration it = findIteration(call, pr);
            int compareTo = call.intQuery(0, "$compareTo");
            var db = pr.repository().objects();
            ObjectId from;
            if (compareTo == 0) {
                from = it.common();
            } else if (compareTo < 1 || compareTo > pr.iterations().size()) {
                throw AdoError.pullRequestPartNotFound("iteration", compareTo);
            } else {
                from = pr.iterations().get(compareTo - 1).source();
            }
            List<TreeDiff.Entry> changes = TreeDiff.between(db, db.commit(from).orElseThrow().tree(),
                    db.commit(it.source()).orElseThrow().tree()).stream().filter(e -> !e.folder()).toList();
            Pages pages = Pages.of(call, 1000, "$top", "$skip");
            var entries = new ArrayList<JsonValue>();
            int n = pages.skip();
            for (TreeDiff.Entry e : pages.slice(changes)) {
                n++;
                var item = JsonObject.builder();
                if (e.objectId() != null) {
                    item.put("objectId", e.objectId().hex());
                }
                if (e.originalObjectId() != null) {
                    item.put("originalObjectId", e.originalObjectId().hex());
                }
                item.put("path", e.path());
                entries.add(JsonObject.builder().put("changeTrackingId", n).put("changeId", n)
                        .put("item", item.build()).put("changeType", e.changeType()).build());
            }
            var b = JsonObject.builder().put("changeEntries", new JsonArray(entries));
            if (pages.more(changes.size())) {
                b.put("nextSkip", pages.skip() + pages.top()).put("nextTop", pages.top());
            }
            return b.build();
        });
    }

    private JsonObject commits(Call call, PullRequest pr, ObjectId base, ObjectId head) {
        GitWire git = new GitWire(wire(call));
        List<Commit> commits = new Merger(pr.repository().objects()).commitsBetween(base, head);
        Pages pages = Pages.of(call, 100, "$top", "$skip");
        return Wire.envelope(pages.slice(commits).stream()
                .map(c -> (JsonValue) git.commit(pr.repository(), c, false)).toList());
    }

    private JsonObject properties(PullRequest pr) {
        var b = JsonObject.builder();
        pr.properties().forEach(b::put);
        return JsonObject.builder().put("count", pr.properties().size()).put("value", b.build()).build();
    }

    private Reply patchProperties(Call call) {
        List<JsonValue> ops = Bodies.array(call.json(), "body");
        return mutate(call, pr -> {
            var copy = new java.util.LinkedHashMap<>(pr.properties());
            for (JsonValue v : ops) {
                JsonObject op = Bodies.object(v, "body");
                String kind = Bodies.string(op, "op").toLowerCase(Locale.ROOT);
                String path = Bodies.optionalString(op, "path").orElse("");
                String name = path.startsWith("/") ? path.substring(1) : path;
                JsonValue value = op.get("value");
                switch (kind) {
                    case "add", "replace" -> {
                        if (name.isEmpty()) {
                            Bodies.object(value, "value").members().forEach((k, x) -> copy.put(k, property(x)));
                        } else {
                            if (kind.equals("replace") && !copy.containsKey(name)) {
                                throw AdoError.badRequest("The property '" + name + "' does not exist.");
                            }
                            copy.put(name, property(value));
                        }
                    }
                    case "remove" -> {
                        if (copy.remove(name) == null) {
                            throw AdoError.badRequest("The property '" + name + "' does not exist.");
                        }
                    }
                    default -> throw AdoError.badRequest("The patch operation '" + kind + "' is not supported; "
                            + "use add, replace or remove.");
                }
            }
            pr.properties().clear();
            pr.properties().putAll(copy);
            return properties(pr);
        });
    }

    /** A property value as ADO stores it: dates as System.DateTime, everything else as a string. */
    private static JsonObject property(JsonValue v) {
        if (v instanceof JsonObject o && o.has("$type")) {
            return o;
        }
        String text = v instanceof JsonString s ? s.value() : v == null ? "" : v.toJson();
        boolean date = text.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d.*");
        return typed(date ? "System.DateTime" : "System.String", new JsonString(text));
    }

    // ---- plumbing --------------------------------------------------------------------------------------------

    private Reply read(Call call, Function<PullRequest, JsonValue> action) {
        return Reply.json(with(call, action));
    }

    private Reply mutate(Call call, Function<PullRequest, JsonValue> action) {
        return Reply.json(with(call, action));
    }

    private JsonValue with(Call call, Function<PullRequest, JsonValue> action) {
        Repository repo = GitScope.repository(call, org, repos);
        return prs.with(repo, null, prId(call), me(), action);
    }

    private static int prId(Call call) {
        String id = call.var("pullRequestId");
        if (!id.matches("\\d{1,9}")) {
            throw AdoError.pullRequestNotFound(id);
        }
        return Integer.parseInt(id);
    }

    private Signature me() {
        return Signature.utc(org.me().displayName(), org.me().uniqueName(), Instant.EPOCH);
    }

    private UUID identity(String id) {
        try {
            UUID uuid = UUID.fromString(id);
            if (org.user(uuid).isPresent()) {
                return uuid;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error
        }
        throw AdoError.identityNotFound(id);
    }

    private static boolean flag(JsonObject o, String name) {
        return o.get(name) instanceof JsonBoolean b && b.value();
    }

    private static int intOf(JsonObject o, String name) {
        return o.get(name) instanceof JsonNumber n ? (int) n.longValue() : 0;
    }

    private static JsonValue nullToNull(JsonValue v) {
        return v == null ? JsonNull.INSTANCE : v;
    }

    private static List<Integer> workItemRefs(JsonObject body) {
        var ids = new ArrayList<Integer>();
        for (JsonValue v : body.get("workItemRefs") instanceof JsonArray a ? a.values() : List.<JsonValue>of()) {
            String id = Bodies.string(Bodies.object(v, "workItemRefs"), "id");
            if (!id.matches("\\d{1,9}")) {
                throw AdoError.badRequest("The work item id '" + id + "' is not valid.");
            }
            ids.add(Integer.parseInt(id));
        }
        return ids;
    }

    /** An enum sent as its number or name (ADO accepts both); answers the name. */
    private static String enumValue(JsonValue v, List<String> names, String what, String fallback) {
        if (v == null || v instanceof JsonNull) {
            return fallback;
        }
        if (v instanceof JsonNumber n && n.isLong() && n.longValue() >= 0 && n.longValue() < names.size()) {
            return names.get((int) n.longValue());
        }
        if (v instanceof JsonString s) {
            for (String name : names) {
                if (name.equalsIgnoreCase(s.value())) {
                    return name;
                }
            }
        }
        throw AdoError.badRequest("The value " + v.toJson() + " is not valid for " + what + ".");
    }

    private Wire wire(Call call) {
        return Wire.of(call, org);
    }

    private PullRequestWire out(Call call) {
        return new PullRequestWire(wire(call), call.flag("includeWorkItemRefs"));
    }
}
