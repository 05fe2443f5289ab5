package ado.model.pipelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.ApiCall;
import ado.core.error.AdoBadRequestException;
import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonType;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.Lossless;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class PipelinePermissionsTest {

    private static ApiCall project;

    @BeforeAll
    static void start(AdoEmulator emulator) {
        project = emulator.client().api().project("Fabrikam-Fiber-Git");
    }

    private static void assertLossless(String vector, String part) {
        Lossless.vector("approvalsAndChecks/" + vector, part, JsonType.of(PipelinePermissionSet.class));
    }

    @Test
    void vectors_everyPipelinePermissionVector_bindsLosslessly() {
        assertLossless("PipelinePermissions_Get.json", "response");
        assertLossless("PipelinePermissions_UpdatePipelinePermisionsForResource.json", "request");
        assertLossless("PipelinePermissions_UpdatePipelinePermisionsForResource.json", "response");
    }

    @Test
    void update_authorizesPipeline_andGetShowsIt() {
        var queue = PipelinePermissionResource.of("queue", "2");

        PipelinePermissions.update(project, queue, PipelinePermissionSet.of(List.of(PipelinePermission.of(4, true))));
        PipelinePermissionSet read = PipelinePermissions.get(project, queue);

        assertThat(read.authorizes(4)).isTrue();
        assertThat(read.authorizes(5)).isFalse();
        assertThat(read.pipelines().get(0).authorizedBy().displayName()).isEqualTo("Ada Lovelace");
    }

    @Test
    void update_allPipelines_authorizesEveryPipeline() {
        var endpoint = PipelinePermissionResource.of("endpoint", "e1");

        PipelinePermissionSet after = PipelinePermissions.update(project, endpoint,
                PipelinePermissionSet.allPipelines(true));

        assertThat(after.authorizes(99)).isTrue();
    }

    @Test
    void get_neverSet_hasNoPipelines() {
        assertThat(PipelinePermissions.get(project, PipelinePermissionResource.of("securefile", "x")).pipelines())
                .isEmpty();
    }

    @Test
    void update_missingAuthorizedFlag_isBadRequest() {
        var raw = project.apis("pipelines", "pipelinepermissions", "queue", "3").patch("7.1-preview.1")
                .body(ado.core.Body.json(JsonObject.builder().put("pipelines", JsonArray.of(JsonObject.builder()
                        .put("id", 1).build())).build()));

        assertThatThrownBy(() -> raw.as(JsonObject.class)).isInstanceOf(AdoBadRequestException.class);
    }

    @Test
    void permission_nonPositiveId_throwsNamingId() {
        assertThatThrownBy(() -> PipelinePermission.of(0, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id");
    }

    @Test
    void resource_blankType_throwsNamingType() {
        assertThatThrownBy(() -> PipelinePermissionResource.of(" ", "1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("type");
    }
}
