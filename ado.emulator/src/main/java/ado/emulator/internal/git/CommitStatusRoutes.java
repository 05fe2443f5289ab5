package ado.emulator.internal.git;

import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Pages;
import ado.emulator.internal.wire.Wire;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Commit statuses ({@code GitStatus}): create on a commit (201 Created, as ADO's controller answers) and list,
 * newest first, with {@code top} (default 1000), {@code skip} and {@code latestOnly} (the newest status of each
 * context name and genre). Listing a well-formed id of no commit answers no statuses, as ADO does.
 */
public final class CommitStatusRoutes {

    private final OrgStore org;
    private final RepoStore repos;
    private final Clock clock;

    /** Creates the commit status routes. */
    public CommitStatusRoutes(OrgStore org, RepoStore repos, Clock clock) {
        this.org = org;
        this.repos = repos;
        this.clock = clock;
    }

    /** Adds the routes. */
    public void register(Router r) {
        GitScope.both(r, "POST", "/commits/{commitId}/statuses", this::create);
        GitScope.both(r, "GET", "/commits/{commitId}/statuses", this::list);
    }

    private Reply create(Call call) {
        Repository repo = GitScope.repository(call, org, repos);
        Commit commit = commit(call, repo);
        JsonObject body = Bodies.object(call.json(), "body");
        String state = StatusWire.state(body);
        JsonObject context = StatusWire.context(body);
        String name = Bodies.string(context, "name");
        var wireContext = JsonObject.builder().put("name", name);
        Bodies.optionalString(context, "genre").ifPresent(g -> wireContext.put("genre", g));
        Repository.CommitStatus status = repo.addStatus(commit.id(), id -> new Repository.CommitStatus(id, state,
                Bodies.optionalString(body, "description").orElse(null), wireContext.build(),
                Bodies.optionalString(body, "targetUrl").orElse(null), org.me().id(), clock.instant()));
        return Reply.json(201, status(call, repo, commit.id(), status));
    }

    private Reply list(Call call) {
        Repository repo = GitScope.repository(call, org, repos);
        ObjectId commit = id(call);
        List<Repository.CommitStatus> newestFirst = new ArrayList<>(repo.statuses(commit));
        java.util.Collections.reverse(newestFirst);
        if (call.flag("latestOnly")) {
            Set<JsonObject> seen = new HashSet<>();
            newestFirst.removeIf(s -> !seen.add(s.context()));
        }
        Pages pages = Pages.of(call, 1000, "top", "skip");
        return Reply.json(Wire.envelope(pages.slice(newestFirst).stream()
                .map(s -> (JsonValue) status(call, repo, commit, s)).toList()));
    }

    /** {@return the commit of the path; a status is posted only on a commit the repository holds} */
    private static Commit commit(Call call, Repository repo) {
        return repo.objects().commit(id(call))
                .orElseThrow(() -> AdoError.commitNotFound(call.var("commitId"), repo.name()));
    }

    /** {@return the commit id of the path (ADO answers a well-formed unknown id with no statuses)} */
    private static ObjectId id(Call call) {
        return Optional.ofNullable(ObjectId.parseOrNull(call.var("commitId"))).orElseThrow(() ->
                AdoError.badRequest("The commit id '" + call.var("commitId") + "' is not a SHA-1."));
    }

    private JsonObject status(Call call, Repository repo, ObjectId commit, Repository.CommitStatus s) {
        Wire wire = Wire.of(call, org);
        String commitUrl = wire.repoUrl(repo) + "/commits/" + commit.hex();
        return StatusWire.write(JsonObject.builder(), wire, s, commitUrl + "/statuses/" + s.id(), wire.repoUrl(repo))
                .build();
    }
}
