package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.auth.Credentials;
import ado.core.json.JsonObject;
import ado.emulator.AdoEmulator;
import ado.model.distributedtask.TaskGroupCreate;
import ado.model.distributedtask.VariableValue;
import ado.model.hooks.HookSubscription;
import ado.model.pipelines.RunPipelineParameters;
import ado.model.pipelines.Variable;
import ado.model.serviceendpoint.EndpointAuthorization;
import ado.model.wit.WorkItemFieldName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every object of the layer says what it is in {@code toString()} (its type, names and ids, what is loaded) without
 * a request, and never a secret: secrets are planted in everything the emulator can hold (the PAT, secret
 * variables, endpoint authorization, a secure file, a hook URL's token, file and page contents, run variables).
 */
class ToStringTest {

    private static final String PAT = "pat-Sekr1t-0001";
    private static final List<String> SECRETS = List.of(PAT, "var-Sekr1t-0002", "auth-Sekr1t-0003",
            "file-Sekr1t-0004", "hook-Sekr1t-0005", "commit-Sekr1t-0006", "page-Sekr1t-0007", "run-Sekr1t-0008",
            "group-Sekr1t-0009");
    private static final String PROJECT = "Fabrikam-Fiber-Git";

    private AdoEmulator emulator;
    private AzureDevOpsService service;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.builder().pat(PAT).clock(Instant.parse("2024-05-01T10:00:00Z")).start();
        service = AzureDevOpsService.of(emulator.clientBuilder().credentials(Credentials.pat(PAT)).build());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void toString_everyKindOfObjectWithSecretsPlanted_namesItAndLeaksNoSecret(@TempDir Path dir) throws IOException {
        Organization org = service.organization();
        Project project = org.project(PROJECT);
        Repository repo = project.repository(PROJECT);
        PipelineResources library = project.pipelineResources();
        var objects = new ArrayList<Object>(List.of(service, org, project, repo, repo.branch("main"),
                project.defaultTeam(), project.areas(), project.iterations(), project.search(), org.search(),
                repo.permissions(), library, project.collaboration()));

        VariableGroup group = library.createVariableGroup("deploy", "group-Sekr1t-0009 is not secret, but: ",
                Map.of("password", VariableValue.secret("var-Sekr1t-0002"), "user", VariableValue.of("ci")));
        group.setVariable("token", "var-Sekr1t-0002", true);
        objects.add(group);
        objects.add(library.variableGroup("deploy"));
        ServiceEndpoint endpoint = library.createServiceEndpoint("artifacts", "generic", "https://artifacts.example",
                EndpointAuthorization.of("UsernamePassword", Map.of("username", "ci", "password", "auth-Sekr1t-0003")));
        objects.add(endpoint);
        objects.add(library.serviceEndpoint(endpoint.id()));
        objects.addAll(library.serviceEndpoints());
        Path key = Files.write(dir.resolve("id_rsa"), "file-Sekr1t-0004".getBytes(StandardCharsets.UTF_8));
        objects.add(library.uploadSecureFile("deploy-key", key));
        objects.addAll(library.secureFiles());
        objects.add(org.createHookSubscription(HookSubscription.webHook("git.push", Map.of(),
                "https://ci.example/hook?token=hook-Sekr1t-0005")));
        objects.addAll(org.hookSubscriptions());
        JsonObject task = JsonObject.builder().put("task", JsonObject.builder()
                .put("id", "e213ff0f-5d5c-4791-802d-52ea3e7be1f1").put("versionSpec", "2.*").build()).build();
        objects.add(library.createTaskGroup(new TaskGroupCreate("deploy-web", null, "Deploy", List.of(task), null)));

        AddFile add = AddFile.of("/secrets.env", "commit-Sekr1t-0006");
        EditFile edit = EditFile.of("/README.md", "commit-Sekr1t-0006\nmore");
        objects.addAll(List.of(add, edit, CommitOptions.createBranchFrom("main")));
        objects.add(NewCommit.of("Add settings", add, edit));
        objects.addAll(repo.tags().toList());
        objects.add(repo.at(ado.model.git.GitVersionDescriptor.tag("v1.1")));
        Commit commit = repo.commit("main", "Add settings", List.of(add, edit));
        objects.add(commit);
        objects.add(repo.commit(commit.id()));
        objects.add(repo.createPullRequest("Ship it", "feature/login", "main", "commit-Sekr1t-0006"));
        String login = repo.branch("feature/login").head().orElseThrow().id();
        objects.addAll(List.of(repo.operations(), repo.operations().cherryPick(7),
                repo.operations().cherryPick("main", "picked", List.of(login)),
                repo.operations().checkMerge("main", "feature/login", Duration.ofSeconds(30))));
        objects.addAll(repo.policies());

        Wiki wiki = project.collaboration().createWiki("Docs");
        objects.add(wiki);
        objects.add(wiki.page("/Secrets").create("page-Sekr1t-0007"));

        objects.add(project.createWorkItem("Bug", Map.of(WorkItemFieldName.TITLE, "Crash on save")));
        objects.add(project.workItem(1));
        objects.addAll(project.queries());
        objects.addAll(org.processes());
        objects.addAll(org.agentPools());
        library.environments().forEach(objects::add);
        objects.addAll(library.agentQueues());
        org.agentPools().forEach(p -> objects.addAll(p.agents()));

        Pipeline pipeline = project.pipeline(1);
        Run run = pipeline.startRun(RunPipelineParameters.builder()
                .variable("apiKey", Variable.secret("run-Sekr1t-0008")).build());
        objects.addAll(List.of(pipeline, run, run.build()));
        var progress = new ArrayList<BuildProgress>();
        run.waitForCompletion(Duration.ofSeconds(30), Duration.ofMillis(5), p -> {
            progress.add(p);
            emulator.clock().advance(Duration.ofMinutes(1));
        });
        objects.addAll(progress);
        objects.add(run);
        for (BuildStage stage : run.build().stages()) {
            objects.add(stage);
            for (BuildJob job : stage.jobs()) {
                objects.add(job);
                objects.addAll(job.tasks());
            }
        }
        objects.addAll(project.approvals(null));

        for (Object o : objects) {
            String text = o.toString();
            assertThat(text).as("toString of a %s", o.getClass().getSimpleName())
                    .startsWith(o.getClass().getSimpleName().replace("Page", "WikiPage") + "[")
                    .doesNotContain("\n", "@" + Integer.toHexString(System.identityHashCode(o)));
            for (String secret : SECRETS) {
                assertThat(text).as("toString of %s", o.getClass().getSimpleName()).doesNotContain(secret);
            }
        }
        assertThat(objects).hasSizeGreaterThan(40);
    }

    @Test
    void toString_loadedWorkItem_showsIdTypeTitleAndState() {
        Project project = service.organization().project(PROJECT);
        WorkItem item = project.createWorkItem("Bug", Map.of(WorkItemFieldName.TITLE, "Crash on save"));

        assertThat(item).hasToString("WorkItem[" + item.id() + " Bug \"Crash on save\" state=New]");
    }

    @Test
    void toString_notLoaded_sendsNoRequest() {
        Organization org = service.organization();
        long before = emulator.requests().total();

        String all = String.join(" ", List.of(org.toString(), org.project("0d7fd4b2-6f52-4f5c-9a6a-8a0c3f2a43b1")
                        .repository("r").branch("main").toString(), org.project(PROJECT).workItem(7).toString(),
                org.project(PROJECT).build(3).toString(), org.project(PROJECT).pipeline(2).run(3).toString(),
                org.project(PROJECT).repository(PROJECT).commit("0123456789012345678901234567890123456789")
                        .toString(), org.project(PROJECT).pipelineResources().variableGroup(4).toString()));

        assertThat(emulator.requests().total()).isEqualTo(before);
        assertThat(all).contains("Branch[r:main]", "WorkItem[7]", "Build[3 in " + PROJECT + "]",
                "Run[3 of pipeline 2]", "Commit[0123456 in " + PROJECT + "]");
    }

    @Test
    void toString_longTitle_isCutToOneLine() {
        assertThat(Describe.quote("first line\nsecond " + "x".repeat(100))).isEqualTo("\"first line ...\"");
        assertThat(Describe.quote("y".repeat(100))).hasSize(Describe.MAX_TEXT + 5);
        assertThat(Describe.quote("a\tb")).isEqualTo("\"a b\"");
        assertThat(Optional.ofNullable(Describe.quote(null))).contains("\"\"");
    }
}
