package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.Paging;
import ado.core.error.AdoNotFoundException;
import ado.core.json.JsonObject;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.git.GitChange;
import ado.model.git.GitCommit;
import ado.model.git.GitPush;
import ado.model.git.GitPushResult;
import ado.model.git.GitRef;
import ado.model.git.GitVersionDescriptor;
import ado.model.git.ItemContent;
import ado.model.git.Items;
import ado.model.git.Pushes;
import ado.model.git.Refs;
import ado.model.wit.WorkItemFieldName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The examples of the root README.md, compiled and run against the emulator so they cannot rot. */
@ExtendWith(AdoEmulatorExtension.class)
class ReadmeExamplesTest {

    private final AdoClient client;

    ReadmeExamplesTest(AdoClient client) {
        this.client = client;
    }

    @Test
    void coreExample_treeAndLazyStream_work() {
        // README: "The core: AdoClient and ApiCall"
        JsonObject project = client.api().apis("projects", "Fabrikam-Fiber-Git").get("7.1").as(JsonObject.class);
        List<String> refs = client.api().project("Fabrikam-Fiber-Git")
                .apis("git", "repositories", "Fabrikam-Fiber-Git", "refs")
                .get("7.1")
                .stream(Paging.continuationHeader(JsonObject.class))
                .limit(5)
                .map(ref -> ref.string("name").orElse("?"))
                .toList();

        assertThat(project.string("name")).contains("Fabrikam-Fiber-Git");
        assertThat(refs).contains("refs/heads/main");
    }

    @Test
    void coreExample_missingProject_throwsTypedError() {
        assertThatThrownBy(() -> client.api().project("Nope").apis("git", "repositories").get("7.1")
                .asList(JsonObject.class))
                .isInstanceOfSatisfying(AdoNotFoundException.class, e -> {
                    assertThat(e.adoMessage()).isPresent();
                    assertThat(e.activityId()).isPresent();
                });
    }

    @Test
    void rawExample_pushToBranchHead_createsCommit() {
        // README: "The raw layer: ado.model"
        var repo = client.api().project("Fabrikam-Fiber-Git").repository("Fabrikam-Fiber-Git");
        GitRef main = Refs.branch(repo, "main").orElseThrow();          // exact name: never "main-old"
        GitPushResult result = Pushes.create(repo, GitPush.of("main", main.objectId(),
                GitCommit.of("chore: update config", List.of(
                        GitChange.add("/config/settings.json", ItemContent.rawText("{\"key\": \"value\"}"))))));
        String text = Items.text(repo, "/config/settings.json", GitVersionDescriptor.branch("main"));

        assertThat(result.commits()).hasSize(1);
        assertThat(text).isEqualTo("{\"key\": \"value\"}");
    }

    @Test
    void oopExample_commitAndNavigate_work() {
        // README: "The object layer: ado.oop"
        var service = AzureDevOpsService.of(client);            // or AzureDevOpsService.fromEnvironment()
        Project project = service.organization().project("Fabrikam-Fiber-Git");
        Repository repo = project.repository("Fabrikam-Fiber-Git");

        Commit commit = repo.commit("main", "docs: say hello", List.of(
                EditFile.of("/README.md", "# Fabrikam Fiber\n\nHello.\n"),
                AddFile.of("/docs/hello.md", "hello\n")));

        assertThat(repo.defaultBranch().map(Branch::name)).contains("main");
        assertThat(repo.file("/docs/hello.md", "main")).contains("hello\n");
        assertThat(repo.diff(commit.parents().get(0).id(), commit.id()).map(c -> c.item().path()))
                .contains("/README.md", "/docs/hello.md");
        assertThat(repo.project()).isSameAs(service.organization().project("Fabrikam-Fiber-Git"));
    }

    @Test
    void oopExample_workItemsAndVariableGroups_work() {
        // README: "The object layer: ado.oop", second block
        Project project = AzureDevOpsService.of(client).organization().project("Fabrikam-Fiber-Git");

        WorkItem bug = project.createWorkItem("Bug", Map.of(WorkItemFieldName.TITLE, "Checkout fails",
                WorkItemFieldName.ASSIGNED_TO, "Grace Hopper"));
        bug.addTag("checkout");
        List<WorkItem> tagged = project.query(
                "SELECT [System.Id] FROM WorkItems WHERE [System.Tags] CONTAINS 'checkout'").toList();
        project.variableGroup("Release settings").setVariable("region", "westeurope", false);

        assertThat(tagged).extracting(WorkItem::id).containsExactly(bug.id());
        assertThat(tagged.get(0).title()).isEqualTo("Checkout fails");
        assertThat(project.variableGroup("Release settings").variables()).containsKey("region");
    }
}
