package ado.emulator.internal.git;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.wire.Wire;
import java.util.ArrayList;
import java.util.List;

/** Writes pull requests and their parts (reviewers, threads, comments, statuses, labels, iterations) as ADO does. */
final class PullRequestWire {

    private final Wire wire;
    private final boolean includeWorkItemRefs;

    PullRequestWire(Wire wire, boolean includeWorkItemRefs) {
        this.wire = wire;
        this.includeWorkItemRefs = includeWorkItemRefs;
    }

    /** {@return the pull request's REST URL} */
    String prUrl(PullRequest pr) {
        return wire.repoUrl(pr.repository()) + "/pullRequests/" + pr.id();
    }

    /** {@return a pull request as lists show it} */
    JsonObject summary(PullRequest pr) {
        return pullRequest(pr, false);
    }

    /** {@return a pull request as get, create and update return it} */
    JsonObject full(PullRequest pr) {
        return pullRequest(pr, true);
    }

    private JsonObject pullRequest(PullRequest pr, boolean full) {
        String repoUrl = wire.repoUrl(pr.repository());
        var b = JsonObject.builder()
                .put("repository", wire.repository(pr.repository(), false))
                .put("pullRequestId", pr.id())
                .put("codeReviewId", pr.id())
                .put("status", pr.status())
                .put("createdBy", wire.identity(pr.createdBy()))
                .put("creationDate", Wire.time(pr.created()));
        if (pr.closed() != null) {
            b.put("closedDate", Wire.time(pr.closed()));
        }
        b.put("title", pr.title())
                .put("description", pr.description())
                .put("sourceRefName", pr.sourceRefName())
                .put("targetRefName", pr.targetRefName())
                .put("mergeStatus", pr.mergeStatus())
                .put("isDraft", pr.draft())
                .put("mergeId", pr.mergeId().toString());
        if (pr.lastMergeSource() != null) {
            b.put("lastMergeSourceCommit", commitRef(pr.repository(), pr.lastMergeSource()));
            b.put("lastMergeTargetCommit", commitRef(pr.repository(), pr.lastMergeTarget()));
        }
        if (pr.lastMergeCommit() != null) {
            Commit c = pr.repository().objects().commit(pr.lastMergeCommit()).orElseThrow();
            b.put("lastMergeCommit", full ? new GitWire(wire).commit(pr.repository(), c, false)
                    : commitRef(pr.repository(), pr.lastMergeCommit()));
        }
        if (pr.closedBy() != null) {
            b.put("closedBy", wire.identity(pr.closedBy()));
        }
        b.put("reviewers", new JsonArray(reviewers(pr)));
        if (!pr.labels().isEmpty()) {
            b.put("labels", new JsonArray(pr.labels().stream().map(l -> (JsonValue) label(pr, l)).toList()));
        }
        if (pr.autoCompleteSetBy() != null) {
            b.put("autoCompleteSetBy", wire.identity(pr.autoCompleteSetBy()));
        }
        if (pr.completionOptions() != null) {
            b.put("completionOptions", pr.completionOptions().wire().toBuilder()
                    .put("mergeStrategy", pr.completionOptions().strategy().wire()).build());
        }
        if (full && includeWorkItemRefs || !pr.workItems().isEmpty() && full) {
            b.put("workItemRefs", new JsonArray(pr.workItems().stream().map(id -> (JsonValue) JsonObject.builder()
                    .put("id", String.valueOf(id)).put("url", wire.url("/_apis/wit/workItems/" + id)).build())
                    .toList()));
        }
        b.put("url", prUrl(pr));
        if (full) {
            String self = prUrl(pr);
            var links = new ArrayList<String>(List.of("self", self, "repository", repoUrl, "workItems",
                    self + "/workitems", "sourceBranch", repoUrl + "/refs", "targetBranch", repoUrl + "/refs"));
            if (pr.lastMergeSource() != null) {
                links.addAll(List.of("sourceCommit", repoUrl + "/commits/" + pr.lastMergeSource().hex(),
                        "targetCommit", repoUrl + "/commits/" + pr.lastMergeTarget().hex()));
            }
            links.addAll(List.of("createdBy", wire.url("/_apis/Identities/" + pr.createdBy()),
                    "iterations", self + "/iterations"));
            b.put("_links", Wire.links(links.toArray(String[]::new)));
        }
        b.put("supportsIterations", true);
        if (full) {
            b.put("artifactId", pr.artifactId());
        }
        if (pr.closed() != null) {
            b.put("completionQueueTime", Wire.time(pr.closed()));
        }
        return b.build();
    }

    private JsonObject commitRef(Repository repo, ObjectId id) {
        return JsonObject.builder().put("commitId", id.hex())
                .put("url", wire.repoUrl(repo) + "/commits/" + id.hex()).build();
    }

    List<JsonValue> reviewers(PullRequest pr) {
        return pr.reviewers().values().stream().map(r -> (JsonValue) reviewer(pr, r)).toList();
    }

    JsonObject reviewer(PullRequest pr, PullRequest.Reviewer r) {
        JsonObject identity = wire.identity(r.id());
        var b = JsonObject.builder().put("reviewerUrl", prUrl(pr) + "/reviewers/" + r.id())
                .put("vote", r.vote())
                .put("hasDeclined", r.declined())
                .put("isRequired", r.required())
                .put("isReapprove", r.reapprove())
                .put("isFlagged", false)
                .put("isContainer", false);
        identity.members().forEach(b::put);
        return b.build();
    }

    JsonObject thread(PullRequest pr, PullRequest.Thread t) {
        String self = prUrl(pr) + "/threads/" + t.id();
        return JsonObject.builder()
                .put("pullRequestThreadContext", t.pullRequestThreadContext())
                .put("id", t.id())
                .put("publishedDate", Wire.time(t.published()))
                .put("lastUpdatedDate", Wire.time(t.updated()))
                .put("comments", new JsonArray(t.comments().stream().map(c -> (JsonValue) comment(c)).toList()))
                .put("status", t.status())
                .put("threadContext", t.threadContext())
                .put("properties", JsonObject.EMPTY)
                .put("identities", JsonObject.EMPTY)
                .put("isDeleted", false)
                .put("_links", Wire.links("self", self, "repository", wire.repoUrl(pr.repository())))
                .build();
    }

    JsonObject comment(PullRequest.Comment c) {
        return JsonObject.builder()
                .put("id", c.id())
                .put("parentCommentId", c.parentId())
                .put("author", wire.identity(c.author()))
                .put("content", c.content())
                .put("publishedDate", Wire.time(c.published()))
                .put("lastUpdatedDate", Wire.time(c.updated()))
                .put("lastContentUpdatedDate", Wire.time(c.updated()))
                .put("commentType", "text")
                .put("usersLiked", JsonArray.EMPTY)
                .build();
    }

    JsonObject status(PullRequest pr, PullRequest.Status s) {
        var b = JsonObject.builder();
        if (s.properties() != null) {
            b.put("properties", s.properties());
        }
        if (s.iterationId() != null) {
            b.put("iterationId", s.iterationId());
        }
        return StatusWire.write(b, wire, s, prUrl(pr) + "/statuses/" + s.id(), wire.repoUrl(pr.repository())).build();
    }

    JsonObject label(PullRequest pr, PullRequest.Label l) {
        return JsonObject.builder().put("id", l.id().toString()).put("name", l.name()).put("active", true)
                .put("url", prUrl(pr) + "/labels/" + l.id()).build();
    }

    JsonObject iteration(PullRequest pr, PullRequest.Iteration i) {
        return JsonObject.builder()
                .put("id", i.id())
                .put("description", i.description())
                .put("author", wire.identity(i.author()))
                .put("createdDate", Wire.time(i.created()))
                .put("updatedDate", Wire.time(i.created()))
                .put("sourceRefCommit", JsonObject.builder().put("commitId", i.source().hex()).build())
                .put("targetRefCommit", JsonObject.builder().put("commitId", i.target().hex()).build())
                .put("commonRefCommit", JsonObject.builder().put("commitId", i.common().hex()).build())
                .put("hasMoreCommits", false)
                .put("reason", i.id() == 1 ? "create" : "push")
                .build();
    }
}
