package ado.emulator.internal.git;

import ado.core.json.JsonArray;
import ado.core.json.JsonBoolean;
import ado.core.json.JsonNull;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.http.WireEnums;
import ado.emulator.internal.http.WireValues;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Dates;
import ado.emulator.internal.wire.Pages;
import ado.emulator.internal.wire.Wire;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Pull requests: create, get, list ({@code searchCriteria.*}, {@code $top}/{@code $skip}), update (title,
 * description, draft, status: abandon, reactivate, complete; auto-complete and completion options), labels and
 * linked work items; registers the routes of the review ({@link PullRequestReviewRoutes}: reviewers and votes,
 * threads and comments) and of the iterations ({@link PullRequestIterationRoutes}: iterations and their changes,
 * commits, statuses, properties); the pull request query ({@code lastMergeCommit}: the pull requests whose merge
 * made the commit; {@code commit}: the completed ones that merged it).
 */
public final class PullRequestRoutes extends PullRequestCalls {

    /** Creates the pull-request routes. */
    public PullRequestRoutes(OrgStore org, RepoStore repos, PullRequestStore prs) {
        super(org, repos, prs);
    }

    /** Adds the routes. */
    public void register(Router r) {
        r.add("GET", "{project}/_apis/git/pullrequests", this::listProject);
        r.add("GET", "{project}/_apis/git/pullrequests/{pullRequestId}", this::getProject);
        r.add("GET", "_apis/git/pullrequests/{pullRequestId}", this::getProject);
        GitScope.both(r, "POST", "/pullrequests", this::create);
        GitScope.both(r, "GET", "/pullrequests", this::list);
        GitScope.both(r, "POST", "/pullrequestquery", this::query);
        GitScope.both(r, "GET", PR, c -> read(c, pr -> out(c).full(pr)));
        GitScope.both(r, "PATCH", PR, this::update);
        GitScope.both(r, "GET", PR + "/labels", c -> read(c, pr -> Wire.envelope(pr.labels().stream()
                .map(l -> (JsonValue) out(c).label(pr, l)).toList())));
        GitScope.both(r, "POST", PR + "/labels", this::addLabel);
        GitScope.both(r, "GET", PR + "/labels/{label}", c -> read(c, pr -> out(c).label(pr, findLabel(c, pr))));
        GitScope.both(r, "DELETE", PR + "/labels/{label}", this::removeLabel);
        GitScope.both(r, "GET", PR + "/workitems", c -> read(c, pr -> {
            Pages pages = Pages.of(c, 100, "$top", "$skip");
            return Wire.envelope(pages.slice(List.copyOf(pr.workItems())).stream().map(id -> (JsonValue)
                    JsonObject.builder().put("id", String.valueOf(id))
                            .put("url", wire(c).url("/_apis/wit/workItems/" + id)).build()).toList());
        }));
        new PullRequestReviewRoutes(org, repos, prs).register(r);
        new PullRequestIterationRoutes(org, repos, prs).register(r);
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
                WireValues.bool(body, "isDraft").orElse(false), org.me().id(), me());
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

    /** POST pullrequestquery: per query, a map from each found commit id to its pull requests (absent: none). */
    private Reply query(Call call) {
        Repository repo = GitScope.repository(call, org, repos);
        JsonObject body = Bodies.object(call.json(), "body");
        List<JsonValue> queries = Bodies.array(body, "queries");
        var results = new ArrayList<JsonValue>();
        for (JsonValue q : queries) {
            JsonObject input = Bodies.object(q, "queries");
            String type = queryType(input.get("type"));
            JsonObject.Builder found = JsonObject.builder();
            for (JsonValue item : Bodies.array(input, "items")) {
                String text = item instanceof ado.core.json.JsonString s ? s.value() : "";
                ObjectId sha = ObjectId.parseOrNull(text);
                if (sha == null) {
                    throw AdoError.badRequest("The value '" + text + "' of queries.items is not a commit id.");
                }
                List<PullRequest> hits = prs.list(pr -> pr.repository() == repo && merged(pr, sha, type), me());
                if (!hits.isEmpty()) {
                    found.put(text, new JsonArray(hits.stream().map(pr -> (JsonValue) prs.with(null, null,
                            pr.id(), me(), p -> out(call).summary(p))).toList()));
                }
            }
            results.add(found.build());
        }
        return Reply.json(JsonObject.builder().put("queries", new JsonArray(queries))
                .put("results", new JsonArray(results)).build());
    }

    private static String queryType(JsonValue type) {
        String name = type instanceof ado.core.json.JsonString s ? s.value().toLowerCase(Locale.ROOT)
                : type instanceof ado.core.json.JsonNumber n ? switch ((int) n.longValue()) {
                    case 1 -> "lastmergecommit";
                    case 2 -> "commit";
                    default -> "notset";
                } : "notset";
        if (!name.equals("lastmergecommit") && !name.equals("commit")) {
            throw AdoError.badRequest("The value '" + name + "' of queries.type is not a supported query type.");
        }
        return name;
    }

    /** {@return whether {@code sha} is the merge commit of {@code pr}, or for {@code commit} one it merged} */
    private boolean merged(PullRequest pr, ObjectId sha, String type) {
        if (pr.lastMergeCommit() == null) {
            return false;
        }
        if (pr.lastMergeCommit().equals(sha)) {
            return true;
        }
        return type.equals("commit") && pr.status().equals("completed") && pr.lastMergeTarget() != null && new Merger(pr.repository().objects())
                .commitsBetween(pr.lastMergeTarget(), pr.lastMergeCommit()).stream().anyMatch(c -> c.id().equals(sha));
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
        String status = WireEnums.PULL_REQUEST_STATUS.query(call, sc + "status", "status").orElse("active")
                .toLowerCase(Locale.ROOT);
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
                        .anyMatch(r -> r.toString().equalsIgnoreCase(id))).orElse(true))
                .and(timeRange(call, sc));
        List<PullRequest> all = prs.list(filter, me());
        Pages pages = Pages.of(call, 101, "$top", "$skip");
        return Reply.json(Wire.envelope(pages.slice(all).stream()
                .map(pr -> (JsonValue) prs.with(null, null, pr.id(), me(), p -> out(call).summary(p))).toList()));
    }

    /** {@return minTime/maxTime (inclusive) on the creation date, or the closing date when queryTimeRangeType says} */
    private static Predicate<PullRequest> timeRange(Call call, String sc) {
        Optional<Instant> min = call.query(sc + "minTime").map(t -> Dates.parse(sc + "minTime", t));
        Optional<Instant> max = call.query(sc + "maxTime").map(t -> Dates.parse(sc + "maxTime", t));
        String type = call.query(sc + "queryTimeRangeType").orElse("created").toLowerCase(Locale.ROOT);
        if (!type.equals("created") && !type.equals("closed")) {
            throw AdoError.badRequest("The value '" + type + "' of " + sc + "queryTimeRangeType is not valid.");
        }
        if (min.isEmpty() && max.isEmpty()) {
            return pr -> true;
        }
        return pr -> {
            Instant at = type.equals("closed") ? pr.closed() : pr.created();
            return at != null && min.map(m -> !at.isBefore(m)).orElse(true)
                    && max.map(m -> !at.isAfter(m)).orElse(true);
        };
    }

    private Reply getProject(Call call) {
        UUID project = call.optionalVar("project").map(p -> org.project(p).id()).orElse(null);
        return Reply.json(prs.with(null, project, prId(call), me(), pr -> out(call).full(pr)));
    }

    private Reply update(Call call) {
        JsonObject body = Bodies.object(call.json(), "body");
        return mutate(call, pr -> {
            String status = WireEnums.PULL_REQUEST_STATUS.read(body, "status").map(s -> s.toLowerCase(Locale.ROOT))
                    .orElse(null);
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
            WireValues.bool(body, "isDraft").ifPresent(pr::draft);
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

    private static PullRequest.CompletionOptions completionOptions(JsonObject sent) {
        JsonObject o = WireValues.booleans(sent, "bypassPolicy", "deleteSourceBranch", "squashMerge",
                "transitionWorkItems", "triggeredByAutoComplete");
        Merger.Strategy strategy = WireEnums.MERGE_STRATEGY.read(o, "mergeStrategy").map(s -> Merger.Strategy.of(s)
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
}
