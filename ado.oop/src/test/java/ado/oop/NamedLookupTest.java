package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.error.AdoException;
import ado.core.json.JsonObject;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.distributedtask.TaskGroupCreate;
import ado.model.serviceendpoint.EndpointAuthorization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lookup by name on {@link Project}: one request, an exact match ignoring case (never a prefix, pyado's bug), the
 * object from the identity map where the object has one, and a clear error for a null or blank name.
 */
@ExtendWith(AdoEmulatorExtension.class)
class NamedLookupTest {

    private static AdoEmulator emulator;
    private static Project project;
    private static PipelineResources library;

    @BeforeAll
    static void start(AdoEmulator started, AdoClient client, @TempDir Path dir) throws IOException {
        emulator = started;
        project = AzureDevOpsService.of(client).organization().project("Fabrikam-Fiber-Git");
        library = project.pipelineResources();
        library.createEnvironment("stage-long", null);
        library.createEnvironment("stage", null);
        JsonObject task = JsonObject.builder().put("task", JsonObject.builder()
                .put("id", "e213ff0f-5d5c-4791-802d-52ea3e7be1f1").put("versionSpec", "2.*").build()).build();
        library.createTaskGroup(new TaskGroupCreate("deploy-all", null, "Deploy", List.of(task), null));
        library.createTaskGroup(new TaskGroupCreate("deploy", null, "Deploy", List.of(task), null));
        var auth = EndpointAuthorization.of("UsernamePassword", Map.of("username", "ci", "password", "pw"));
        library.createServiceEndpoint("feed-mirror", "generic", "https://a.example", auth);
        library.createServiceEndpoint("feed", "generic", "https://b.example", auth);
        library.uploadSecureFile("key.pem.bak", Files.write(dir.resolve("a"), new byte[] {1}));
        library.uploadSecureFile("key.pem", Files.write(dir.resolve("b"), new byte[] {2}));
    }

    /** {@return what {@code lookup} found, after asserting it sent exactly one request} */
    private static <T> Optional<T> oneRequest(Function<String, Optional<T>> lookup, String name) {
        long before = emulator.requests().total();
        Optional<T> found = lookup.apply(name);
        assertThat(emulator.requests().total() - before).as("requests for %s", name).isEqualTo(1);
        return found;
    }

    @Test
    void pipelineNamed_exactIgnoringCase_isTheIdentityMapObjectInOneRequest() {
        Pipeline ci = oneRequest(project::pipelineNamed, "fabrikam-fiber-git ci").orElseThrow();

        assertThat(ci.name()).isEqualTo("Fabrikam-Fiber-Git CI");
        assertThat(ci).isSameAs(project.pipeline(ci.id()));
        assertThat(oneRequest(project::pipelineNamed, "Fabrikam-Fiber-Git")).as("a prefix").isEmpty();
        assertThat(oneRequest(project::pipelineNamed, "no such pipeline")).isEmpty();
    }

    @Test
    void environmentNamed_exactIgnoringCase_isTheIdentityMapObject() {
        Environment stage = oneRequest(library::environmentNamed, "STAGE").orElseThrow();

        assertThat(stage.name()).isEqualTo("stage");
        assertThat(stage).isSameAs(library.environment(stage.id()));
        assertThat(oneRequest(library::environmentNamed, "stag")).isEmpty();
        assertThat(oneRequest(library::environmentNamed, "st*")).as("a wildcard is not a match").isEmpty();
    }

    @Test
    void agentQueueNamed_exactIgnoringCase() {
        String name = library.agentQueues().get(0).name();

        assertThat(oneRequest(library::agentQueueNamed, name.toUpperCase(java.util.Locale.ROOT)).orElseThrow()
                .name()).isEqualTo(name);
        assertThat(oneRequest(library::agentQueueNamed, name.substring(0, name.length() - 1))).isEmpty();
    }

    @Test
    void serviceEndpointNamed_exactIgnoringCase_isTheIdentityMapObject() {
        ServiceEndpoint feed = oneRequest(library::serviceEndpointNamed, "Feed").orElseThrow();

        assertThat(feed.name()).isEqualTo("feed");
        assertThat(feed).isSameAs(library.serviceEndpoint(feed.id()));
        assertThat(feed.info().url()).isEqualTo("https://b.example");
        assertThat(oneRequest(library::serviceEndpointNamed, "fee")).isEmpty();
        assertThat(oneRequest(library::serviceEndpointNamed, "feed,feed-mirror")).as("a name with a comma").isEmpty();
    }

    @Test
    void taskGroupNamed_exactIgnoringCase_isTheIdentityMapObject() {
        TaskGroup deploy = oneRequest(library::taskGroupNamed, "DEPLOY").orElseThrow();

        assertThat(deploy.name()).isEqualTo("deploy");
        assertThat(deploy).isSameAs(library.taskGroup(deploy.id()));
        assertThat(oneRequest(library::taskGroupNamed, "deplo")).isEmpty();
    }

    @Test
    void secureFileNamed_exactIgnoringCase_notTheLongerOne() {
        assertThat(oneRequest(library::secureFileNamed, "KEY.PEM").orElseThrow().name()).isEqualTo("key.pem");
        assertThat(oneRequest(library::secureFileNamed, "key")).isEmpty();
    }

    @Test
    void lookups_nullOrBlankName_failNamingTheParameter() {
        List<Function<String, ?>> lookups = List.of(project::pipelineNamed, library::environmentNamed,
                library::agentQueueNamed, library::serviceEndpointNamed, library::taskGroupNamed,
                library::secureFileNamed);
        long before = emulator.requests().total();

        for (Function<String, ?> lookup : lookups) {
            assertThatThrownBy(() -> lookup.apply(null)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("name");
            assertThatThrownBy(() -> lookup.apply(" ")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("name must not be blank");
        }
        assertThat(emulator.requests().total()).isEqualTo(before);
    }

    @Test
    void lookup_serverError_isATypedError() {
        Project missing = project.organization().project("No-Such-Project");

        assertThatThrownBy(() -> missing.pipelineResources().environmentNamed("stage"))
                .isInstanceOf(AdoException.class);
        assertThatThrownBy(() -> missing.pipelineNamed("stage")).isInstanceOf(AdoException.class);
    }
}
