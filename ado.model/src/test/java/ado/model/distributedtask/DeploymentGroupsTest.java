package ado.model.distributedtask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.ApiCall;
import ado.core.Envelope;
import ado.core.error.AdoConflictException;
import ado.core.error.AdoNotFoundException;
import ado.core.json.JsonType;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.Lossless;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class DeploymentGroupsTest {

    private static ApiCall project;

    @BeforeAll
    static void start(AdoEmulator emulator) {
        project = emulator.client().api().project("Contoso-Web");
    }

    @Test
    void vectors_everyDeploymentGroupVector_bindsLosslessly() {
        for (String slug : List.of("get-a-deployment-group-by-name", "get-deployment-groups-by-ids",
                "get-deployment-groups-in-pages", "list-all-deployment-groups")) {
            Envelope<DeploymentGroup> page = Lossless.vector("distributedTask/Deploymentgroups_List--" + slug
                    + ".json", "response", JsonType.of(Envelope.class, DeploymentGroup.class));

            assertThat(page.value()).allSatisfy(g -> assertThat(g.pool().poolType()).isEqualTo("deployment"));
        }
    }

    @Test
    void list_pagesByNameThroughEveryPage() {
        for (String n : List.of("dg-b", "dg-a", "dg-c")) {
            DeploymentGroups.create(project, n, null);
        }

        List<String> names = DeploymentGroups.list(project, "dg-*").map(DeploymentGroup::name).toList();
        List<String> paged = project.apis("distributedtask", "deploymentgroups").query("name", "dg-*")
                .query("$top", 2).get(DeploymentGroups.API_VERSION)
                .stream(ado.core.Paging.continuationHeader(DeploymentGroup.class)).map(DeploymentGroup::name).toList();

        assertThat(names).containsExactly("dg-a", "dg-b", "dg-c");
        assertThat(paged).containsExactly("dg-a", "dg-b", "dg-c");
    }

    @Test
    void createGetListByIdsDelete() {
        DeploymentGroup g = DeploymentGroups.create(project, "web-servers", "the web tier");

        assertThat(DeploymentGroups.get(project, g.id()).pool().name()).isEqualTo("Contoso-Web-web-servers");
        assertThat(DeploymentGroups.listByIds(project, List.of(g.id()))).extracting(DeploymentGroup::name)
                .containsExactly("web-servers");
        DeploymentGroups.delete(project, g.id());
        assertThatThrownBy(() -> DeploymentGroups.get(project, g.id())).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void create_duplicateName_isConflict() {
        DeploymentGroups.create(project, "db-servers", null);

        assertThatThrownBy(() -> DeploymentGroups.create(project, "DB-servers", null))
                .isInstanceOf(AdoConflictException.class);
    }

    @Test
    void create_blankName_isRejectedNamingName() {
        assertThatThrownBy(() -> DeploymentGroups.create(project, "", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }
}
