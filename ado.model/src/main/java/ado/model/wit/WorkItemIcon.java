package ado.model.wit;

/**
 * The icon of a work item type.
 *
 * @param id  the icon id, such as {@code icon_insect}
 * @param url the image URL, or {@code null}
 */
public record WorkItemIcon(String id, String url) {
}
