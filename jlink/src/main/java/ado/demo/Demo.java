package ado.demo;

import ado.core.AdoClient;
import ado.model.git.GitChange;
import ado.model.wit.WorkItemFieldName;
import ado.oop.AzureDevOpsService;
import ado.oop.Commit;
import ado.oop.EditFile;
import ado.oop.Project;
import ado.oop.Repository;
import ado.oop.WorkItem;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The ado4j demo. With no organisation configured it starts the embedded emulator and runs a scripted scenario (list
 * projects, read a file, commit a change, show the new commit and its diff, create a work item and find it with WIQL). With {@code AZURE_DEVOPS_ORG} (a name or
 * URL, also an {@code http://127.0.0.1} URL of an emulator in another process) and a PAT ({@code AZURE_DEVOPS_EXT_PAT})
 * set it runs read-only steps against that organisation.
 *
 * <p>{@code --first-request} (with an organisation set) makes one request, the project list, prints how many projects
 * it read and exits: {@code jlink/build.sh --startup} times that from process start, against a hello-world
 * {@code java.net.http} GET.
 *
 * <p>{@code ado.emulator} is optional ({@code requires static}): a runtime image without it runs only against a
 * configured organisation.
 */
public final class Demo {

    private final PrintStream out;

    Demo(PrintStream out) {
        this.out = out;
    }

    PrintStream out() {
        return out;
    }

    /** Runs the demo; see the class comment. Exits with status 2 when there is nothing to run against. */
    public static void main(String[] args) {
        int status = List.of(args).contains("--first-request")
                ? new Demo(System.out).firstRequest(System::getenv)
                : new Demo(System.out).run(System::getenv, emulatorAvailable());
        if (status != 0) {
            System.exit(status);
        }
    }

    /** {@return whether {@code ado.emulator} is in this runtime (resolved as a module, or on the class path)} */
    static boolean emulatorAvailable() {
        try {
            Class.forName("ado.emulator.AdoEmulator", false, Demo.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * Runs against the organisation {@code env} names, else against the embedded emulator if {@code emulator} says it
     * is present; {@return 0, or 2 (after saying why) when neither is possible}
     */
    int run(Function<String, String> env, boolean emulator) {
        String org = env.apply("AZURE_DEVOPS_ORG");
        if (org != null && !org.isBlank()) {
            var service = AzureDevOpsService.of(AdoClient.builder().environment(env).build());
            out.println("Reading organisation " + service.client().organization() + " (read-only)");
            readOnly(service);
            return 0;
        }
        if (!emulator) {
            out.println("No AZURE_DEVOPS_ORG set and ado.emulator is not in this runtime: set AZURE_DEVOPS_ORG (an "
                    + "organisation name or URL) and AZURE_DEVOPS_EXT_PAT.");
            return 2;
        }
        EmbeddedEmulator.run(this);
        return 0;
    }

    /**
     * Reads the first page of projects of the organisation {@code env} names and prints how many there are;
     * {@return 0, or 2 (after saying why) when no organisation is set}
     */
    int firstRequest(Function<String, String> env) {
        String org = env.apply("AZURE_DEVOPS_ORG");
        if (org == null || org.isBlank()) {
            out.println("--first-request needs AZURE_DEVOPS_ORG (an organisation name or URL) and AZURE_DEVOPS_EXT_PAT.");
            return 2;
        }
        var service = AzureDevOpsService.of(AdoClient.builder().environment(env).build());
        out.println("first request: " + service.organization().projects().count() + " projects");
        return 0;
    }

    void scripted(AzureDevOpsService service) {
        var org = service.organization();
        step("List the projects");
        org.projects().forEach(p -> out.println("  " + p.name() + "  " + p.id()));

        Project project = org.projects().findFirst().orElseThrow();
        Repository repo = project.repositories().filter(r -> r.defaultBranch().isPresent()).findFirst()
                .orElseThrow();
        String branch = repo.defaultBranch().orElseThrow().name();
        step("Read /README.md on " + branch + " of " + project.name() + "/" + repo.name());
        String readme = repo.file("/README.md", branch).orElse("");
        readme.lines().forEach(line -> out.println("  | " + line));

        step("Commit a change to " + branch);
        Commit commit = repo.commit(branch, "Say hello from the ado4j demo",
                List.of(EditFile.of("/README.md", readme + "\nHello from the ado4j demo.\n")));
        out.println("  new commit " + commit.id() + ": " + firstLine(commit.message()));
        commit.author().ifPresent(a -> out.println("  by " + a.name() + " <" + a.email() + ">"));

        step("Diff of the new commit against its parent");
        String parent = commit.parents().get(0).id();
        repo.diff(parent, commit.id()).forEach(c -> out.println("  " + describe(c)));

        step("History of " + branch + " (newest first)");
        repo.branch(branch).commits().limit(5)
                .forEach(c -> out.println("  " + c.id().substring(0, 8) + "  " + firstLine(c.message())));

        step("Track the change as a work item, then find it with WIQL");
        WorkItem task = project.createWorkItem("Task", Map.of(WorkItemFieldName.TITLE, "Review the demo's greeting",
                WorkItemFieldName.ASSIGNED_TO, "Grace Hopper"));
        task.addTag("demo");
        out.println("  created #" + task.id() + " '" + task.title() + "' (" + task.state() + ")");
        project.query("SELECT [System.Id] FROM WorkItems WHERE [System.Tags] CONTAINS 'demo'")
                .forEach(w -> out.println("  found #" + w.id() + " tagged " + w.tags()));
        out.println();
        out.println("Done.");
    }

    void readOnly(AzureDevOpsService service) {
        var org = service.organization();
        out.println("JSON codec from module " + service.client().codec().getClass().getModule().getName());
        step("Projects of " + org.name());
        org.projects().limit(20).forEach(p -> out.println("  " + p.name()));
        org.projects().findFirst().ifPresent(project -> {
            step("Repositories of " + project.name());
            project.repositories().limit(20).forEach(r -> out.println("  " + r.name() + "  default branch "
                    + r.defaultBranch().map(b -> b.name()).orElse("(none)")));
        });
    }

    private static String describe(GitChange change) {
        return change.changeType().name().toLowerCase(Locale.ROOT) + " " + change.item().path();
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private void step(String title) {
        out.println();
        out.println("== " + title);
    }
}
