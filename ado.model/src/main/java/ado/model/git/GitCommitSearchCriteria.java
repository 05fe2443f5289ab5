package ado.model.git;

import ado.model.internal.Checks;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which commits {@link Commits#list} returns: reachable from {@code itemVersion} (default: the default branch),
 * not reachable from {@code compareVersion}, touching {@code itemPath}, by {@code author}, in a date range.
 * Immutable; the {@code with...} methods return copies.
 *
 * @param itemVersion    where the walk starts, or {@code null} for the default branch
 * @param compareVersion commits reachable from here are left out, or {@code null}
 * @param itemPath       only commits that change this path, or {@code null}
 * @param author         only commits whose author matches, or {@code null}
 * @param fromDate       only commits at or after, or {@code null}
 * @param toDate         only commits at or before, or {@code null}
 */
public record GitCommitSearchCriteria(GitVersionDescriptor itemVersion, GitVersionDescriptor compareVersion,
                                      String itemPath, String author, Instant fromDate, Instant toDate) {

    /** No criteria: every commit reachable from the default branch. */
    public static final GitCommitSearchCriteria ALL = new GitCommitSearchCriteria(null, null, null, null, null,
            null);

    /**
     * Checks that present strings are not blank and the dates are in order.
     *
     * @param itemVersion    where the walk starts, or {@code null} for the default branch
     * @param compareVersion commits reachable from here are left out, or {@code null}
     * @param itemPath       only commits that change this path, or {@code null}
     * @param author         only commits whose author matches, or {@code null}
     * @param fromDate       only commits at or after, or {@code null}
     * @param toDate         only commits at or before, or {@code null}
     * @throws IllegalArgumentException if {@code itemPath} or {@code author} is blank, or {@code fromDate} is after
     *                                  {@code toDate}
     */
    public GitCommitSearchCriteria {
        if (itemPath != null) {
            Checks.nonBlank(itemPath, "itemPath");
        }
        if (author != null) {
            Checks.nonBlank(author, "author");
        }
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new IllegalArgumentException("fromDate must not be after toDate: " + fromDate + " > " + toDate);
        }
    }

    /**
     * {@return commits reachable from {@code version}}
     *
     * @param version where the walk starts, or {@code null} for the default branch
     */
    public static GitCommitSearchCriteria from(GitVersionDescriptor version) {
        return ALL.withItemVersion(version);
    }

    /**
     * {@return a copy starting at {@code version}}
     *
     * @param version where the walk starts, or {@code null} for the default branch
     */
    public GitCommitSearchCriteria withItemVersion(GitVersionDescriptor version) {
        return new GitCommitSearchCriteria(version, compareVersion, itemPath, author, fromDate, toDate);
    }

    /**
     * {@return a copy leaving out commits reachable from {@code version}}
     *
     * @param version the commit, branch or tag whose history to leave out, or {@code null}
     */
    public GitCommitSearchCriteria withCompareVersion(GitVersionDescriptor version) {
        return new GitCommitSearchCriteria(itemVersion, version, itemPath, author, fromDate, toDate);
    }

    /**
     * {@return a copy limited to commits that change {@code path}}
     *
     * @param path the path in the repository, such as {@code /src}, or {@code null} for any
     * @throws IllegalArgumentException if {@code path} is blank
     */
    public GitCommitSearchCriteria withItemPath(String path) {
        return new GitCommitSearchCriteria(itemVersion, compareVersion, path, author, fromDate, toDate);
    }

    /**
     * {@return a copy limited to commits by {@code name}}
     *
     * @param name the author's name or e-mail, or {@code null} for any
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public GitCommitSearchCriteria withAuthor(String name) {
        return new GitCommitSearchCriteria(itemVersion, compareVersion, itemPath, name, fromDate, toDate);
    }

    /**
     * {@return a copy limited to commits between {@code from} and {@code to}, both included}
     *
     * @param from the earliest commit time, or {@code null}
     * @param to   the latest commit time, or {@code null}
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     */
    public GitCommitSearchCriteria withDates(Instant from, Instant to) {
        return new GitCommitSearchCriteria(itemVersion, compareVersion, itemPath, author, from, to);
    }

    /** {@return the {@code searchCriteria.*} query parameters} */
    public Map<String, String> query() {
        String p = "searchCriteria.";
        var map = new LinkedHashMap<String, String>();
        if (itemVersion != null) {
            map.putAll(itemVersion.query(p + "itemVersion"));
        }
        if (compareVersion != null) {
            map.putAll(compareVersion.query(p + "compareVersion"));
        }
        put(map, p + "itemPath", itemPath);
        put(map, p + "author", author);
        put(map, p + "fromDate", fromDate);
        put(map, p + "toDate", toDate);
        return map;
    }

    private static void put(Map<String, String> map, String name, Object value) {
        if (value != null) {
            map.put(name, value.toString());
        }
    }
}
