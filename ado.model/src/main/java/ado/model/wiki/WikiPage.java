package ado.model.wiki;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Objects;

/**
 * A wiki page.
 *
 * @param id          the page id, or {@code null}
 * @param path        its path, such as {@code /Home/Setup}
 * @param order       its position among its siblings, or {@code null}
 * @param gitItemPath the Markdown file backing it, or {@code null}
 * @param content     its Markdown, or {@code null} when not asked for
 * @param isParentPage whether it has sub-pages, or {@code null}
 * @param subPages    its sub-pages (with a recursion level); empty when absent
 * @param url         its API URL, or {@code null}
 * @param remoteUrl   its web URL, or {@code null}
 * @param other       members ado4j does not model; never {@code null}
 */
public record WikiPage(Integer id, String path, Integer order, String gitItemPath, String content,
                       Boolean isParentPage, List<WikiPage> subPages, String url, String remoteUrl,
                       @JsonUnmapped JsonObject other) {

    /**
     * Checks the path and copies the sub-pages.
     *
     * @param id           the page id, or {@code null}
     * @param path         its path, such as {@code /Home/Setup}
     * @param order        its position among its siblings, or {@code null}
     * @param gitItemPath  the Markdown file backing it, or {@code null}
     * @param content      its Markdown, or {@code null} when not asked for
     * @param isParentPage whether it has sub-pages, or {@code null}
     * @param subPages     its sub-pages (with a recursion level); empty when absent
     * @param url          its API URL, or {@code null}
     * @param remoteUrl    its web URL, or {@code null}
     * @param other        members ado4j does not model; never {@code null}
     * @throws NullPointerException if {@code path} is null
     */
    public WikiPage {
        other = other == null ? JsonObject.EMPTY : other;
        Objects.requireNonNull(path, "path == null");
        subPages = Copies.list(subPages, "subPages");
    }
}
