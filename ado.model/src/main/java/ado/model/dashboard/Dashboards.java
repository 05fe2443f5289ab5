package ado.model.dashboard;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.json.JsonObject;
import ado.model.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Dashboards and their widgets ({@code _apis/dashboard/dashboards}). The scope is a team
 * ({@code api().project(p).team(t)}) for team dashboards or a project ({@code api().project(p)}) for project
 * dashboards.
 */
public final class Dashboards {

    /** The api-version of dashboards (preview only in 7.1). */
    public static final String API_VERSION = "7.1-preview.3";
    /** The api-version of widgets (preview only in 7.1). */
    public static final String WIDGETS_VERSION = "7.1-preview.2";

    private Dashboards() {
    }

    /**
     * {@return the dashboards of the scope, without widgets}
     *
     * @param scope a team scope ({@code api().project(p).team(t)}) or a project scope ({@code api().project(p)})
     */
    public static List<Dashboard> list(ApiCall scope) {
        return dashboards(scope).get(API_VERSION).asList(Dashboard.class);
    }

    /**
     * {@return dashboard {@code id} with its widgets}
     *
     * @param scope a team scope ({@code api().project(p).team(t)}) or a project scope ({@code api().project(p)})
     * @param id    the dashboard id
     * @throws NullPointerException if {@code id} is null
     */
    public static Dashboard get(ApiCall scope, UUID id) {
        return dashboard(scope, id).get(API_VERSION).as(Dashboard.class);
    }

    /**
     * {@return the new, empty dashboard {@code name}}
     *
     * @param scope       a team scope ({@code api().project(p).team(t)}) or a project scope ({@code api().project(p)})
     * @param name        its name
     * @param description its description, or {@code null}
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static Dashboard create(ApiCall scope, String name, String description) {
        var body = JsonObject.builder().put("name", Checks.nonBlank(name, "name"));
        if (description != null) {
            body.put("description", description);
        }
        return dashboards(scope).post(API_VERSION).body(Body.json(body.build())).as(Dashboard.class);
    }

    /**
     * {@return dashboard {@code current} renamed and re-described (PUT), if it is still at {@code current.eTag()}}
     *
     * @param scope       a team scope ({@code api().project(p).team(t)}) or a project scope ({@code api().project(p)})
     * @param current     the dashboard as read, with its id and eTag
     * @param name        the new name
     * @param description the new description, or {@code null}
     * @throws ado.core.error.AdoConflictException when someone changed it since it was read
     * @throws NullPointerException                if {@code current}, its id or {@code name} is null
     * @throws IllegalArgumentException            if {@code name} is blank
     */
    public static Dashboard replace(ApiCall scope, Dashboard current, String name, String description) {
        Objects.requireNonNull(current, "current == null");
        Objects.requireNonNull(current.id(), "current.id == null");
        var body = JsonObject.builder().put("name", Checks.nonBlank(name, "name"));
        if (description != null) {
            body.put("description", description);
        }
        if (current.eTag() != null) {
            body.put("eTag", current.eTag());
        }
        return dashboard(scope, current.id()).put(API_VERSION).body(Body.json(body.build())).as(Dashboard.class);
    }

    /**
     * Deletes dashboard {@code id}.
     *
     * @param scope a team scope ({@code api().project(p).team(t)}) or a project scope ({@code api().project(p)})
     * @param id    the dashboard id
     * @throws NullPointerException if {@code id} is null
     */
    public static void delete(ApiCall scope, UUID id) {
        dashboard(scope, id).delete(API_VERSION).send();
    }

    /**
     * {@return the widgets of dashboard {@code id}}
     *
     * @param scope a team scope ({@code api().project(p).team(t)}) or a project scope ({@code api().project(p)})
     * @param id    the dashboard id
     * @throws NullPointerException if {@code id} is null
     */
    public static List<Widget> widgets(ApiCall scope, UUID id) {
        return dashboard(scope, id).path("widgets").get(WIDGETS_VERSION).asList(Widget.class);
    }

    /**
     * {@return widget {@code widgetId}}
     *
     * @param scope    a team scope ({@code api().project(p).team(t)}) or a project scope ({@code api().project(p)})
     * @param id       the dashboard id
     * @param widgetId the widget id
     * @throws NullPointerException if {@code id} or {@code widgetId} is null
     */
    public static Widget widget(ApiCall scope, UUID id, UUID widgetId) {
        return widgetCall(scope, id, widgetId).get(WIDGETS_VERSION).as(Widget.class);
    }

    /**
     * {@return the new widget}
     *
     * @param scope a team scope ({@code api().project(p).team(t)}) or a project scope ({@code api().project(p)})
     * @param id    the dashboard id
     * @param spec  the widget, such as {@link WidgetSpec#markdown}
     * @throws NullPointerException if {@code id} or {@code spec} is null
     */
    public static Widget addWidget(ApiCall scope, UUID id, WidgetSpec spec) {
        Objects.requireNonNull(spec, "spec == null");
        return dashboard(scope, id).path("widgets").post(WIDGETS_VERSION).body(Body.json(spec.toJson(null)))
                .as(Widget.class);
    }

    /**
     * {@return widget {@code current} replaced by {@code spec} (PUT), if it is still at its eTag}
     *
     * @param scope   a team scope ({@code api().project(p).team(t)}) or a project scope ({@code api().project(p)})
     * @param id      the dashboard id
     * @param current the widget as read, with its id and eTag
     * @param spec    the widget's new content
     * @throws NullPointerException if an argument or {@code current}'s id is null
     */
    public static Widget replaceWidget(ApiCall scope, UUID id, Widget current, WidgetSpec spec) {
        Objects.requireNonNull(current, "current == null");
        Objects.requireNonNull(spec, "spec == null");
        return widgetCall(scope, id, current.id()).put(WIDGETS_VERSION).body(Body.json(spec.toJson(current.eTag())))
                .as(Widget.class);
    }

    /**
     * Deletes widget {@code widgetId}.
     *
     * @param scope    a team scope ({@code api().project(p).team(t)}) or a project scope ({@code api().project(p)})
     * @param id       the dashboard id
     * @param widgetId the widget id
     * @throws NullPointerException if {@code id} or {@code widgetId} is null
     */
    public static void deleteWidget(ApiCall scope, UUID id, UUID widgetId) {
        widgetCall(scope, id, widgetId).delete(WIDGETS_VERSION).send();
    }

    private static ApiCall dashboards(ApiCall scope) {
        return scope.apis("dashboard", "dashboards");
    }

    private static ApiCall dashboard(ApiCall scope, UUID id) {
        return dashboards(scope).path(Objects.requireNonNull(id, "id == null").toString());
    }

    private static ApiCall widgetCall(ApiCall scope, UUID id, UUID widgetId) {
        return dashboard(scope, id).path("widgets", Objects.requireNonNull(widgetId, "widgetId == null").toString());
    }
}
