package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.error.AdoConflictException;
import ado.core.json.JsonObject;
import ado.emulator.AdoEmulator;
import ado.model.distributedtask.VariableGroupParameters;
import ado.model.distributedtask.VariableGroupQuery;
import ado.model.distributedtask.VariableGroups;
import ado.model.pipelines.PipelinePermissionResource;
import ado.model.serviceendpoint.EndpointAuthorization;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The examples of the "Variable groups and pipeline resources" section of {@code docs/usage.md}, compiled and run
 * against the emulator; {@link #usageDoc_libraryBlocks_appearInThisFile} checks that every Java block of that
 * section is copied from between the {@code // doc:} markers here.
 */
class LibraryUsageExamplesTest {

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

    private JsonObject stored(int id) {
        return (JsonObject) ((JsonObject) emulator.library().variableGroupDocument("Fabrikam-Fiber-Git", id))
                .get("variables");
    }

    @Test
    void variableGroupExample_runs_keepsTheSeededSecret() {
        // doc: variable groups
        Project project = service.organization().project("Fabrikam-Fiber-Git");
        VariableGroup settings = project.variableGroup("Release settings");   // exact name, any case
        settings.variables().forEach((name, v) ->
                System.out.println(name + " = " + (v.secret() ? "***" : v.value())));   // secrets read as null

        settings.setVariable("region", "westeurope", false);
        settings.setVariable("dbPassword", "s3cr3t", true);   // stored as a secret, never returned
        settings.removeVariable("environment");               // apiToken (a secret) is kept as it is

        try {
            settings.setVariable("region", "northeurope", false);
        } catch (AdoConflictException changedSinceRead) {        // someone else changed the group meanwhile
            settings.refresh().setVariable("region", "northeurope", false);
        }
        // end

        JsonObject vars = stored(settings.id());
        assertThat(vars.members()).containsOnlyKeys("apiToken", "region", "dbPassword");
        assertThat(vars.get("apiToken").toJson()).contains("seeded-token-value");
        assertThat(vars.get("dbPassword").toJson()).contains("s3cr3t");
        assertThat(vars.get("region").toJson()).contains("northeurope");
    }

    @Test
    void resourcesExample_runs_authorizesTheEndpoint() {
        String token = "not-a-real-token";
        // doc: resources
        Project project = service.organization().project("Fabrikam-Fiber-Git");
        Environment production = project.environments().filter(e -> e.name().equals("production"))
                .findFirst().orElseThrow();
        production.deployments().limit(5).forEach(d ->
                System.out.println(d.owner().string("name").orElse("?") + " " + d.result()));

        for (AgentPool pool : service.organization().agentPools()) {
            pool.agents().forEach(a -> System.out.println(pool.name() + ": " + a.name() + " " + a.status()
                    + " " + a.systemCapabilities().keySet()));
        }

        ServiceEndpoint docs = project.createServiceEndpoint("docs-site", "generic", "https://docs.example",
                EndpointAuthorization.of("UsernamePassword", Map.of("username", "bot", "password", token)));
        project.authorizePipeline(PipelinePermissionResource.of("endpoint", docs.id().toString()), 7, true);
        // end

        assertThat(project.pipelinePermissions(PipelinePermissionResource.of("endpoint", docs.id().toString()))
                .authorizes(7)).isTrue();
        assertThat(docs.info().authorization().parameters().get("password")).isNull();
    }

    @Test
    void rawExample_runs_updatesWithoutLosingTheSecret() {
        var client = emulator.client();
        // doc: raw
        var org = client.api();
        var projectCall = org.project("Fabrikam-Fiber-Git");
        var group = VariableGroups.list(projectCall, VariableGroupQuery.ALL.withName("Release*"))
                .findFirst().orElseThrow();
        // A full replace built from what was read: secrets go back without a value and are kept.
        VariableGroups.update(org, group.id(), VariableGroupParameters.from(group).withVariable("build", "42", false));
        // end

        assertThat(stored(group.id()).get("apiToken").toJson()).contains("seeded-token-value");
        assertThat(stored(group.id()).members()).containsKey("build");
    }

    @Test
    void usageDoc_libraryBlocks_appearInThisFile() throws IOException {
        UsageDoc.assertBlocksIn("## Variable groups and pipeline resources", LibraryUsageExamplesTest.class, 3);
    }
}
