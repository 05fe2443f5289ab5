package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoConflictException;
import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import ado.model.dashboard.Widget;
import ado.model.dashboard.WidgetSpec;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Dashboard} objects (pyado's {@code Dashboard}, {@code get_dashboard} on project and team) against the
 * emulator: team and project scope, navigation back, one object per dashboard, lazy loading and refresh, widgets,
 * an update that never overwrites a newer change, and delete.
 */
class DashboardObjectTest {

    private AdoEmulator emulator;
    private Project project;
    private Team team;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.start();
        project = AzureDevOpsService.of(emulator.client()).organization().project("Fabrikam-Fiber-Git");
        team = project.team("Quality assurance");
        team.id();
        project.id();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private <T> T requests(long expected, Supplier<T> call) {
        return RequestCount.expect(emulator, expected, call);
    }

    @Test
    void teamDashboard_createdListedAndReached_oneObjectWithNavigationBack() {
        Dashboard quality = team.createDashboard("Quality", "Bugs and builds");

        assertThat(requests(0, () -> team.dashboard(quality.id()))).isSameAs(quality);
        assertThat(requests(1, team::dashboards)).containsExactly(quality);
        assertThat(quality.name()).isEqualTo("Quality");
        assertThat(quality.description()).contains("Bugs and builds");
        assertThat(quality.team()).containsSame(team);
        assertThat(quality.project()).isSameAs(project);
        assertThat(quality.organization()).isSameAs(project.organization());
        assertThat(project.collaboration().dashboards()).as("a team dashboard is not a project dashboard").doesNotContain(quality);
    }

    @Test
    void projectDashboard_noTeam_reachedByIdLazily() {
        Dashboard overview = project.collaboration().createDashboard("Overview", null);
        AzureDevOpsService other = AzureDevOpsService.of(emulator.client());

        Dashboard fresh = requests(0, () -> other.organization().project(project.id().toString())
                .collaboration().dashboard(overview.id()));

        assertThat(fresh.team()).isEmpty();
        assertThat(fresh.toString()).contains(overview.id().toString()).doesNotContain("Overview");
        assertThat(requests(1, fresh::name)).isEqualTo("Overview");
        assertThat(fresh.description()).isEmpty();
        assertThat(fresh.toString()).contains("\"Overview\"");
        assertThat(project.collaboration().dashboards()).contains(overview);
    }

    @Test
    void widgets_readNow_andRefreshCarriesThem() {
        Dashboard quality = team.createDashboard("Quality", null);

        Widget notes = quality.addWidget(WidgetSpec.markdown("Notes", 1, 1, "# Release checklist"));

        assertThat(requests(1, quality::widgets)).extracting(Widget::id).containsExactly(notes.id());
        assertThat(requests(1, quality::refresh).info().widgets()).extracting(Widget::name).containsExactly("Notes");
        quality.deleteWidget(notes.id());
        assertThat(quality.widgets()).isEmpty();
        assertThat(quality.info().widgets()).as("read again after its own widget change").isEmpty();
    }

    @Test
    void update_afterItsOwnWidgetChange_notRefused() {
        Dashboard quality = team.createDashboard("Quality", null);

        requests(2, () -> quality.addWidget(WidgetSpec.markdown("Notes", 1, 1, "# Notes")));

        assertThat(quality.update("Quality gate", null).name()).isEqualTo("Quality gate");
        Dashboard unloaded = AzureDevOpsService.of(emulator.client()).organization().project("Fabrikam-Fiber-Git")
                .team("Quality assurance").dashboard(quality.id());
        unloaded.team().orElseThrow().id();
        requests(1, () -> unloaded.addWidget(WidgetSpec.markdown("More", 1, 2, "# More")));
    }

    @Test
    void update_renames_butAStaleObjectGetsAConflictAndChangesNothing() {
        Dashboard mine = team.createDashboard("Quality", null);
        Dashboard theirs = AzureDevOpsService.of(emulator.client()).organization().project("Fabrikam-Fiber-Git")
                .team("Quality assurance").dashboard(mine.id());
        theirs.update("Quality (theirs)", "changed elsewhere");

        assertThatThrownBy(() -> mine.update("Quality (mine)", null)).isInstanceOf(AdoConflictException.class);
        assertThat(mine.refresh().name()).isEqualTo("Quality (theirs)");
        assertThat(mine.update("Quality (mine)", null).name()).isEqualTo("Quality (mine)");
        assertThat(theirs.refresh().description()).isEmpty();
    }

    @Test
    void delete_thenReadingIt_isTypedNotFound() {
        Dashboard gone = team.createDashboard("Temporary", null);

        gone.delete();

        assertThat(team.dashboards()).doesNotContain(gone);
        assertThatThrownBy(gone::refresh).isInstanceOf(AdoNotFoundException.class);
        assertThatThrownBy(() -> team.dashboard(UUID.randomUUID()).info()).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void dashboard_nullId_refused() {
        assertThatThrownBy(() -> project.collaboration().dashboard(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("id");
        assertThatThrownBy(() -> team.dashboard(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("id");
    }
}
