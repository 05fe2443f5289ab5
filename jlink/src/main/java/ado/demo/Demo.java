package ado.demo;

import ado.emulator.AdoEmulator;
import ado.model.git.GitChange;
import ado.oop.AzureDevOpsService;
import ado.oop.Commit;
import ado.oop.EditFile;
import ado.oop.Project;
import ado.oop.Repository;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The ado4j demo. With no organisation configured it starts the embedded emulator and runs a scripted scenario (list
 * projects, read a file, commit a change, show the new commit and its diff). With {@code AZURE_DEVOPS_ORG} and a PAT
 * ({@code AZURE_DEVOPS_EXT_PAT}) set it runs read-only steps against that organisation.
 */
public final class Demo {

    private final PrintStream out;

    Demo(PrintStream out) {
        this.out = out;
    }

    /** Runs the demo; see the class comment. */
    public static void main(String[] args) {
        new Demo(System.out).run(System::getenv);
    }

    void run(Function<String, String> env) {
        String org = env.apply("AZURE_DEVOPS_ORG");
        if (org == null || org.isBlank()) {
            try (AdoEmulator emulator = AdoEmulator.start()) {
                out.println("No AZURE_DEVOPS_ORG set: started the embedded emulator at " + emulator.url());
                var service = AzureDevOpsService.of(emulator.client());
                scripted(service);
            }
        } else {
            out.println("Reading organisation " + org + " (read-only)");
            readOnly(AzureDevOpsService.fromEnvironment());
        }
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
        out.println();
        out.println("Done.");
    }

    void readOnly(AzureDevOpsService service) {
        var org = service.organization();
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
