package ado.model.wit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.ApiCall;
import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoHttpException;
import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClassificationNodesTest {

    private static final TreeStructureGroup AREAS = TreeStructureGroup.AREAS;
    private static final TreeStructureGroup ITERATIONS = TreeStructureGroup.ITERATIONS;

    private AdoEmulator emulator;
    private ApiCall project;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.start();
        project = emulator.client().api().project("Fabrikam-Fiber-Git");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void roots_depthOne_areaAndIterationTreesWithChildren() {
        var roots = ClassificationNodes.roots(project, 1);

        assertThat(roots).extracting(WorkItemClassificationNode::structureType)
                .containsExactly(TreeNodeStructureType.AREA, TreeNodeStructureType.ITERATION);
        assertThat(roots.get(0).children()).extracting(WorkItemClassificationNode::name)
                .containsExactly("Web", "Backend");
        assertThat(roots.get(1).children()).extracting(WorkItemClassificationNode::name)
                .containsExactly("Sprint 1", "Sprint 2", "Sprint 3");
    }

    @Test
    void get_depthZero_noChildrenButHasChildrenFlag() {
        WorkItemClassificationNode root = ClassificationNodes.get(project, ITERATIONS, "", 0);

        assertThat(root.children()).isEmpty();
        assertThat(root.hasChildren()).isTrue();
        assertThat(root.path()).isEqualTo("\\Fabrikam-Fiber-Git\\Iteration");
    }

    @Test
    void create_nestedIterationWithDates_readBackWithPathAndDates() {
        var dates = new ClassificationNodeAttributes(Instant.parse("2030-01-07T00:00:00Z"),
                Instant.parse("2030-01-18T00:00:00Z"));
        ClassificationNodes.create(project, ITERATIONS, "", "Release 1", null);
        ClassificationNodes.create(project, ITERATIONS, "Release 1", "Sprint A", dates);

        WorkItemClassificationNode node = ClassificationNodes.get(project, ITERATIONS, "Release 1/Sprint A", 0);

        assertThat(node.path()).isEqualTo("\\Fabrikam-Fiber-Git\\Iteration\\Release 1\\Sprint A");
        assertThat(node.attributes()).isEqualTo(dates);
        assertThat(node.identifier()).isNotNull();
    }

    @Test
    void update_renameAndDates_applied() {
        var dates = new ClassificationNodeAttributes(Instant.parse("2031-02-03T00:00:00Z"),
                Instant.parse("2031-02-14T00:00:00Z"));

        WorkItemClassificationNode renamed = ClassificationNodes.update(project, ITERATIONS, "Sprint 3", "Sprint Three",
                dates);

        assertThat(renamed.name()).isEqualTo("Sprint Three");
        assertThat(renamed.attributes()).isEqualTo(dates);
        assertThat(ClassificationNodes.get(project, ITERATIONS, "Sprint Three", 0).id()).isEqualTo(renamed.id());
    }

    @Test
    void move_underSibling_newPath() {
        int web = ClassificationNodes.get(project, AREAS, "Web", 0).id();

        WorkItemClassificationNode moved = ClassificationNodes.move(project, AREAS, "Backend", web);

        assertThat(moved.path()).isEqualTo("\\Fabrikam-Fiber-Git\\Area\\Backend\\Web");
        assertThatThrownBy(() -> ClassificationNodes.get(project, AREAS, "Web", 0))
                .isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void move_underItsOwnChild_refusedAndTreeUnchanged() {
        ClassificationNodes.create(project, AREAS, "Web", "Frontend", null);
        int web = ClassificationNodes.get(project, AREAS, "Web", 0).id();

        assertThatThrownBy(() -> ClassificationNodes.move(project, AREAS, "Web/Frontend", web))
                .isInstanceOf(AdoBadRequestException.class).hasMessageContaining("under itself");
        assertThat(ClassificationNodes.get(project, AREAS, "Web/Frontend", 0).path())
                .isEqualTo("\\Fabrikam-Fiber-Git\\Area\\Web\\Frontend");
    }

    @Test
    void delete_withReclassifyTarget_nodeGone() {
        int backend = ClassificationNodes.get(project, AREAS, "Backend", 0).id();

        ClassificationNodes.delete(project, AREAS, "Web", backend);

        assertThat(ClassificationNodes.get(project, AREAS, "", 1).children())
                .extracting(WorkItemClassificationNode::name).containsExactly("Backend");
    }

    @Test
    void delete_withoutReclassify_adoVs402391AndNodeKept() {
        ApiCall web = project.apis("wit", "classificationnodes", "Areas", "Web");

        assertThatThrownBy(() -> web.delete(ClassificationNodes.API_VERSION).send())
                .isInstanceOfSatisfying(AdoBadRequestException.class, e -> assertThat(e.adoMessage()).hasValue(
                        "VS402391: Reclassification Id must be given during classification node deletion"));
        assertThat(ClassificationNodes.get(project, AREAS, "Web", 0).name()).isEqualTo("Web");
    }

    @Test
    void delete_reclassifyIntoItself_refused() {
        int web = ClassificationNodes.get(project, AREAS, "Web", 0).id();

        assertThatThrownBy(() -> ClassificationNodes.delete(project, AREAS, "Web", web))
                .isInstanceOf(AdoBadRequestException.class);
        assertThat(ClassificationNodes.get(project, AREAS, "Web", 0).id()).isEqualTo(web);
    }

    @Test
    void create_duplicateSiblingName_refused() {
        assertThatThrownBy(() -> ClassificationNodes.create(project, AREAS, "", "web", null))
                .isInstanceOf(AdoBadRequestException.class).hasMessageContaining("already in use");
    }

    @Test
    void create_nameWithBackslash_refused() {
        assertThatThrownBy(() -> ClassificationNodes.create(project, AREAS, "", "a\\b", null))
                .isInstanceOf(AdoHttpException.class).hasMessageContaining("not valid");
    }

    @Test
    void get_missingPath_notFound() {
        assertThatThrownBy(() -> ClassificationNodes.get(project, ITERATIONS, "Sprint 99", 0))
                .isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void attributes_finishBeforeStart_throwsNamingFields() {
        assertThatThrownBy(() -> new ClassificationNodeAttributes(Instant.parse("2030-01-02T00:00:00Z"),
                Instant.parse("2030-01-01T00:00:00Z"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finishDate");
    }

    @Test
    void delete_root_refusedLocally() {
        assertThatThrownBy(() -> ClassificationNodes.delete(project, AREAS, "", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("path");
    }
}
