package ado.model.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.ApiCall;
import ado.core.error.AdoConflictException;
import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class DashboardEndpointsTest {

    private static ApiCall team;
    private static ApiCall project;
    private static int names;

    @BeforeAll
    static void scopes(AdoEmulator emulator) {
        project = emulator.client().api().project("Fabrikam-Fiber-Git");
        team = project.team("Quality assurance");
    }

    private static String newName() {
        return "Board " + (++names);
    }

    @Test
    void create_teamDashboard_listedAndReadable() {
        Dashboard created = Dashboards.create(team, newName(), "Quality at a glance");

        assertThat(created.dashboardScope()).isEqualTo("project_Team");
        assertThat(Dashboards.list(team)).extracting(Dashboard::id).contains(created.id());
        assertThat(Dashboards.get(team, created.id()).description()).isEqualTo("Quality at a glance");
    }

    @Test
    void create_projectDashboard_notListedForTeam() {
        Dashboard created = Dashboards.create(project, newName(), null);

        assertThat(created.dashboardScope()).isEqualTo("project");
        assertThat(Dashboards.list(project)).extracting(Dashboard::id).contains(created.id());
        assertThat(Dashboards.list(team)).extracting(Dashboard::id).doesNotContain(created.id());
    }

    @Test
    void create_duplicateName_conflict() {
        String name = newName();
        Dashboards.create(team, name, null);

        assertThatThrownBy(() -> Dashboards.create(team, name, null)).isInstanceOf(AdoConflictException.class);
    }

    @Test
    void replace_currentETag_renamed() {
        Dashboard created = Dashboards.create(team, newName(), null);

        Dashboard renamed = Dashboards.replace(team, created, "Renamed " + names, "new");

        assertThat(renamed.name()).isEqualTo("Renamed " + names);
        assertThat(renamed.eTag()).isNotEqualTo(created.eTag());
    }

    @Test
    void replace_staleETag_conflictAndUnchanged() {
        Dashboard created = Dashboards.create(team, newName(), null);
        Dashboards.replace(team, created, created.name(), "first");

        assertThatThrownBy(() -> Dashboards.replace(team, created, "Second", "second"))
                .isInstanceOf(AdoConflictException.class);
        assertThat(Dashboards.get(team, created.id()).description()).isEqualTo("first");
    }

    @Test
    void delete_dashboard_notFoundAfterwards() {
        Dashboard created = Dashboards.create(team, newName(), null);

        Dashboards.delete(team, created.id());

        assertThatThrownBy(() -> Dashboards.get(team, created.id())).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void widgets_addReplaceDelete() {
        Dashboard d = Dashboards.create(team, newName(), null);

        Widget w = Dashboards.addWidget(team, d.id(), WidgetSpec.markdown("Notes", 1, 1, "# Hi"));
        Widget replaced = Dashboards.replaceWidget(team, d.id(), w, WidgetSpec.markdown("Notes 2", 1, 3, "# Bye"));

        assertThat(Dashboards.widgets(team, d.id())).extracting(Widget::name).containsExactly("Notes 2");
        assertThat(Dashboards.widget(team, d.id(), w.id()).settings()).isEqualTo("# Bye");
        assertThat(Dashboards.get(team, d.id()).widgets()).hasSize(1);
        assertThatThrownBy(() -> Dashboards.replaceWidget(team, d.id(), w, WidgetSpec.markdown("Stale", 1, 1, "x")))
                .isInstanceOf(AdoConflictException.class);

        Dashboards.deleteWidget(team, d.id(), replaced.id());

        assertThat(Dashboards.widgets(team, d.id())).isEmpty();
    }

    @Test
    void widget_unknown_notFound() {
        Dashboard d = Dashboards.create(team, newName(), null);

        assertThatThrownBy(() -> Dashboards.widget(team, d.id(), UUID.randomUUID()))
                .isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void widgetSpec_zeroSpan_rejected() {
        assertThatThrownBy(() -> new WidgetSpec("n", "c", 1, 1, 0, 1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rowSpan");
    }
}
