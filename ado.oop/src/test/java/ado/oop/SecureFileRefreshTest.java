package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@link SecureFile} and {@link Pipeline}: one object per resource, lazy loading and {@code refresh()}. */
@ExtendWith(AdoEmulatorExtension.class)
class SecureFileRefreshTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";
    private static AdoEmulator emulator;
    private static AdoClient client;

    @BeforeAll
    static void start(AdoEmulator started, AdoClient startedClient) {
        emulator = started;
        client = startedClient;
    }

    private static Project freshProject() {
        return AzureDevOpsService.of(client).organization().project(PROJECT);
    }

    private static <T> T requests(long expected, Supplier<T> action) {
        return RequestCount.expect(emulator, expected, action);
    }

    @Test
    void secureFile_byId_loadsOnFirstUseOnce(@TempDir Path dir) throws Exception {
        SecureFile uploaded = freshProject().pipelineResources().uploadSecureFile("lazy.pem",
                Files.write(dir.resolve("lazy.pem"), new byte[] {7}));
        Project other = freshProject();

        SecureFile lazy = requests(0, () -> other.pipelineResources().secureFile(uploaded.id()));
        assertThat(lazy.toString()).doesNotContain("lazy.pem").contains(uploaded.id().toString());
        assertThat(requests(1, lazy::name)).isEqualTo("lazy.pem");
        assertThat(requests(0, lazy::name)).isEqualTo("lazy.pem");
        assertThat(lazy.toString()).contains("lazy.pem");
        assertThat(other.pipelineResources().secureFile(uploaded.id())).isSameAs(lazy);
        uploaded.delete();
    }

    @Test
    void secureFile_listLookupUpload_areTheOneObjectHoldingTheRecord(@TempDir Path dir) throws Exception {
        Project project = freshProject();
        SecureFile uploaded = project.pipelineResources().uploadSecureFile("one.pem",
                Files.write(dir.resolve("one.pem"), new byte[] {1}));

        assertThat(requests(0, uploaded::name)).isEqualTo("one.pem");
        assertThat(project.pipelineResources().secureFiles()).filteredOn(f -> f.id().equals(uploaded.id()))
                .singleElement()
                .isSameAs(uploaded);
        assertThat(project.pipelineResources().secureFileNamed("ONE.PEM")).containsSame(uploaded);
        assertThat(project.pipelineResources().secureFile(uploaded.id())).isSameAs(uploaded);
        uploaded.delete();
    }

    @Test
    void secureFile_refresh_loadsAgainAndSeesDeletion(@TempDir Path dir) throws Exception {
        Project project = freshProject();
        SecureFile f = project.pipelineResources().uploadSecureFile("gone.pem",
                Files.write(dir.resolve("gone.pem"), new byte[] {2}));

        assertThat(requests(1, f::refresh)).isSameAs(f);
        assertThat(requests(0, f::name)).isEqualTo("gone.pem");
        f.delete();
        assertThatThrownBy(f::refresh).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void secureFile_unknownId_failsOnUseNotOnLookup() {
        SecureFile missing = requests(0,
                () -> freshProject().pipelineResources().secureFile(java.util.UUID.randomUUID()));

        assertThatThrownBy(missing::name).isInstanceOf(AdoNotFoundException.class);
        assertThatThrownBy(() -> freshProject().pipelineResources().secureFile(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("id == null");
    }

    @Test
    void pipeline_refresh_loadsAgainOnce() {
        Pipeline ci = freshProject().pipeline(1);

        String name = requests(1, ci::name);
        assertThat(requests(0, ci::name)).isEqualTo(name);
        assertThat(requests(1, ci::refresh)).isSameAs(ci);
        assertThat(requests(0, ci::name)).isEqualTo(name);
    }

    @Test
    void pipeline_refreshOfUnknown_isNotFound() {
        assertThatThrownBy(() -> freshProject().pipeline(987654).refresh()).isInstanceOf(AdoNotFoundException.class);
    }
}
