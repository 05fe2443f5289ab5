package example;

import ado.core.AdoClient;
import ado.emulator.AdoEmulator;
import ado.oop.AzureDevOpsService;
import ado.oop.Branch;
import ado.oop.Project;
import ado.oop.Repository;

/**
 * Lists projects, their repositories and the newest commits of each default branch. Read-only. Without
 * {@code AZURE_DEVOPS_ORG} it runs against the embedded emulator; with {@code AZURE_DEVOPS_ORG} and
 * {@code AZURE_DEVOPS_EXT_PAT} against your organisation.
 */
public final class GettingStarted {

    public static void main(String[] args) {
        AdoEmulator emulator = null;
        if (System.getenv("AZURE_DEVOPS_ORG") == null) {
            emulator = AdoEmulator.start();                     // in memory, on 127.0.0.1, with sample data
            System.out.println("No AZURE_DEVOPS_ORG set: using the embedded emulator at " + emulator.url());
        }
        try (AdoClient client = emulator != null
                ? emulator.client()
                : AdoClient.builder().build()) {                // reads AZURE_DEVOPS_ORG and AZURE_DEVOPS_EXT_PAT
            AzureDevOpsService service = AzureDevOpsService.of(client);
            service.organization().projects().limit(5).forEach(GettingStarted::show);
        } finally {
            if (emulator != null) {
                emulator.close();
            }
        }
    }

    private static void show(Project project) {
        System.out.println("project " + project.name());
        project.repositories().limit(5).forEach(repository -> show(repository));
    }

    private static void show(Repository repository) {
        String branch = repository.defaultBranch().map(Branch::name).orElse("(empty)");
        System.out.println("  repository " + repository.name() + ", default branch " + branch);
        repository.defaultBranch().ifPresent(b -> b.commits().limit(3).forEach(commit ->
                System.out.println("    " + commit.id().substring(0, 8) + " " + commit.message().lines()
                        .findFirst().orElse(""))));
    }
}
