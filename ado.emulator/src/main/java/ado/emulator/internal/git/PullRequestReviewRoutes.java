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
import ado.emulator.internal.http.WireValues;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Wire;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The review of a pull request: reviewers and their votes, comment threads and their comments. */
final class PullRequestReviewRoutes extends PullRequestCalls {

    private static final List<String> THREAD_STATUS = List.of("unknown", "active", "fixed", "wontFix", "closed",
            "byDesign", "pending");
    private static final List<String> COMMENT_TYPE = List.of("unknown", "text", "codeChange", "system");

    PullRequestReviewRoutes(OrgStore org, RepoStore repos, PullRequestStore prs) {
        super(org, repos, prs);
    }

    void register(Router r) {
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
            vote.ifPresent(v -> {
                r.vote(v);
                r.reapprove(WireValues.bool(body, "isReapprove").orElse(false));
            });
            WireValues.bool(body, "isRequired").ifPresent(r::required);
            return out(call).reviewer(pr, r);
        });
    }

    private Reply patchReviewer(Call call) {
        JsonObject body = Bodies.object(call.json(), "body");
        Optional<Integer> vote = vote(body);
        return mutate(call, pr -> {
            PullRequest.Reviewer r = existingReviewer(pr, call.var("reviewerId"));
            vote.ifPresent(v -> r.vote(v));
            WireValues.bool(body, "hasDeclined").ifPresent(r::declined);
            WireValues.bool(body, "isRequired").ifPresent(r::required);
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

    private static int intOf(JsonObject o, String name) {
        return o.get(name) instanceof JsonNumber n ? (int) n.longValue() : 0;
    }

    private static JsonValue nullToNull(JsonValue v) {
        return v == null ? JsonNull.INSTANCE : v;
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
}
