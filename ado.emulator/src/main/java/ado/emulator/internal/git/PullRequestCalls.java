package ado.emulator.internal.git;

import ado.core.json.JsonBoolean;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.WireValues;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.wire.Wire;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

/**
 * What every pull request route does with a call: find the pull request it addresses under its repository's
 * lock, name the caller and the identities the body sends, and write the answer. The routes of the pull request
 * itself ({@link PullRequestRoutes}), of its review ({@link PullRequestReviewRoutes}) and of its iterations
 * ({@link PullRequestIterationRoutes}) share it.
 */
abstract sealed class PullRequestCalls permits PullRequestRoutes, PullRequestReviewRoutes,
        PullRequestIterationRoutes {

    static final String PR = "/pullrequests/{pullRequestId}";

    final OrgStore org;
    final RepoStore repos;
    final PullRequestStore prs;

    PullRequestCalls(OrgStore org, RepoStore repos, PullRequestStore prs) {
        this.org = org;
        this.repos = repos;
        this.prs = prs;
    }

    // ---- plumbing --------------------------------------------------------------------------------------------

    Reply read(Call call, Function<PullRequest, JsonValue> action) {
        return Reply.json(with(call, action));
    }

    Reply mutate(Call call, Function<PullRequest, JsonValue> action) {
        return Reply.json(with(call, action));
    }

    JsonValue with(Call call, Function<PullRequest, JsonValue> action) {
        Repository repo = GitScope.repository(call, org, repos);
        return prs.with(repo, null, prId(call), me(), action);
    }

    static int prId(Call call) {
        String id = call.var("pullRequestId");
        if (!id.matches("\\d{1,9}")) {
            throw AdoError.pullRequestNotFound(id);
        }
        return Integer.parseInt(id);
    }

    Signature me() {
        return Signature.utc(org.me().displayName(), org.me().uniqueName(), Instant.EPOCH);
    }

    UUID identity(String id) {
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

    static boolean flag(JsonObject o, String name) {
        return WireValues.bool(o, name).orElse(false);
    }

    Wire wire(Call call) {
        return Wire.of(call, org);
    }

    PullRequestWire out(Call call) {
        return new PullRequestWire(wire(call), call.flag("includeWorkItemRefs"));
    }
}
