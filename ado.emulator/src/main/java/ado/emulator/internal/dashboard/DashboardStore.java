package ado.emulator.internal.dashboard;

import ado.core.json.JsonObject;
import ado.emulator.internal.http.AdoError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dashboards per scope (a project, or a team of a project) and their widgets. Every change bumps the eTag of what
 * it changed; a replace whose eTag is not the current one is refused (409) and changes nothing. Plausible
 * messages, type keys after ADO's dashboard server; not verified live.
 */
public final class DashboardStore {

    private static final String NS = "Microsoft.TeamFoundation.Dashboards.WebApi";

    /** A dashboard (guarded by the store). */
    public static final class Dashboard {
        private final UUID id;
        private final UUID groupId;
        private final boolean team;
        private String name;
        private String description;
        private int eTag = 1;
        private final int position;
        private final Map<UUID, Widget> widgets = new LinkedHashMap<>();

        Dashboard(UUID id, UUID groupId, boolean team, String name, String description, int position) {
            this.id = id;
            this.groupId = groupId;
            this.team = team;
            this.name = name;
            this.description = description;
            this.position = position;
        }

        /** {@return the id} */
        public UUID id() {
            return id;
        }

        /** {@return the owning team or project} */
        public UUID groupId() {
            return groupId;
        }

        /** {@return whether a team owns it} */
        public boolean team() {
            return team;
        }

        /** {@return the name} */
        public String name() {
            return name;
        }

        /** {@return the description, or {@code null}} */
        public String description() {
            return description;
        }

        /** {@return the version} */
        public int eTag() {
            return eTag;
        }

        /** {@return the position} */
        public int position() {
            return position;
        }

        /** {@return the widgets, in creation order} */
        public List<Widget> widgets() {
            return List.copyOf(widgets.values());
        }
    }

    /**
     * A widget revision.
     *
     * @param id             its id
     * @param name           its title
     * @param contributionId its contribution
     * @param position       {@code {row, column}}
     * @param size           {@code {rowSpan, columnSpan}}
     * @param settings       its settings string, or {@code null}
     * @param eTag           its version
     */
    public record Widget(UUID id, String name, String contributionId, JsonObject position, JsonObject size,
                         String settings, int eTag) {
    }

    private final Map<UUID, List<Dashboard>> byGroup = new ConcurrentHashMap<>();

    /** {@return the dashboards of the group, by position} */
    public synchronized List<Dashboard> list(UUID groupId) {
        return byGroup.getOrDefault(groupId, List.of()).stream()
                .sorted(Comparator.comparingInt(Dashboard::position)).toList();
    }

    /** {@return the new dashboard; 409 when the group has one of that name} */
    public synchronized Dashboard create(UUID groupId, boolean team, String name, String description) {
        List<Dashboard> list = byGroup.computeIfAbsent(groupId, g -> new ArrayList<>());
        if (list.stream().anyMatch(d -> d.name().equalsIgnoreCase(name))) {
            throw new AdoError(409, "DuplicateDashboardNameException", NS,
                    "A dashboard named '" + name + "' already exists.");
        }
        var d = new Dashboard(UUID.randomUUID(), groupId, team, name, description, list.size() + 1);
        list.add(d);
        return d;
    }

    /** {@return dashboard {@code id} of the group; 404 when missing} */
    public synchronized Dashboard find(UUID groupId, UUID id) {
        return byGroup.getOrDefault(groupId, List.of()).stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new AdoError(404, "DashboardDoesNotExistException", NS,
                        "The dashboard with id " + id + " does not exist."));
    }

    /** {@return the dashboard renamed; 409 when {@code eTag} is given and stale} */
    public synchronized Dashboard replace(UUID groupId, UUID id, String name, String description, String eTag) {
        Dashboard d = find(groupId, id);
        requireETag("dashboard", d.eTag, eTag);
        d.name = Objects.requireNonNull(name, "name == null");
        d.description = description;
        d.eTag++;
        return d;
    }

    /** Deletes dashboard {@code id}. */
    public synchronized void delete(UUID groupId, UUID id) {
        byGroup.get(groupId).remove(find(groupId, id));
    }

    /** {@return widget {@code widgetId}; 404 when missing} */
    public synchronized Widget widget(UUID groupId, UUID id, UUID widgetId) {
        Widget w = find(groupId, id).widgets.get(widgetId);
        if (w == null) {
            throw new AdoError(404, "WidgetDoesNotExistException", NS,
                    "The widget with id " + widgetId + " does not exist.");
        }
        return w;
    }

    /** {@return the widget added or replaced; a replace with a stale eTag is refused (409)} */
    public synchronized Widget putWidget(UUID groupId, UUID id, UUID widgetId, String eTag, String name,
                                         String contributionId, JsonObject position, JsonObject size,
                                         String settings) {
        Dashboard d = find(groupId, id);
        int next = 1;
        if (widgetId == null) {
            widgetId = UUID.randomUUID();
        } else {
            Widget current = widget(groupId, id, widgetId);
            requireETag("widget", current.eTag(), eTag);
            next = current.eTag() + 1;
        }
        var w = new Widget(widgetId, name, contributionId, position, size, settings, next);
        d.widgets.put(widgetId, w);
        d.eTag++;
        return w;
    }

    /** Deletes widget {@code widgetId}. */
    public synchronized void deleteWidget(UUID groupId, UUID id, UUID widgetId) {
        widget(groupId, id, widgetId);
        Dashboard d = find(groupId, id);
        d.widgets.remove(widgetId);
        d.eTag++;
    }

    private static void requireETag(String what, int current, String given) {
        if (given != null && !given.equals(Integer.toString(current))) {
            throw new AdoError(409, "DashboardVersionConflictException", NS,
                    "The " + what + " was changed by someone else (eTag " + given + " is not the current eTag "
                            + current + "). Refresh and try again.");
        }
    }
}
