package ado.model.wiki;

/**
 * A page move ({@code pagemoves}).
 *
 * @param path     the old path
 * @param newPath  the new path
 * @param newOrder the new position among the siblings, or {@code null}
 * @param page     the moved page, or {@code null}
 */
public record WikiPageMove(String path, String newPath, Integer newOrder, WikiPage page) {
}
