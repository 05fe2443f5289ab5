package ado.emulator.internal.git;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.wire.Wire;

/** Writes the Git shapes shared by several routes: commit refs and pushes. */
final class GitWire {

    private final Wire wire;

    GitWire(Wire wire) {
        this.wire = wire;
    }

    /** {@return a GitCommitRef: id, author, committer, comment, parents (when asked), urls} */
    JsonObject commit(Repository repo, Commit c, boolean withTreeAndParents) {
        var b = JsonObject.builder();
        if (withTreeAndParents) {
            b.put("treeId", c.tree().hex());
        }
        b.put("commitId", c.id().hex())
                .put("author", Wire.userDate(c.author()))
                .put("committer", Wire.userDate(c.committer()))
                .put("comment", c.message());
        if (withTreeAndParents) {
            b.put("parents", new JsonArray(c.parents().stream().map(p -> (JsonValue) new JsonString(p.hex()))
                    .toList()));
        }
        return b.put("url", commitUrl(repo, c))
                .put("remoteUrl", wire.repoWeb(repo) + "/commit/" + c.id().hex())
                .build();
    }

    /** {@return a commit's {@code _links}: self, repository, changes, web, tree} */
    JsonObject commitLinks(Repository repo, Commit c) {
        String self = commitUrl(repo, c);
        return Wire.links("self", self, "repository", wire.repoUrl(repo), "changes", self + "/changes",
                "web", wire.repoWeb(repo) + "/commit/" + c.id().hex(),
                "tree", wire.repoUrl(repo) + "/trees/" + c.tree().hex());
    }

    String commitUrl(Repository repo, Commit c) {
        return wire.repoUrl(repo) + "/commits/" + c.id().hex();
    }

    /** {@return a GitPush} */
    JsonObject push(Repository repo, PushRecord push, boolean withCommits) {
        String self = wire.repoUrl(repo) + "/pushes/" + push.pushId();
        var b = JsonObject.builder();
        if (withCommits) {
            var commits = new java.util.ArrayList<JsonValue>();
            push.commits().forEach(c -> commits.add(0, commit(repo, c, true)));
            b.put("commits", new JsonArray(commits));
        }
        b.put("refUpdates", new JsonArray(push.refUpdates().stream().map(u -> (JsonValue) JsonObject.builder()
                        .put("repositoryId", repo.id().toString())
                        .put("name", u.name())
                        .put("oldObjectId", u.oldObjectId().hex())
                        .put("newObjectId", u.newObjectId().hex()).build()).toList()))
                .put("repository", wire.repository(repo, false))
                .put("pushedBy", wire.identity(push.pushedBy()))
                .put("pushId", push.pushId())
                .put("date", Wire.time(push.date()))
                .put("url", self)
                .put("_links", Wire.links("self", self, "repository", wire.repoUrl(repo),
                        "commits", self + "/commits", "pusher", wire.url("/_apis/Identities/" + push.pushedBy()),
                        "refs", wire.repoUrl(repo) + "/refs"));
        return b.build();
    }
}
