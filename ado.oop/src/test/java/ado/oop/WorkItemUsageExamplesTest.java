package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.error.AdoPreconditionFailedException;
import ado.emulator.AdoEmulator;
import ado.model.wit.AttachmentReference;
import ado.model.wit.WorkItemAttachments;
import ado.model.wit.WorkItemBatchRequest;
import ado.model.wit.WorkItemCommentFormat;
import ado.model.wit.WorkItemErrorPolicy;
import ado.model.wit.WorkItemFieldName;
import ado.model.wit.WorkItemLinks;
import ado.model.wit.WorkItemPatch;
import ado.model.wit.WorkItems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of the "Work items" section of {@code docs/usage.md}, compiled and run against the emulator;
 * {@link #usageDoc_workItemBlocks_appearInThisFile} checks that every Java block of that section is copied from
 * between the {@code // doc:} markers here.
 */
class WorkItemUsageExamplesTest {

    private AdoEmulator emulator;
    private AzureDevOpsService service;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.start();
        service = AzureDevOpsService.of(emulator.client());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void objectLayerExample_runs_linksTagsAndUpdates() {
        List<Integer> ids = List.of(service.organization().project("Fabrikam-Fiber-Git").createWorkItem("Bug",
                Map.of(WorkItemFieldName.TITLE, "Old bug")).id());
        // doc: object
        Project project = service.organization().project("Fabrikam-Fiber-Git");
        WorkItem story = project.createWorkItem("User Story", Map.of(
                WorkItemFieldName.TITLE, "Sign in with a passkey",
                WorkItemFieldName.ITERATION_PATH, "Fabrikam-Fiber-Git/Sprint 1",  // '/' or '\'
                WorkItemFieldName.ASSIGNED_TO, "Grace Hopper",     // name, "Name <email>" or an IdentityRef
                "Microsoft.VSTS.Scheduling.StoryPoints", 5.0));
        WorkItem task = project.createWorkItem("Task", Map.of(WorkItemFieldName.TITLE, "Register the key"));

        task.link(story, WorkItemLinks.PARENT);           // the story gets the child link
        task.addTag("Security");                          // ignores case; retried on a concurrent change
        task.comment("See the **spec**", WorkItemCommentFormat.MARKDOWN);
        task.update(Map.of(WorkItemFieldName.STATE, "Active",
                WorkItemFieldName.REMAINING_WORK, 3.5));  // sends test /rev: never overwrites a newer edit

        story.refresh().children();                       // [task]
        task.history();                                   // every revision, oldest first
        List<WorkItem> many = project.workItems(ids);     // 200 per request, 8 requests in flight, in order
        // end

        assertThat(story.children()).containsExactly(task);
        assertThat(task.state()).isEqualTo("Active");
        assertThat(task.tags()).containsExactly("Security");
        assertThat(many).extracting(WorkItem::title).containsExactly("Old bug");
    }

    @Test
    void conflictExample_runs_refreshesAndRetries() {
        Project project = service.organization().project("Fabrikam-Fiber-Git");
        WorkItem task = project.createWorkItem("Task", Map.of(WorkItemFieldName.TITLE, "Edit me"));
        AzureDevOpsService.of(emulator.client()).organization().project("Fabrikam-Fiber-Git").workItem(task.id())
                .update(Map.of(WorkItemFieldName.TITLE, "Edited elsewhere"));
        // doc: conflict
        try {
            task.update(Map.of(WorkItemFieldName.TITLE, "Edited here"));
        } catch (AdoPreconditionFailedException e) {      // 412: someone changed it since we read it
            task.refresh();                               // re-read, decide, try again
            task.update(Map.of(WorkItemFieldName.TITLE, "Edited here, after " + task.title()));
        }
        // end

        assertThat(task.title()).isEqualTo("Edited here, after Edited elsewhere");
    }

    @Test
    void rawLayerExample_runs_createsUpdatesAndReads(@TempDir Path dir) throws IOException {
        Path log = Files.writeString(dir.resolve("crash.log"), "boom\n");
        UUID projectId = service.organization().project("Fabrikam-Fiber-Git").id();
        Repository repository = service.organization().project("Fabrikam-Fiber-Git").repository("Fabrikam-Fiber-Git");
        UUID repositoryId = repository.id();
        String commitId = repository.branch("main").head().orElseThrow().id();
        // doc: raw
        var project = emulator.client().api().project("Fabrikam-Fiber-Git");
        var bug = WorkItems.create(project, "Bug", WorkItemPatch.builder()
                .set(WorkItemFieldName.TITLE, "Crash on save")
                .set(WorkItemFieldName.PRIORITY, 1)
                .set(WorkItemFieldName.DUE_DATE, java.time.LocalDate.of(2026, 12, 24))
                .build());
        AttachmentReference file = WorkItemAttachments.upload(project, log);   // chunked above 4 MiB
        var fixed = WorkItems.update(project, bug.id(), WorkItemPatch.builder()
                .testRev(bug.rev())                                            // 412 if someone was faster
                .set(WorkItemFieldName.STATE, "Resolved")
                .addRelation(WorkItemLinks.commit(projectId, repositoryId, commitId))  // vstfs:///Git/Commit/...
                .addRelation(WorkItemLinks.attachment(file, "the log"))
                .build());
        var titles = WorkItems.batch(project, WorkItemBatchRequest.builder(List.of(bug.id(), 999_999))
                .fields(List.of(WorkItemFieldName.TITLE, WorkItemFieldName.STATE))
                .errorPolicy(WorkItemErrorPolicy.OMIT)                         // null for the missing id
                .build());
        // end

        assertThat(fixed.relations()).hasSize(2);
        assertThat(titles.get(0).fields().string("System.State")).contains("Resolved");
        assertThat(titles.get(1)).isNull();
    }

    @Test
    void usageDoc_workItemBlocks_appearInThisFile() throws IOException {
        UsageDoc.assertBlocksIn("## Work items", WorkItemUsageExamplesTest.class, 3);
    }
}
