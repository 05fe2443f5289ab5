package ado.model.dashboard;

import ado.core.json.JsonObject;
import ado.model.internal.Checks;

/**
 * A widget to add to a dashboard.
 *
 * @param name           its title
 * @param contributionId the contribution that renders it, such as
 *                       {@code ms.vss-dashboards-web.Microsoft.VisualStudioOnline.Dashboards.MarkdownWidget}
 * @param row            its row, from 1
 * @param column         its column, from 1
 * @param rowSpan        its height, from 1
 * @param columnSpan     its width, from 1
 * @param settings       its settings string, or {@code null}
 */
public record WidgetSpec(String name, String contributionId, int row, int column, int rowSpan, int columnSpan,
                         String settings) {

    /**
     * Checks the fields.
     *
     * @param name           its title
     * @param contributionId the contribution that renders it, such as
     *                       {@code ms.vss-dashboards-web.Microsoft.VisualStudioOnline.Dashboards.MarkdownWidget}
     * @param row            its row, from 1
     * @param column         its column, from 1
     * @param rowSpan        its height, from 1
     * @param columnSpan     its width, from 1
     * @param settings       its settings string, or {@code null}
     * @throws NullPointerException     if {@code name} or {@code contributionId} is null
     * @throws IllegalArgumentException if {@code name} or {@code contributionId} is blank, or a position or size is
     *                                  below 1
     */
    public WidgetSpec {
        Checks.nonBlank(name, "name");
        Checks.nonBlank(contributionId, "contributionId");
        for (int[] v : new int[][] {{row}, {column}, {rowSpan}, {columnSpan}}) {
            if (v[0] < 1) {
                throw new IllegalArgumentException("row, column, rowSpan and columnSpan must be at least 1: "
                        + row + ", " + column + ", " + rowSpan + ", " + columnSpan);
            }
        }
    }

    /**
     * {@return a Markdown widget at {@code row}/{@code column}, 2x2, showing {@code markdown}}
     *
     * @param name     its title
     * @param row      its row, from 1
     * @param column   its column, from 1
     * @param markdown the Markdown to show (the widget's settings), or {@code null}
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank or {@code row} or {@code column} is below 1
     */
    public static WidgetSpec markdown(String name, int row, int column, String markdown) {
        return new WidgetSpec(name, "ms.vss-dashboards-web.Microsoft.VisualStudioOnline.Dashboards.MarkdownWidget",
                row, column, 2, 2, markdown);
    }

    JsonObject toJson(String eTag) {
        var b = JsonObject.builder().put("name", name).put("contributionId", contributionId)
                .put("position", JsonObject.builder().put("row", row).put("column", column).build())
                .put("size", JsonObject.builder().put("rowSpan", rowSpan).put("columnSpan", columnSpan).build());
        if (settings != null) {
            b.put("settings", settings);
        }
        if (eTag != null) {
            b.put("eTag", eTag);
        }
        return b.build();
    }
}
