package ado.benchmarks;

import ado.core.json.JsonArray;
import ado.core.json.JsonBoolean;
import ado.core.json.JsonCodec;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.model.JsonPatchOperation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Deterministic Azure DevOps payloads in the shape of the shared vectors (wit/WorkItems_*, git/PullRequests_*), with
 * realistic sizes: a 200-item work item batch (about 1 MB), a 1,000-pull-request list, a 500-operation JSON Patch.
 */
final class BenchData {

    private static final String ORG = "https://dev.azure.com/fabrikam";
    private static final String PROJECT = "Fabrikam-Fiber-Git";
    private static final UUID PROJECT_ID = UUID.fromString("a7573007-bbb3-4341-b726-0c4148a07853");
    private static final UUID REPO_ID = UUID.fromString("3411ebc1-d5aa-464f-9615-0b527bc66719");
    private static final String[] WORDS = ("customer sign in account microsoft authorization logic allow users "
            + "backlog item sprint release pipeline build agent queue retry timeout cache index query page token "
            + "dashboard widget chart report export import sync webhook service connection secret variable group "
            + "résumé naïve café déjà").split(" ");
    private static final String[] FIRST = {"Jamal", "Normal", "Johnnie", "Christie", "Chuck", "Kerstin", "Renée",
        "Tomás", "Aiko", "Priya", "Oluwaseun", "Mateusz", "Zoë", "Björn", "Ana", "Wei", "Fatima", "Liam", "Noah",
        "Sofía"};
    private static final String[] LAST = {"Hartnett", "Paulk", "Church", "Reese", "Schmidt", "Müller", "Dubois",
        "García", "Tanaka", "Sharma", "Adeyemi", "Kowalski", "Nguyen", "Johansson", "Silva", "Zhang", "Khan",
        "O'Brien", "Smith", "López"};

    private final Random random;
    private final List<JsonObject> people = new ArrayList<>();

    BenchData(long seed) {
        random = new Random(seed);
        for (int i = 0; i < 20; i++) {
            people.add(identity(i));
        }
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private String sha() {
        var sb = new StringBuilder(40);
        for (int i = 0; i < 40; i++) {
            sb.append(Character.forDigit(random.nextInt(16), 16));
        }
        return sb.toString();
    }

    private String words(int n) {
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private String date() {
        long seconds = 1_400_000_000L + random.nextInt(300_000_000);
        int digits = random.nextInt(8); // 0 to 7 fractional digits, as Azure DevOps writes them
        long nanos = 0;
        for (int i = 0; i < digits; i++) {
            nanos = nanos * 10 + 1 + random.nextInt(9);
        }
        for (int i = digits; i < 9; i++) {
            nanos *= 10;
        }
        return Instant.ofEpochSecond(seconds, nanos).toString();
    }

    private JsonObject link(String href) {
        return JsonObject.builder().put("href", href).build();
    }

    private JsonObject identity(int i) {
        UUID id = uuid();
        String name = FIRST[i] + " " + LAST[i];
        String descriptor = "aad." + UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString().replace("-", "");
        return JsonObject.builder()
                .put("displayName", name)
                .put("url", "https://vssps.dev.azure.com/fabrikam/_apis/Identities/" + id)
                .put("_links", JsonObject.builder().put("avatar",
                        link(ORG + "/_apis/GraphProfile/MemberAvatars/" + descriptor)).build())
                .put("id", id.toString())
                .put("uniqueName", FIRST[i].toLowerCase() + "@fabrikam.example")
                .put("imageUrl", ORG + "/_api/_common/identityImage?id=" + id)
                .put("descriptor", descriptor)
                .build();
    }

    private JsonObject person() {
        return people.get(random.nextInt(people.size()));
    }

    private String html(int approxChars) {
        var sb = new StringBuilder("<div>");
        while (sb.length() < approxChars) {
            sb.append("<p>").append(words(8 + random.nextInt(10))).append(" &amp; \"quoted\" ")
                    .append(words(5)).append(" \u2013 see <a href=\"").append(ORG).append("/_wiki/").append(
                            random.nextInt(1000)).append("\">wiki</a>.</p>\n");
        }
        return sb.append("</div>").toString();
    }

    // ------------------------------------------------------------------ work items

    JsonObject workItem(int id) {
        String[] types = {"Bug", "Task", "User Story", "Product Backlog Item", "Feature"};
        String[] states = {"New", "Active", "Resolved", "Closed"};
        String type = types[random.nextInt(types.length)];
        int rev = 1 + random.nextInt(30);
        int team = random.nextInt(8);
        int sprint = 1 + random.nextInt(40);
        var fields = JsonObject.builder()
                .put("System.Id", id)
                .put("System.AreaId", 3570 + team)
                .put("System.AreaPath", PROJECT + "\\Website\\Team " + team)
                .put("System.TeamProject", PROJECT)
                .put("System.NodeName", "Team " + team)
                .put("System.AreaLevel1", PROJECT)
                .put("System.AreaLevel2", "Website")
                .put("System.Rev", rev)
                .put("System.AuthorizedDate", date())
                .put("System.RevisedDate", "9999-01-01T00:00:00Z")
                .put("System.IterationId", 4000 + sprint)
                .put("System.IterationPath", PROJECT + "\\Sprint " + sprint)
                .put("System.IterationLevel1", PROJECT)
                .put("System.IterationLevel2", "Sprint " + sprint)
                .put("System.WorkItemType", type)
                .put("System.State", states[random.nextInt(states.length)])
                .put("System.Reason", words(3))
                .put("System.AssignedTo", person())
                .put("System.CreatedDate", date())
                .put("System.CreatedBy", person())
                .put("System.ChangedDate", date())
                .put("System.ChangedBy", person())
                .put("System.AuthorizedAs", person())
                .put("System.PersonId", 70000 + random.nextInt(9999))
                .put("System.Watermark", 1000 + random.nextInt(90000))
                .put("System.CommentCount", random.nextInt(12))
                .put("System.Title", words(6 + random.nextInt(8)))
                .put("System.BoardColumn", "Doing")
                .put("System.BoardColumnDone", random.nextBoolean())
                .put("Microsoft.VSTS.Common.Priority", 1 + random.nextInt(4))
                .put("Microsoft.VSTS.Common.Severity", "3 - Medium")
                .put("Microsoft.VSTS.Common.StateChangeDate", date())
                .put("Microsoft.VSTS.Common.ActivatedDate", date())
                .put("Microsoft.VSTS.Common.ActivatedBy", person().string("displayName").orElseThrow() + " <"
                        + person().string("uniqueName").orElseThrow() + ">") // the pre-IdentityRef string form
                .put("Microsoft.VSTS.Common.ValueArea", "Business")
                .put("Microsoft.VSTS.Scheduling.Effort", JsonNumber.of(new BigDecimal(random.nextInt(40) + ".5")))
                .put("Microsoft.VSTS.Scheduling.RemainingWork", JsonNumber.of(new BigDecimal("4.25")))
                .put("Microsoft.VSTS.Scheduling.StoryPoints", 1 + random.nextInt(13))
                .put("System.Description", html(300))
                .put("System.Tags", "client; sample; teamservices")
                .put("WEF_6CB513B6E70E43499D9FC94E5BBFB784_Kanban.Column", "Doing")
                .put("WEF_6CB513B6E70E43499D9FC94E5BBFB784_Kanban.Column.Done", false);
        if (type.equals("Bug")) {
            fields.put("Microsoft.VSTS.TCM.ReproSteps", html(250));
        }
        var relations = new ArrayList<JsonValue>();
        int count = 1 + random.nextInt(3);
        for (int r = 0; r < count; r++) {
            relations.add(relation());
        }
        String self = ORG + "/_apis/wit/workItems/" + id;
        var links = JsonObject.builder()
                .put("self", link(self))
                .put("workItemUpdates", link(self + "/updates"))
                .put("workItemRevisions", link(self + "/revisions"))
                .put("workItemComments", link(self + "/comments"))
                .put("html", link(ORG + "/web/wi.aspx?pcguid=" + PROJECT_ID + "&id=" + id))
                .put("workItemType", link(ORG + "/" + PROJECT_ID + "/_apis/wit/workItemTypes/" + type))
                .put("fields", link(ORG + "/_apis/wit/fields"))
                .build();
        var item = JsonObject.builder()
                .put("id", id)
                .put("rev", rev)
                .put("fields", fields.build())
                .put("relations", new JsonArray(relations))
                .put("_links", links)
                .put("url", self);
        if (random.nextInt(3) == 0) {
            item.put("commentVersionRef", JsonObject.builder().put("commentId", random.nextInt(9_000_000))
                    .put("version", 1).put("url", self + "/comments/1/versions/1").build());
        }
        return item.build();
    }

    private JsonObject relation() {
        int kind = random.nextInt(3);
        if (kind == 0) {
            return JsonObject.builder()
                    .put("rel", "AttachedFile")
                    .put("url", ORG + "/_apis/wit/attachments/" + uuid())
                    .put("attributes", JsonObject.builder()
                            .put("authorizedDate", date()).put("id", random.nextInt(100000))
                            .put("resourceCreatedDate", date()).put("resourceModifiedDate", date())
                            .put("revisedDate", "9999-01-01T00:00:00Z").put("resourceSize", random.nextInt(1 << 20))
                            .put("name", words(2).replace(' ', '-') + ".txt").build())
                    .build();
        } else if (kind == 1) {
            return JsonObject.builder()
                    .put("rel", "ArtifactLink")
                    .put("url", "vstfs:///Git/Commit/" + PROJECT_ID + "%2F" + REPO_ID + "%2F" + sha())
                    .put("attributes", JsonObject.builder().put("authorizedDate", date()).put("id", random.nextInt(9999))
                            .put("resourceCreatedDate", date()).put("revisedDate", "9999-01-01T00:00:00Z")
                            .put("name", "Fixed in Commit").build())
                    .build();
        }
        return JsonObject.builder()
                .put("rel", random.nextBoolean() ? "System.LinkTypes.Hierarchy-Forward" : "System.LinkTypes.Related")
                .put("url", ORG + "/_apis/wit/workItems/" + (100 + random.nextInt(5000)))
                .put("attributes", JsonObject.builder().put("isLocked", false).put("comment", words(4))
                        .put("name", "Child").build())
                .build();
    }

    /** {@return a Work Items_Get Work Items Batch response with {@code n} items} */
    byte[] workItemBatch(int n, JsonCodec writer) {
        var items = new ArrayList<JsonValue>(n);
        for (int i = 0; i < n; i++) {
            items.add(workItem(10_000 + i));
        }
        return writer.write(JsonObject.builder().put("count", n).put("value", new JsonArray(items)).build());
    }

    // ------------------------------------------------------------------ pull requests

    JsonObject pullRequest(int id) {
        String[] statuses = {"active", "active", "completed", "abandoned"};
        String[] merges = {"succeeded", "succeeded", "queued", "conflicts", "rejectedByPolicy"};
        String status = statuses[random.nextInt(statuses.length)];
        String prUrl = ORG + "/_apis/git/repositories/" + REPO_ID + "/pullRequests/" + id;
        var reviewers = new ArrayList<JsonValue>();
        int[] votes = {10, 5, 0, -5, -10};
        for (int r = 0, n = 1 + random.nextInt(4); r < n; r++) {
            JsonObject who = person();
            reviewers.add(who.toBuilder()
                    .put("reviewerUrl", prUrl + "/reviewers/" + who.string("id").orElseThrow())
                    .put("vote", votes[random.nextInt(votes.length)])
                    .put("hasDeclined", false)
                    .put("isFlagged", false)
                    .put("isRequired", random.nextBoolean())
                    .build());
        }
        var labels = new ArrayList<JsonValue>();
        for (int l = 0, n = random.nextInt(3); l < n; l++) {
            UUID tag = uuid();
            labels.add(JsonObject.builder().put("id", tag.toString()).put("name", words(1)).put("active", true)
                    .put("url", ORG + "/_apis/git/repositories/" + REPO_ID + "/pullRequests/" + id + "/labels/" + tag)
                    .build());
        }
        String commitUrl = ORG + "/_apis/git/repositories/" + REPO_ID + "/commits/";
        String source = sha();
        String target = sha();
        String merge = sha();
        JsonObject author = JsonObject.builder().put("name", person().string("displayName").orElseThrow())
                .put("email", person().string("uniqueName").orElseThrow()).put("date", date()).build();
        var pr = JsonObject.builder()
                .put("repository", JsonObject.builder()
                        .put("id", REPO_ID.toString()).put("name", PROJECT)
                        .put("url", ORG + "/_apis/git/repositories/" + REPO_ID)
                        .put("project", JsonObject.builder().put("id", PROJECT_ID.toString()).put("name", PROJECT)
                                .put("state", "wellFormed").put("visibility", "private").put("lastUpdateTime", date())
                                .build())
                        .build())
                .put("pullRequestId", id)
                .put("codeReviewId", id)
                .put("status", status)
                .put("createdBy", person())
                .put("creationDate", date())
                .put("title", words(4 + random.nextInt(8)))
                .put("description", "## " + words(3) + "\n\n- " + words(12) + "\n- " + words(10) + "\n\nFixes AB#"
                        + random.nextInt(9999))
                .put("sourceRefName", "refs/heads/users/" + FIRST[random.nextInt(20)].toLowerCase() + "/" + words(1))
                .put("targetRefName", "refs/heads/main")
                .put("mergeStatus", merges[random.nextInt(merges.length)])
                .put("isDraft", random.nextInt(5) == 0)
                .put("mergeId", uuid().toString())
                .put("lastMergeSourceCommit", JsonObject.builder().put("commitId", source)
                        .put("url", commitUrl + source).build())
                .put("lastMergeTargetCommit", JsonObject.builder().put("commitId", target)
                        .put("url", commitUrl + target).build())
                .put("lastMergeCommit", JsonObject.builder().put("commitId", merge).put("author", author)
                        .put("committer", author).put("comment", "Merge pull request " + id)
                        .put("url", commitUrl + merge).build())
                .put("reviewers", new JsonArray(reviewers))
                .put("labels", new JsonArray(labels))
                .put("url", prUrl)
                .put("supportsIterations", true)
                .put("artifactId", "vstfs:///Git/PullRequestId/" + PROJECT_ID + "%2f" + REPO_ID + "%2f" + id);
        if (!status.equals("active")) {
            pr.put("closedDate", date()).put("closedBy", person());
        }
        if (status.equals("completed") || random.nextInt(4) == 0) {
            pr.put("completionOptions", JsonObject.builder()
                    .put("mergeStrategy", random.nextBoolean() ? "squash" : "noFastForward")
                    .put("deleteSourceBranch", true).put("transitionWorkItems", true)
                    .put("mergeCommitMessage", "Merged PR " + id + ": " + words(5)).build());
            pr.put("autoCompleteSetBy", person());
            pr.put("completionQueueTime", date());
        }
        return pr.build();
    }

    /** {@return a Pull Requests_Get Pull Requests response with {@code n} pull requests} */
    byte[] pullRequestList(int n, JsonCodec writer) {
        var prs = new ArrayList<JsonValue>(n);
        for (int i = 0; i < n; i++) {
            prs.add(pullRequest(1 + i));
        }
        return writer.write(JsonObject.builder().put("count", n).put("value", new JsonArray(prs)).build());
    }

    /** {@return the {@code n} pull requests of a list cut into pages of {@code size}, each a {count, value} body} */
    List<byte[]> pullRequestPages(int n, int size, JsonCodec writer) {
        var pages = new ArrayList<byte[]>();
        var prs = new ArrayList<JsonValue>(size);
        for (int i = 0; i < n; i++) {
            prs.add(pullRequest(1 + i));
            if (prs.size() == size || i == n - 1) {
                pages.add(envelope(prs, writer));
                prs.clear();
            }
        }
        return pages;
    }

    private static byte[] envelope(List<JsonValue> items, JsonCodec writer) {
        return writer.write(JsonObject.builder().put("count", items.size()).put("value", new JsonArray(items))
                .build());
    }

    // ------------------------------------------------------------------ projects and builds

    /** {@return a Projects_List response with {@code n} projects (a small, per-call-overhead-sized body)} */
    byte[] projectList(int n, JsonCodec writer) {
        var projects = new ArrayList<JsonValue>(n);
        for (int i = 0; i < n; i++) {
            UUID id = uuid();
            projects.add(JsonObject.builder()
                    .put("id", id.toString())
                    .put("name", i == 0 ? PROJECT : "Project " + i)
                    .put("description", words(6))
                    .put("url", ORG + "/_apis/projects/" + id)
                    .put("state", "wellFormed")
                    .put("revision", 400 + random.nextInt(100))
                    .put("visibility", "private")
                    .put("lastUpdateTime", date())
                    .build());
        }
        return envelope(projects, writer);
    }

    /** {@return a Builds_List item: the commonly read members of a build, with two identities} */
    JsonObject build(int id) {
        String[] statuses = {"completed", "completed", "inProgress", "notStarted"};
        String[] results = {"succeeded", "succeeded", "failed", "partiallySucceeded", "canceled"};
        int definition = 1 + random.nextInt(20);
        return JsonObject.builder()
                .put("id", id)
                .put("buildNumber", "20261127." + id)
                .put("status", statuses[random.nextInt(statuses.length)])
                .put("result", results[random.nextInt(results.length)])
                .put("queueTime", date())
                .put("startTime", date())
                .put("finishTime", date())
                .put("url", ORG + "/" + PROJECT_ID + "/_apis/build/Builds/" + id)
                .put("definition", JsonObject.builder().put("id", definition).put("name", "CI " + definition)
                        .put("url", ORG + "/" + PROJECT_ID + "/_apis/build/Definitions/" + definition)
                        .put("path", "\\").put("type", "build").put("queueStatus", "enabled").put("revision", 3)
                        .build())
                .put("sourceBranch", "refs/heads/" + words(1))
                .put("sourceVersion", sha())
                .put("priority", "normal")
                .put("reason", "individualCI")
                .put("requestedFor", person())
                .put("requestedBy", person())
                .put("lastChangedDate", date())
                .put("keepForever", false)
                .put("retainedByRelease", false)
                .build();
    }

    /** {@return {@code n} builds cut into pages of {@code size}, each a {count, value} body} */
    List<byte[]> buildPages(int n, int size, JsonCodec writer) {
        var pages = new ArrayList<byte[]>();
        var builds = new ArrayList<JsonValue>(size);
        for (int i = 0; i < n; i++) {
            builds.add(build(5000 + i));
            if (builds.size() == size || i == n - 1) {
                pages.add(envelope(builds, writer));
                builds.clear();
            }
        }
        return pages;
    }

    // ------------------------------------------------------------------ JSON Patch

    /** {@return a work item update of {@code n} operations, starting with the usual {@code test /rev}} */
    List<JsonPatchOperation> patch(int n) {
        var ops = new ArrayList<JsonPatchOperation>(n);
        ops.add(JsonPatchOperation.test("/rev", JsonNumber.of(7)));
        while (ops.size() < n) {
            int kind = random.nextInt(20);
            if (kind < 12) {
                ops.add(JsonPatchOperation.add("/fields/Custom.Field" + random.nextInt(200),
                        JsonString.of(words(3 + random.nextInt(10)))));
            } else if (kind < 14) {
                ops.add(JsonPatchOperation.add("/fields/Microsoft.VSTS.Scheduling.RemainingWork",
                        JsonNumber.of(new BigDecimal(random.nextInt(100) + ".25"))));
            } else if (kind < 16) {
                ops.add(JsonPatchOperation.add("/fields/System.AssignedTo", person()));
            } else if (kind < 18) {
                ops.add(JsonPatchOperation.add("/relations/-", relation()));
            } else if (kind < 19) {
                ops.add(JsonPatchOperation.replace("/fields/System.BoardColumnDone", JsonBoolean.of(true)));
            } else {
                ops.add(JsonPatchOperation.remove("/relations/" + random.nextInt(5)));
            }
        }
        return ops;
    }
}
