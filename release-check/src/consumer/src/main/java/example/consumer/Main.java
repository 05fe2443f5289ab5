package example.consumer;

import ado.core.AdoClient;
import ado.emulator.AdoEmulator;
import ado.model.core.Projects;
import ado.model.core.TeamProject;
import ado.oop.AzureDevOpsService;
import ado.oop.Project;

import java.util.stream.Collectors;

/**
 * Starts the emulator, lists its projects through the raw layer ({@code ado.model}) and the object layer
 * ({@code ado.oop}), and prints what release-check asserts: where ado4j was loaded from (module path or class path),
 * which JSON codec the client bound by {@code ServiceLoader}, and the project names.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        try (AdoEmulator emulator = AdoEmulator.start()) {
            AdoClient client = emulator.client();
            String raw = Projects.list(client.api()).map(TeamProject::name).sorted().collect(Collectors.joining(","));
            AzureDevOpsService service = AzureDevOpsService.of(client);
            String objects = service.organization().projects().map(Project::name).sorted()
                    .collect(Collectors.joining(","));
            Module module = AzureDevOpsService.class.getModule();
            System.out.println("ado.oop loaded as: " + (module.isNamed() ? "module " + module.getName() : "class path"));
            System.out.println("json codec: " + client.codec().getClass().getName());
            System.out.println("raw layer projects: " + raw);
            System.out.println("object layer projects: " + objects);
        }
    }
}
