package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonArray;
import ado.core.json.JsonNull;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Sends the request of each Microsoft example the emulator serves (mapped onto the seeded data) and checks that the
 * response has the example's JSON shape (see {@link Shapes}). Which vectors are covered, and why the others are not,
 * is listed in {@code src/test/resources/conformance-coverage.md}; extra keys go to
 * {@code target/conformance-extras.txt}.
 */
class ConformanceTest {

    private static final Path VECTORS = Path.of(System.getProperty("ado.vectors", "../testdata/ado-vectors"));
    private static final Path COVERAGE = Path.of("src/test/resources/conformance-coverage.md");
    /** The vector areas whose operations the emulator serves; every vector in them is listed in the coverage file. */
    private static final Set<String> SERVED_AREAS = Set.of("core", "git", "profile", "build",
            "approvalsAndChecks", "distributedTask", "work", "wit", "graph", "ims");
    private static final String REPO = "/Fabrikam-Fiber-Git/_apis/git/repositories/Fabrikam-Fiber-Git";
    private static final String ZERO = "0".repeat(40);
    private static final List<String> EXTRAS = new ArrayList<>();

    private static AdoEmulator emulator;
    private static Raw raw;

    /** One vector: the request to send for it, and keys of the example the emulator leaves out on purpose. */
    record Case(String vector, String method, String path, String body, Set<String> allowedMissing) {
        static Case get(String vector, String path, String... allowedMissing) {
            return new Case(vector, "GET", path, null, Set.of(allowedMissing));
        }
    }

    @BeforeAll
    static void start() {
        emulator = AdoEmulator.start();
        raw = new Raw(emulator);
    }

    @AfterAll
    static void stop() throws IOException {
        emulator.close();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/conformance-extras.txt"), EXTRAS);
    }

    @TestFactory
    Stream<DynamicTest> servedVectors_responses_haveExampleShape() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.vector(), () -> check(c, Map.of())));
    }

    @TestFactory
    Stream<DynamicTest> pushVectors_replayedInOrder_haveExampleShape() {
        String repo = "/Fabrikam-Fiber-Git/_apis/git/repositories/AnotherRepository/pushes";
        Map<String, String> ids = new HashMap<>();
        ids.put(ZERO, ZERO);
        return Stream.of("initial-commit-create-a-new-branch", "add-a-text-file", "add-a-binary-file",
                        "update-a-file", "delete-a-file", "rename-a-file", "move-a-file", "multiple-changes",
                        "update-a-file-in-a-new-branch")
                .map(slug -> DynamicTest.dynamicTest("Pushes_Create--" + slug, () -> {
                    JsonObject vector = vector("git/Pushes_Create--" + slug + ".json");
                    String body = vector.get("request").toJson();
                    for (var e : ids.entrySet()) {
                        body = body.replace(e.getKey(), e.getValue());
                    }
                    JsonObject ours = check(new Case("git/Pushes_Create--" + slug + ".json", "POST", repo, body,
                            Set.of()), ids);
                    ids.put(firstCommitId((JsonObject) vector.get("response")), firstCommitId(ours));
                }));
    }

    @TestFactory
    Stream<DynamicTest> pullRequestVectors_inLifecycleOrder_haveExampleShape() {
        String prs = "/_apis/git/repositories/" + emulator.git().repositoryId("Fabrikam-Fiber-Git",
                "Fabrikam-Fiber-Git") + "/pullRequests";
        String pr = prs + "/1";
        JsonObject members = raw.json("/_apis/projects/Fabrikam-Fiber-Git/teams/" + enc("Quality assurance")
                + "/members", 200);
        String grace = memberId(members, "Grace Hopper");
        String alan = memberId(members, "Alan Turing");
        String login = "refs/heads/conformance/source";
        String target = "refs/heads/conformance/target";
        String git = "Fabrikam-Fiber-Git";
        Raw.json(raw.post(REPO + "/refs", "[{\"name\":\"" + login + "\",\"oldObjectId\":\"" + ZERO
                + "\",\"newObjectId\":\"" + emulator.git().ref(git, git, "refs/heads/feature/login").orElseThrow()
                + "\"},{\"name\":\"" + target + "\",\"oldObjectId\":\"" + ZERO + "\",\"newObjectId\":\""
                + emulator.git().ref(git, git, "refs/heads/main").orElseThrow() + "\"}]"), 200);
        List<Case> cases = List.of(
                new Case("git/PullRequests_Create.json", "POST", prs, "{\"sourceRefName\":\"" + login
                        + "\",\"targetRefName\":\"" + target + "\",\"title\":\"A new feature\","
                        + "\"description\":\"Adding a new feature\",\"reviewers\":[{\"id\":\"" + grace + "\"}]}",
                        Set.of()),
                Case.get("git/PullRequests_GetPullRequestById.json", pr),
                Case.get("git/PullRequests_GetPullRequests--pull-requests-by-repository.json", prs),
                Case.get("git/PullRequests_GetPullRequests--targeting-a-specific-branch.json",
                        prs + "?searchCriteria.targetRefName=" + target),
                Case.get("git/PullRequestReviewers_List.json", pr + "/reviewers"),
                new Case("git/PullRequestReviewers_CreatePullRequestReviewer--add-a-reviewer.json", "PUT",
                        pr + "/reviewers/" + alan, "{\"vote\":0,\"id\":\"" + alan + "\"}", Set.of()),
                new Case("git/PullRequestReviewers_CreatePullRequestReviewer--set-vote.json", "PUT",
                        pr + "/reviewers/" + grace, "{\"vote\":10,\"id\":\"" + grace + "\"}", Set.of()),
                replay("git/PullRequestThreads_Create--comment-on-the-pull-request.json", "POST", pr + "/threads"),
                replay("git/PullRequestThreads_Create--comment-on-a-specific-file-in-the-pull-request.json", "POST",
                        pr + "/threads"),
                replay("git/PullRequestThreadComments_Create.json", "POST", pr + "/threads/1/comments"),
                replay("git/PullRequestStatuses_Create--on-pull-request.json", "POST", pr + "/statuses"),
                replay("git/PullRequestStatuses_Create--on-iteration.json", "POST", pr + "/statuses"),
                replay("git/PullRequestStatuses_Create--with-properties.json", "POST", pr + "/statuses"),
                replay("git/PullRequestIterationStatuses_Create.json", "POST", pr + "/iterations/1/statuses"),
                replay("git/PullRequestProperties_Update--add-properties.json", "PATCH", pr + "/properties"),
                replay("git/PullRequestProperties_Update--remove-and-replace-properties.json", "PATCH",
                        pr + "/properties"),
                new Case("push to the source branch", "POST", REPO + "/pushes", null, Set.of()),
                Case.get("git/PullRequestIterations_List.json", pr + "/iterations"),
                Case.get("git/PullRequestIterationChanges_Get--changes-in-a-specific-iteration.json",
                        pr + "/iterations/2/changes"),
                Case.get("git/PullRequestIterationChanges_Get--changes-since-an-earlier-iteration.json",
                        pr + "/iterations/2/changes?$compareTo=1"),
                Case.get("git/PullRequestCommits_GetPullRequestCommits.json", pr + "/commits"),
                new Case("complete the pull request", "PATCH", pr, "{\"status\":\"completed\"}", Set.of()),
                Case.get("git/PullRequests_GetPullRequests--just-completed-pull-requests.json",
                        prs + "?searchCriteria.status=completed"));
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.vector(), () -> {
            if (c.vector().equals("push to the source branch")) {
                String head = emulator.git().ref("Fabrikam-Fiber-Git", "Fabrikam-Fiber-Git", login).orElseThrow();
                Raw.json(raw.post(c.path(), "{\"refUpdates\":[{\"name\":\"" + login + "\",\"oldObjectId\":\""
                        + head + "\"}],\"commits\":[{\"comment\":\"Login v2\",\"changes\":[{\"changeType\":\"edit\","
                        + "\"item\":{\"path\":\"/src/app/Login.java\"},\"newContent\":{\"content\":\"x\","
                        + "\"contentType\":\"rawtext\"}}]}]}"), 201);
            } else if (c.vector().equals("complete the pull request")) {
                Raw.json(raw.send("PATCH", c.path(), c.body()), 200);
            } else {
                check(c, Map.of());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> buildVectors_inLifecycleOrder_haveExampleShape() {
        return new BuildConformance(emulator, raw, c -> check(c, Map.of())).tests();
    }

    /** {@return member {@code part} of vector {@code name}, as JSON text} */
    static String vectorPart(String name, String part) {
        return vector(name).get(part).toJson();
    }

    private static Case replay(String vector, String method, String path) {
        return new Case(vector, method, path, vector(vector).get("request").toJson(), Set.of());
    }

    private static String memberId(JsonObject members, String displayName) {
        return ((JsonArray) members.get("value")).values().stream()
                .map(v -> (JsonObject) ((JsonObject) v).get("identity"))
                .filter(i -> i.string("displayName").orElseThrow().equals(displayName))
                .findFirst().orElseThrow().string("id").orElseThrow();
    }

    /** WIQL needs work items, which the seeded emulator does not have yet: this one reads a view of its own. */
    @Test
    void wiqlQueryByIdVector_treeQuery_hasExampleShape() {
        String hierarchy = "System.LinkTypes.Hierarchy-Forward";
        var view = new ado.emulator.internal.wiql.TestWorkItems()
                .add(1, "Fabrikam-Fiber-Git", Map.of("System.WorkItemType", "Epic", "System.Title", "Checkout"))
                .add(2, "Fabrikam-Fiber-Git", Map.of("System.WorkItemType", "Feature", "System.Title", "Card"))
                .add(3, "Fabrikam-Fiber-Git", Map.of("System.WorkItemType", "Feature", "System.Title", "Voucher"))
                .add(4, "Fabrikam-Fiber-Git", Map.of("System.WorkItemType", "Epic", "System.Title", "Search"))
                .link(1, 2, hierarchy).link(1, 3, hierarchy);
        String wiql = "SELECT [System.Id], [System.WorkItemType], [System.Title], [System.AssignedTo], "
                + "[System.State] FROM WorkItemLinks WHERE [Source].[System.TeamProject] = @project AND "
                + "[System.Links.LinkType] = '" + hierarchy + "' MODE (Recursive)";
        try (AdoEmulator own = AdoEmulator.builder().workItemView(view).start()) {
            Raw via = new Raw(own);
            String id = Raw.json(via.post("/Fabrikam-Fiber-Git/_apis/wit/queries/Shared%20Queries",
                    JsonObject.builder().put("name", "Tree").put("wiql", wiql).build().toJson()), 200)
                    .string("id").orElseThrow();

            JsonObject result = check(via, Case.get("wit/Wiql_QueryById.json", "/Fabrikam-Fiber-Git/_apis/wit/wiql/"
                    + id));

            assertThat(((JsonArray) result.get("workItemRelations")).size()).isEqualTo(4);
        }
    }

    @TestFactory
    Stream<DynamicTest> planningVectors_inOrder_haveExampleShape() {
        String web = "/Contoso-Web/_apis/wit/classificationnodes";
        String git = "/Fabrikam-Fiber-Git/_apis";
        String team = "/Contoso-Web/_apis/work/teamsettings";
        Map<String, String> ids = new HashMap<>();
        List<Runnable> steps = new ArrayList<>();
        List<String> names = new ArrayList<>();
        java.util.function.BiConsumer<String, Runnable> step = (name, action) -> {
            names.add(name);
            steps.add(action);
        };
        step.accept("wit/ClassificationNodes_CreateOrUpdate--create-an-area.json", () -> ids.put("web",
                id(check(replay("wit/ClassificationNodes_CreateOrUpdate--create-an-area.json", "POST",
                        web + "/Areas"), Map.of()))));
        step.accept("wit/ClassificationNodes_Get--get-an-area.json",
                () -> check(Case.get("wit/ClassificationNodes_Get--get-an-area.json", web + "/Areas/Web"), Map.of()));
        step.accept("wit/ClassificationNodes_CreateOrUpdate--create-an-iteration.json", () -> ids.put("final",
                id(check(replay("wit/ClassificationNodes_CreateOrUpdate--create-an-iteration.json", "POST",
                        web + "/Iterations"), Map.of()))));
        step.accept("wit/ClassificationNodes_Get--get-an-iteration.json", () -> check(Case.get(
                "wit/ClassificationNodes_Get--get-an-iteration.json", web + "/Iterations/Final%20Iteration"), Map.of()));
        step.accept("wit/ClassificationNodes_CreateOrUpdate--move-an-area-node.json", () -> {
            Raw.json(raw.post(web + "/Areas", "{\"name\":\"Parent Area\"}"), 201);
            check(new Case("wit/ClassificationNodes_CreateOrUpdate--move-an-area-node.json", "POST",
                    web + "/Areas/Parent%20Area", "{\"id\":" + ids.get("web") + "}", Set.of()), Map.of());
        });
        step.accept("wit/ClassificationNodes_CreateOrUpdate--move-an-iteration-node.json", () -> {
            Raw.json(raw.post(web + "/Iterations", "{\"name\":\"Parent Iteration\"}"), 201);
            check(new Case("wit/ClassificationNodes_CreateOrUpdate--move-an-iteration-node.json", "POST",
                    web + "/Iterations/Parent%20Iteration", "{\"id\":" + ids.get("final") + "}", Set.of()),
                    Map.of());
        });
        step.accept("wit/WorkItemTypes_List.json",
                () -> check(Case.get("wit/WorkItemTypes_List.json", git + "/wit/workitemtypes"), Map.of()));
        step.accept("wit/WorkItemTypes_Get.json",
                () -> check(Case.get("wit/WorkItemTypes_Get.json", git + "/wit/workitemtypes/Bug",
                        "actions[]: the example has elements, the response none"), Map.of()));
        step.accept("work/Teamsettings_Get.json",
                () -> check(Case.get("work/Teamsettings_Get.json", git + "/work/teamsettings"), Map.of()));
        step.accept("work/Teamsettings_Update--update-team-settings-example-1.json", () -> {
            String sprint3 = raw.json(web + "/Iterations/Sprint%203", 200).string("identifier").orElseThrow();
            String body = vector("work/Teamsettings_Update--update-team-settings-example-1.json").get("request")
                    .toJson().replace("8C2457E8-8936-4CDC-B3AA-17B20F56C76C", sprint3);
            check(new Case("work/Teamsettings_Update--update-team-settings-example-1.json", "PATCH", team, body,
                    Set.of()), Map.of());
        });
        step.accept("work/Teamsettings_Update--update-team-settings-example-2.json", () -> check(replay(
                "work/Teamsettings_Update--update-team-settings-example-2.json", "PATCH", team), Map.of()));
        step.accept("work/Iterations_List--all-team-iterations.json", () -> check(Case.get(
                "work/Iterations_List--all-team-iterations.json", git + "/work/teamsettings/iterations"),
                ConformanceTest::valuesAsValue));
        step.accept("work/Iterations_List--get-a-team-s-iterations-using-timeframe-filter.json", () -> check(
                Case.get("work/Iterations_List--get-a-team-s-iterations-using-timeframe-filter.json",
                        git + "/work/teamsettings/iterations?$timeframe=current"), ConformanceTest::valuesAsValue));
        step.accept("work/Iterations_PostTeamIteration.json", () -> {
            JsonObject sprint4 = Raw.json(raw.post(web + "/Iterations", "{\"name\":\"Sprint 4\"}"), 201);
            check(new Case("work/Iterations_PostTeamIteration.json", "POST", team + "/iterations",
                    "{\"id\":\"" + sprint4.string("identifier").orElseThrow() + "\"}", Set.of()), Map.of());
        });
        step.accept("work/Teamfieldvalues_Get.json", () -> check(Case.get("work/Teamfieldvalues_Get.json",
                git + "/work/teamsettings/teamfieldvalues"), Map.of()));
        step.accept("work/Capacities_GetCapacitiesWithIdentityRefAndTotals.json", () -> {
            String sprint1 = raw.json("/Fabrikam-Fiber-Git/_apis/wit/classificationnodes/Iterations/Sprint%201", 200)
                    .string("identifier").orElseThrow();
            check(Case.get("work/Capacities_GetCapacitiesWithIdentityRefAndTotals.json",
                    "/Fabrikam-Fiber-Git/Quality%20assurance/_apis/work/teamsettings/iterations/" + sprint1
                            + "/capacities"),
                    v -> JsonObject.builder().put("teamMembers", ((JsonObject) v).get("value")).build());
        });
        step.accept("work/Iterations_GetIterationWorkItems.json", () -> {
            String sprint1 = raw.json("/Fabrikam-Fiber-Git/_apis/wit/classificationnodes/Iterations/Sprint%201", 200)
                    .string("identifier").orElseThrow();
            String inSprint = "{\"op\":\"add\",\"path\":\"/fields/System.IterationPath\","
                    + "\"value\":\"Fabrikam-Fiber-Git\\\\Sprint 1\"}";
            int parent = Integer.parseInt(Raw.json(raw.post("/Fabrikam-Fiber-Git/_apis/wit/workitems/$User%20Story", "[{\"op\":\"add\","
                    + "\"path\":\"/fields/System.Title\",\"value\":\"Sign in\"}," + inSprint + "]"), 200)
.get("id").toJson());
            Raw.json(raw.post("/Fabrikam-Fiber-Git/_apis/wit/workitems/$Task", "[{\"op\":\"add\","
                    + "\"path\":\"/fields/System.Title\",\"value\":\"Sign-in form\"}," + inSprint + ",{\"op\":"
                    + "\"add\",\"path\":\"/relations/-\",\"value\":{\"rel\":\"System.LinkTypes.Hierarchy-Reverse\","
                    + "\"url\":\"" + emulator.url() + "/_apis/wit/workItems/" + parent + "\"}}]"), 200);

            JsonObject items = check(Case.get("work/Iterations_GetIterationWorkItems.json",
                    "/Fabrikam-Fiber-Git/Quality%20assurance/_apis/work/teamsettings/iterations/" + sprint1
                            + "/workitems"), ConformanceTest::parentRelationOnly);

            JsonArray relations = (JsonArray) items.get("workItemRelations");
            assertThat(relations.size()).isEqualTo(2);
            JsonObject child = (JsonObject) relations.get(1);
            assertThat(child.string("rel")).contains("System.LinkTypes.Hierarchy-Forward");
            assertThat(child.get("source")).isInstanceOf(JsonObject.class);
        });
        return java.util.stream.IntStream.range(0, steps.size())
                .mapToObj(i -> DynamicTest.dynamicTest(names.get(i), () -> steps.get(i).run()));
    }

    /**
     * The example's relations mix a parent (no {@code rel}, no {@code source}) and a child; elements are compared
     * with the shape they share, so the view keeps the parent's shape and the test checks the child's members.
     */
    private static JsonValue parentRelationOnly(JsonValue v) {
        JsonObject o = (JsonObject) v;
        JsonArray relations = (JsonArray) o.get("workItemRelations");
        return o.toBuilder().put("workItemRelations", new JsonArray(List.of(relations.get(0)))).build();
    }

    /** The examples of team iterations were recorded with v2.0-preview, which named the array {@code values}. */
    private static JsonValue valuesAsValue(JsonValue v) {
        return JsonObject.builder().put("value", ((JsonObject) v).get("values")).build();
    }

    private static String id(JsonObject node) {
        return node.get("id").toJson();
    }

    @Test
    void coverageList_namesEveryCopiedVector() throws IOException {
        String coverage = Files.readString(COVERAGE);
        var files = new TreeSet<String>();
        try (Stream<Path> paths = Files.walk(VECTORS)) {
            paths.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> SERVED_AREAS.contains(VECTORS.relativize(p).getName(0).toString()))
                    .forEach(p -> files.add(VECTORS.relativize(p).toString().replace('\\', '/')));
        }

        assertThat(files).allSatisfy(f -> assertThat(coverage).contains(f));
    }

    @TestFactory
    Stream<DynamicTest> graphAndIdentityVectors_onTheVsspsListener_haveExampleShape() {
        Raw vssps = new Raw(emulator, emulator.serviceUrl(ado.core.AdoClient.Service.VSSPS));
        JsonObject groups = vssps.json("/_apis/graph/groups", 200);
        String contributors = descriptorOf(groups, "[Fabrikam-Fiber-Git]\\Contributors");
        String valid = descriptorOf(groups, "[" + emulator.organization() + "]\\Project Collection Valid Users");
        JsonObject users = vssps.json("/_apis/graph/users", 200);
        String ada = descriptorOf(users, "ada@fabrikam.example");
        String adaId = vssps.json("/_apis/identities?subjectDescriptors=" + ada, 200).get("value") instanceof JsonArray a
                ? ((JsonObject) a.get(0)).string("id").orElseThrow() : "";
        JsonObject validIdentity = (JsonObject) Raw.value(vssps.json("/_apis/identities?subjectDescriptors=" + valid,
                200)).get(0);
        Raw.json(vssps.send("PUT", "/_apis/graph/memberships/" + contributors + "/" + valid, null), 200);
        Set<String> userProperties = Set.of("DN", "SpecialType", "Alias", "PUID", "ComplianceValidated",
                "objectidentifier", "MetadataUpdateDate", "DirectoryAlias");
        Set<String> groupProperties = Set.of("SpecialType", "ScopeId", "ScopeType", "LocalScopeId", "SecuringHostId",
                "ScopeName", "GlobalScope", "VirtualPlugin", "IsCrossProject", "RestrictedVisible");
        var identityMissing = new java.util.HashSet<String>(userProperties);
        identityMissing.addAll(groupProperties);
        String[] missing = identityMissing.toArray(String[]::new);
        List<Case> cases = List.of(
                Case.get("graph/Users_List.json", "/_apis/graph/users"),
                Case.get("graph/Groups_List.json", "/_apis/graph/groups"),
                Case.get("graph/Descriptors_Get.json", "/_apis/graph/descriptors/" + adaId),
                Case.get("graph/Memberships_List--all-groups-for-a-user.json", "/_apis/graph/memberships/" + ada),
                Case.get("graph/Memberships_List--all-groups-for-a-group.json",
                        "/_apis/graph/memberships/" + contributors),
                Case.get("graph/Memberships_List--all-members-of-a-group.json",
                        "/_apis/graph/memberships/" + contributors + "?direction=Down"),
                replay("graph/Users_Create--add-a-msa-user-by-upn.json", "POST", "/_apis/graph/users"),
                replay("graph/Users_Create--add-an-aad-user-by-upn.json", "POST", "/_apis/graph/users"),
                replay("graph/Users_Create--add-an-aad-user-by-oid.json", "POST", "/_apis/graph/users"),
                replay("graph/Users_Create--add-an-aad-user-with-a-custom-storage-key.json", "POST",
                        "/_apis/graph/users"),
                replay("graph/Users_Create--add-an-aad-user-as-member-of-a-group.json", "POST",
                        "/_apis/graph/users?groupDescriptors=" + contributors),
                Case.get("ims/Identities_ReadIdentities--by-email.json",
                        "/_apis/identities?searchFilter=General&filterValue=grace@fabrikam.example"
                                + "&queryMembership=None", missing),
                Case.get("ims/Identities_ReadIdentities--by-name.json",
                        "/_apis/identities?searchFilter=General&filterValue=" + enc("Project Collection Valid Users")
                                + "&queryMembership=None", missing),
                Case.get("ims/Identities_ReadIdentities--by-identitydescriptors.json", "/_apis/identities?descriptors="
                        + enc(identityDescriptor(vssps, ada) + "," + validIdentity.string("descriptor").orElseThrow())
                        + "&queryMembership=None", missing),
                Case.get("ims/Identities_ReadIdentities--by-ids.json", "/_apis/identities?identityIds=" + adaId + ","
                        + validIdentity.string("id").orElseThrow() + "&queryMembership=None", missing),
                Case.get("ims/Identities_ReadIdentities--by-subject-descriptors.json",
                        "/_apis/identities?subjectDescriptors=" + ada + "," + valid + "&queryMembership=None", missing));
        Stream<DynamicTest> shaped = cases.stream().map(c -> DynamicTest.dynamicTest(c.vector(),
                () -> check(vssps, c)));
        Stream<DynamicTest> special = Stream.of(
                DynamicTest.dynamicTest("graph/Memberships_CheckMembershipExistence.json", () -> {
                    var head = Raw.send(vssps.request("/_apis/graph/memberships/" + ada + "/" + contributors)
                            .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
                    assertThat(head.statusCode()).isEqualTo(Integer.parseInt(
                            vector("graph/Memberships_CheckMembershipExistence.json").get("responseStatus").toJson()));
                }),
                DynamicTest.dynamicTest("graph/SubjectLookup_LookupSubjects.json", () -> {
                    JsonObject v = vector("graph/SubjectLookup_LookupSubjects.json");
                    JsonObject ours = Raw.json(vssps.post("/_apis/graph/subjectlookup", "{\"lookupKeys\":[{"
                            + "\"descriptor\":\"" + contributors + "\"},{\"descriptor\":\"" + ada + "\"}]}"), 200);
                    JsonObject expected = (JsonObject) ((JsonObject) v.get("response")).get("value");
                    JsonObject actual = (JsonObject) ours.get("value");
                    assertThat(actual.members()).hasSize(expected.members().size());
                    for (JsonValue example : expected.members().values()) {
                        String kind = ((JsonObject) example).string("subjectKind").orElseThrow();
                        var report = Shapes.compare(example, actual.get(kind.equals("group") ? contributors : ada));
                        assertThat(report.mismatched()).as(kind).isEmpty();
                        assertThat(report.missing()).as(kind).isEmpty();
                    }
                }));
        return Stream.concat(shaped, special);
    }

    private static String descriptorOf(JsonObject envelope, String principalName) {
        return Raw.value(envelope).values().stream().map(JsonObject.class::cast)
                .filter(o -> o.string("principalName").orElseThrow().equalsIgnoreCase(principalName))
                .findFirst().orElseThrow(() -> new AssertionError("no subject " + principalName))
                .string("descriptor").orElseThrow();
    }

    private static String identityDescriptor(Raw vssps, String subjectDescriptor) {
        return ((JsonObject) Raw.value(vssps.json("/_apis/identities?subjectDescriptors=" + subjectDescriptor, 200))
                .get(0)).string("descriptor").orElseThrow();
    }

    private static JsonObject check(Case c, Map<String, String> unused) {
        return check(raw, c, java.util.function.UnaryOperator.identity());
    }

    private static JsonObject check(Raw via, Case c) {
        return check(via, c, java.util.function.UnaryOperator.identity());
    }

    private static JsonObject check(Case c, java.util.function.UnaryOperator<JsonValue> expectedView) {
        return check(raw, c, expectedView);
    }

    /** Sends {@code c} through {@code via} and checks the answer against the example's response as {@code expectedView} rewrites it. */
    private static JsonObject check(Raw via, Case c, java.util.function.UnaryOperator<JsonValue> expectedView) {
        JsonObject vector = vector(c.vector());
        HttpRequest.Builder request = via.request(c.path());
        if (c.body() != null) {
            request.header("Content-Type", "application/json")
                    .method(c.method(), HttpRequest.BodyPublishers.ofString(c.body()));
        } else {
            request.method(c.method(), HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = Raw.send(request.build());
        int status = Integer.parseInt(vector.get("responseStatus").toJson());

        assertThat(response.statusCode()).as(c.vector() + ": " + response.body()).isEqualTo(status);
        JsonValue expected = vector.get("response") == null ? null : expectedView.apply(vector.get("response"));
        JsonValue actual = response.body().isEmpty() ? JsonNull.INSTANCE : JsonValue.parse(response.body());
        if (expected != null && !(expected instanceof JsonNull)) {
            Shapes.Report report = Shapes.compare(expected, actual);
            assertThat(report.mismatched()).as(c.vector()).isEmpty();
            assertThat(report.missing()).as(c.vector() + " (missing keys)")
                    .allSatisfy(m -> assertThat(c.allowedMissing()).anySatisfy(a -> assertThat(m).endsWith(a)));
            synchronized (EXTRAS) {
                EXTRAS.add(c.vector() + ": extras " + report.extras() + "; allowed missing " + report.missing());
            }
        }
        return actual instanceof JsonObject o ? o : JsonObject.EMPTY;
    }

    private static List<Case> cases() {
        String main = emulator.git().ref("Fabrikam-Fiber-Git", "Fabrikam-Fiber-Git", "refs/heads/main").orElseThrow();
        String v10 = emulator.git().ref("Fabrikam-Fiber-Git", "Fabrikam-Fiber-Git", "refs/tags/v1.0").orElseThrow();
        String first = Raw.at(raw.json(REPO + "/commits", 200), 2, "commitId");
        String repoId = emulator.git().repositoryId("Fabrikam-Fiber-Git", "Fabrikam-Fiber-Git");
        String projectId = raw.json("/_apis/projects/Contoso-Web", 200).string("id").orElseThrow();
        String me = raw.json("/_apis/connectionData", 200).get("authenticatedUser") instanceof JsonObject u
                ? u.string("id").orElseThrow() : "";
        return List.of(
                Case.get("core/Projects_List.json", "/_apis/projects"),
                Case.get("core/Teams_GetTeams.json", "/_apis/projects/Fabrikam-Fiber-Git/teams"),
                Case.get("core/Teams_GetTeamMembersWithExtendedProperties.json",
                        "/_apis/projects/Fabrikam-Fiber-Git/teams/" + enc("Quality assurance") + "/members"),
                Case.get("profile/Profiles_Get.json", "/_apis/profile/profiles/me"),
                Case.get("git/Repositories_List.json", "/_apis/git/repositories"),
                Case.get("git/Repositories_GetRepository--get-a-repository-by-repositoryid.json",
                        "/_apis/git/repositories/" + repoId),
                new Case("git/Repositories_Create--create-a-repository.json", "POST", "/_apis/git/repositories",
                        "{\"name\":\"conformance\",\"project\":{\"id\":\"" + projectId + "\"}}", Set.of()),
                Case.get("git/Refs_List--refs.json", REPO + "/refs"),
                Case.get("git/Refs_List--refs-heads.json", REPO + "/refs?filter=heads/"),
                Case.get("git/Refs_List--refs-tags.json", REPO + "/refs?filter=tags/"),
                Case.get("git/Refs_List--refs-heads-that-contain-a-word.json",
                        REPO + "/refs?filter=heads/&filterContains=login"),
                Case.get("git/Refs_List--refs-heads-statuses.json", REPO + "/refs?filter=heads/&includeStatuses=true",
                        "statuses"),
                new Case("git/Refs_UpdateRefs.json", "POST", REPO + "/refs",
                        "[{\"name\":\"refs/heads/vsts-api-sample/answer\",\"oldObjectId\":\"" + ZERO
                                + "\",\"newObjectId\":\"" + main + "\"}]", Set.of()),
                Case.get("git/Pushes_List--by-repository-id.json", "/_apis/git/repositories/" + repoId + "/pushes"),
                Case.get("git/Pushes_List--a-page-at-a-time.json", REPO + "/pushes?$top=2&$skip=1"),
                Case.get("git/Pushes_List--by-who-submitted-the-pushes.json", REPO + "/pushes?pusherId=" + me),
                Case.get("git/Pushes_List--for-a-particular-branch-including-ref-updates.json",
                        REPO + "/pushes?refName=refs/heads/main&includeRefUpdates=true"),
                Case.get("git/Pushes_List--in-a-date-range.json", REPO + "/pushes?fromDate=2000-01-01"
                        + "&toDate=2100-01-01T00:00"),
                Case.get("git/Items_Get--get-metadata.json", REPO + "/items?scopePath=/src/app/Main.java"),
                Case.get("git/Items_Get--download.json", REPO + "/items?scopePath=/src/app/Main.java&download=true"),
                Case.get("git/Items_List--for-a-path.json", REPO + "/items?scopePath=/src"),
                Case.get("git/Items_List--single-level-of-recursion.json",
                        REPO + "/items?scopePath=/src&recursionLevel=OneLevel"),
                Case.get("git/Items_List--full-recursion-and-with-content-metadata.json",
                        REPO + "/items?scopePath=/src&recursionLevel=Full&includeContentMetadata=true"),
                Case.get("git/Commits_Get--get-by-id.json", REPO + "/commits/" + main),
                Case.get("git/Commits_Get--with-limited-changes.json", REPO + "/commits/" + main + "?changeCount=10"),
                Case.get("git/Commits_GetCommits--all-commits.json", REPO + "/commits", "commentTruncated"),
                Case.get("git/Commits_GetCommits--by-author.json",
                        REPO + "/commits?searchCriteria.author=" + enc("Ada Lovelace"), "commentTruncated"),
                Case.get("git/Commits_GetCommits--by-committer.json",
                        REPO + "/commits?searchCriteria.user=ada@fabrikam.example", "commentTruncated"),
                Case.get("git/Commits_GetCommits--in-a-date-range.json", REPO + "/commits?searchCriteria.fromDate="
                        + enc("1/1/2024 12:00:00 AM") + "&searchCriteria.toDate=" + enc("1/5/2024 12:00:00 AM"),
                        "commentTruncated"),
                Case.get("git/Commits_GetCommits--on-a-branch.json",
                        REPO + "/commits?searchCriteria.itemVersion.version=main", "commentTruncated"),
                Case.get("git/Commits_GetCommits--on-a-branch-and-in-a-path.json",
                        REPO + "/commits?searchCriteria.itemVersion.version=main&searchCriteria.itemPath=/README.md"),
                Case.get("git/Commits_GetCommits--paging.json", REPO + "/commits?$skip=1&$top=2"),
                Case.get("git/Commits_GetCommits--reachable-from-a-commit.json", REPO + "/commits"
                        + "?searchCriteria.compareVersion.versionType=commit&searchCriteria.compareVersion.version="
                        + first, "commentTruncated"),
                Case.get("git/Commits_GetCommits--reachable-from-a-commit-and-path.json", REPO + "/commits"
                        + "?searchCriteria.itemVersion.versionType=commit&searchCriteria.itemVersion.version=" + main
                        + "&searchCriteria.compareVersion.version=" + v10 + "&searchCriteria.compareVersion"
                        + ".versionType=commit&searchCriteria.itemPath=/src/app/Main.java"),
                Case.get("git/Commits_GetPushCommits.json", REPO + "/pushes/1/commits"),
                replay("git/Statuses_Create.json", "POST", REPO + "/commits/" + main + "/statuses"),
                Case.get("git/Diffs_Get--between-commit-ids.json", REPO + "/diffs/commits?baseVersionType=commit"
                        + "&baseVersion=" + first + "&targetVersionType=commit&targetVersion=" + main),
                Case.get("git/Diffs_Get--between-branches.json",
                        REPO + "/diffs/commits?targetVersion=feature/login&baseVersion=main"),
                Case.get("git/Diffs_Get--a-page-at-a-time.json", REPO + "/diffs/commits?baseVersionType=commit"
                        + "&baseVersion=" + first + "&targetVersion=main&$top=2&$skip=2"));
    }

    private static String firstCommitId(JsonObject push) {
        return ((JsonObject) ((JsonArray) push.get("commits")).get(0)).string("commitId").orElseThrow();
    }

    private static JsonObject vector(String name) {
        try {
            return (JsonObject) JsonValue.parse(Files.readString(VECTORS.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ---- library: variable groups (distributedTask) and pipeline permissions (approvalsAndChecks) ----------------
    // Kept apart from the other areas' cases; conformance-coverage.md lists these vectors in its own section.

    /** The vector file prefixes of the library's operations, all listed in the coverage file. */
    private static final List<String> LIBRARY_VECTORS = List.of("distributedTask/Variablegroups_",
            "distributedTask/Deploymentgroups_", "approvalsAndChecks/PipelinePermissions_");

    @TestFactory
    Stream<DynamicTest> libraryVectors_inOrder_haveExampleShape() {
        String project = raw.json("/_apis/projects/Contoso-Web", 200).string("id").orElseThrow();
        String vg = "/_apis/distributedtask/variablegroups";
        JsonObject add = (JsonObject) vector("distributedTask/Variablegroups_Add.json").get("request");
        String addBody = add.toBuilder().put("variableGroupProjectReferences", JsonArray.of(JsonObject.builder()
                .put("projectReference", JsonObject.builder().put("id", project).build())
                .put("name", add.string("name").orElseThrow()).build())).build().toJson();
        String permissions = "/Contoso-Web/_apis/pipelines/pipelinepermissions/queue/1";
        List<Case> cases = List.of(
                new Case("distributedTask/Variablegroups_Add.json", "POST", vg, addBody, Set.of()),
                new Case("second group", "POST", vg, addBody.replace("TestVariableGroup1", "TestVariableGroup2"),
                        Set.of()),
                Case.get("distributedTask/Variablegroups_Get.json", "/Contoso-Web" + vg + "/{id}"),
                Case.get("distributedTask/Variablegroups_GetVariableGroups--get-variable-groups-using-action-filter"
                        + ".json", "/Contoso-Web" + vg + "?actionFilter=Use&$top=2&continuationToken={id}"
                        + "&queryOrder=IdAscending"),
                Case.get("distributedTask/Variablegroups_GetVariableGroups--get-variable-groups-using-group-name-"
                        + "filter.json", "/Contoso-Web" + vg + "?groupName=Test*&queryOrder=IdDescending"),
                replay("approvalsAndChecks/PipelinePermissions_UpdatePipelinePermisionsForResource.json", "PATCH",
                        permissions),
                Case.get("approvalsAndChecks/PipelinePermissions_Get.json", permissions));
        String[] firstId = new String[1];
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.vector(), () -> {
            Case sent = new Case(c.vector(), c.method(), firstId[0] == null ? c.path()
                    : c.path().replace("{id}", firstId[0]), c.body(), c.allowedMissing());
            if (c.vector().equals("second group")) {
                Raw.json(raw.post(sent.path(), sent.body()), 200);
                return;
            }
            JsonObject answer = check(sent, Map.of());
            if (firstId[0] == null) {
                firstId[0] = answer.get("id").toJson();
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> deploymentGroupVectors_haveExampleShape() {
        String groups = "/Contoso-Web/_apis/distributedtask/deploymentgroups";
        List<String> ids = new ArrayList<>();
        for (String n : List.of("1", "10", "11", "12", "13", "14")) {
            ids.add(Raw.json(raw.post(groups, "{\"name\":\"MyDeploymentGroup" + n + "\",\"description\":\"d\"}"),
                    200).get("id").toJson());
        }
        String v = "distributedTask/Deploymentgroups_List--";
        return Stream.of(
                Case.get(v + "list-all-deployment-groups.json", groups),
                Case.get(v + "get-a-deployment-group-by-name.json", groups + "?name=MyDeploymentGroup1"),
                Case.get(v + "get-deployment-groups-by-ids.json", groups + "?ids=" + ids.get(1) + "%2C" + ids.get(2)),
                Case.get(v + "get-deployment-groups-in-pages.json",
                        groups + "?continuationToken=MyDeploymentGroup12&$top=2"))
                .map(c -> DynamicTest.dynamicTest(c.vector(), () -> check(c, Map.of())));
    }

    @Test
    void libraryCoverage_namesEveryLibraryVector() throws IOException {
        String coverage = Files.readString(COVERAGE);
        var files = new TreeSet<String>();
        try (Stream<Path> paths = Files.walk(VECTORS)) {
            paths.map(p -> VECTORS.relativize(p).toString().replace('\\', '/'))
                    .filter(f -> LIBRARY_VECTORS.stream().anyMatch(f::startsWith)).forEach(files::add);
        }

        assertThat(files).hasSize(10).allSatisfy(f -> assertThat(coverage).contains(f));
    }
}
