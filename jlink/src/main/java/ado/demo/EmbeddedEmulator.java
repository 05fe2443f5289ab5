package ado.demo;

import ado.emulator.AdoEmulator;
import ado.oop.AzureDevOpsService;

/**
 * The only class that touches {@code ado.emulator}, so that {@link Demo} loads and links in a runtime without it (the
 * module is {@code requires static}).
 */
final class EmbeddedEmulator {

    private EmbeddedEmulator() {
    }

    /** Starts a seeded emulator, runs {@code demo}'s scripted scenario against it and stops it. */
    static void run(Demo demo) {
        try (AdoEmulator emulator = AdoEmulator.start()) {
            demo.out().println("No AZURE_DEVOPS_ORG set: started the embedded emulator at " + emulator.url());
            demo.scripted(AzureDevOpsService.of(emulator.client()));
        }
    }
}
