package ado.oop;

import ado.core.ApiCall;
import ado.model.dashboard.Dashboards;
import ado.model.dashboard.Widget;
import ado.model.dashboard.WidgetSpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A dashboard of a team ({@link Team#dashboard(UUID)}) or of a project ({@link Collaboration#dashboard(UUID)}): its
 * name, description and widgets. One object per dashboard and scope per service; the dashboard loads on first use.
 *
 * <p><b>Thread safety.</b> Thread-safe: one object per dashboard per service; its record loads once even when threads
 * ask together, and a newer record (a list, a refresh, an update) replaces it whole, never mixed.
 */
public final class Dashboard {

    private final Project project;
    private final Team team;
    private final Resource<UUID, ado.model.dashboard.Dashboard> self;

    private Dashboard(Project project, Team team, UUID id) {
        this.project = project;
        this.team = team;
        this.self = new Resource<>(id, k -> Dashboards.get(api(), k));
    }

    /** {@return the one object of dashboard {@code id} of {@code team}, or of {@code project} when team is null} */
    static Dashboard of(Project project, Team team, UUID id) {
        Objects.requireNonNull(id, "id == null");
        return project.identities().byId(Dashboard.class, "dashboard", team == null ? project : team, id,
                () -> new Dashboard(project, team, id));
    }

    /** {@return the one object of the dashboard {@code record} describes, holding {@code record}} */
    static Dashboard of(Project project, Team team, ado.model.dashboard.Dashboard record) {
        if (record.id() == null) {
            throw ClientFailures.unexpectedAnswer("the id of dashboard " + Describe.quote(record.name()));
        }
        Dashboard d = of(project, team, record.id());
        d.self.set(record);
        return d;
    }

    /** {@return the dashboards of {@code team}, or of {@code project} when team is null; one request} */
    static List<Dashboard> list(Project project, Team team) {
        return Dashboards.list(scope(project, team)).stream().map(r -> of(project, team, r)).toList();
    }

    /** {@return a new, empty dashboard of {@code team}, or of {@code project} when team is null; one request} */
    static Dashboard create(Project project, Team team, String name, String description) {
        return of(project, team, Dashboards.create(scope(project, team), name, description));
    }

    /** {@return the project} */
    public Project project() {
        return project;
    }

    /** {@return the team of a team dashboard; empty for a project dashboard} */
    public Optional<Team> team() {
        return Optional.ofNullable(team);
    }

    /** {@return the organisation} */
    public Organization organization() {
        return project.organization();
    }

    /** {@return the scope of the raw API this dashboard lives in (team or project), for {@code ado.model} calls} */
    public ApiCall api() {
        return scope(project, team);
    }

    /** {@return the id} */
    public UUID id() {
        return self.key();
    }

    /** {@return the name} */
    public String name() {
        return info().name();
    }

    /** {@return the description, if it has one} */
    public Optional<String> description() {
        return Optional.ofNullable(info().description());
    }

    /**
     * {@return the dashboard as last read, loaded on first use; a record from a listing has no widgets (see
     * {@link #widgets()})}
     */
    public ado.model.dashboard.Dashboard info() {
        return self.get();
    }

    /** {@return this dashboard after loading it again (with its widgets)} */
    public Dashboard refresh() {
        return self.refresh(this);
    }

    /** {@return the widgets, read now; one request} */
    public List<Widget> widgets() {
        return Dashboards.widgets(api(), id());
    }

    /**
     * {@return the widget added to this dashboard} A widget change moves the dashboard's eTag, so when this object
     * holds the dashboard it reads it again (a second request), and a later {@link #update} is not refused for this
     * object's own change.
     *
     * @param spec the widget: name, contribution, position, size and settings
     * @throws NullPointerException if {@code spec} is null
     */
    public Widget addWidget(WidgetSpec spec) {
        Widget added = Dashboards.addWidget(api(), id(), spec);
        reloadIfLoaded();
        return added;
    }

    /**
     * Deletes widget {@code widgetId} from this dashboard; like {@link #addWidget}, reads the dashboard again when
     * this object holds it.
     *
     * @param widgetId the widget id
     * @throws NullPointerException if {@code widgetId} is null
     */
    public void deleteWidget(UUID widgetId) {
        Dashboards.deleteWidget(api(), id(), widgetId);
        reloadIfLoaded();
    }

    private void reloadIfLoaded() {
        if (self.loaded()) {
            self.reload();
        }
    }

    /**
     * {@return this dashboard renamed and re-described, if nobody changed it since it was last read}
     *
     * @param name the new name
     * @param description the new description, or {@code null} for none
     * @throws ado.core.error.AdoConflictException if it changed since it was last read ({@link #refresh()}, then
     *                                             decide again)
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Dashboard update(String name, String description) {
        self.set(Dashboards.replace(api(), info(), name, description));
        return this;
    }

    /** Deletes this dashboard and its widgets. */
    public void delete() {
        Dashboards.delete(api(), id());
    }

    private static ApiCall scope(Project project, Team team) {
        return team == null ? project.api() : team.api();
    }

    @Override
    public String toString() {
        return "Dashboard[" + self.ifLoaded(d -> Describe.quote(d.name()) + " ") + id() + " of "
                + (team == null ? project.label() : team) + "]";
    }
}
