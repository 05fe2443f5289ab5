package ado.model.git;

import ado.model.internal.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A version of a repository: a branch, a tag or a commit. Branch and tag names are kept short, as ADO wants them
 * in {@code versionDescriptor.version}.
 *
 * @param version     the short branch or tag name, or the commit id
 * @param versionType what {@code version} names
 */
public record GitVersionDescriptor(String version, GitVersionType versionType) {

    /**
     * Checks both values; a commit version must be a lowercase SHA-1.
     *
     * @param version     the short branch or tag name, or the commit id
     * @param versionType what {@code version} names
     * @throws NullPointerException     if {@code version} or {@code versionType} is null
     * @throws IllegalArgumentException if {@code version} is blank, or not a SHA-1 for {@link GitVersionType#COMMIT}
     */
    public GitVersionDescriptor {
        Checks.nonBlank(version, "version");
        Objects.requireNonNull(versionType, "versionType == null");
        if (versionType == GitVersionType.COMMIT) {
            Checks.sha(version, "version");
        }
    }

    /**
     * {@return branch {@code name}}
     *
     * @param name the branch name, short ({@code main}) or full ({@code refs/heads/main})
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is not a well-formed branch name
     */
    public static GitVersionDescriptor branch(String name) {
        return new GitVersionDescriptor(RefNames.shortName(RefNames.branch(name)), GitVersionType.BRANCH);
    }

    /**
     * {@return tag {@code name}}
     *
     * @param name the tag name, short ({@code v1}) or full ({@code refs/tags/v1})
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is not a well-formed tag name
     */
    public static GitVersionDescriptor tag(String name) {
        return new GitVersionDescriptor(RefNames.shortName(RefNames.tag(name)), GitVersionType.TAG);
    }

    /**
     * {@return commit {@code id}}
     *
     * @param id the commit id, 40 lowercase hex digits
     * @throws NullPointerException     if {@code id} is null
     * @throws IllegalArgumentException if {@code id} is not a SHA-1
     */
    public static GitVersionDescriptor commit(String id) {
        return new GitVersionDescriptor(id, GitVersionType.COMMIT);
    }

    /**
     * {@return a commit for a 40-hex-digit value (any case), else a branch}: how a caller's
     * "branch or commit" argument is read
     *
     * @param value a commit id or a branch name, short or full
     * @throws NullPointerException     if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is neither a commit id nor a well-formed branch name
     */
    public static GitVersionDescriptor branchOrCommit(String value) {
        return RefNames.isSha(value) ? commit(value.toLowerCase(java.util.Locale.ROOT)) : branch(value);
    }

    /**
     * {@return the query parameters {@code {prefix}.version} and {@code {prefix}.versionType}}
     *
     * @param prefix the parameter prefix, such as {@code searchCriteria.itemVersion}
     */
    public Map<String, String> query(String prefix) {
        var map = new LinkedHashMap<String, String>();
        map.put(prefix + ".version", version);
        map.put(prefix + ".versionType", versionType.name().toLowerCase(java.util.Locale.ROOT));
        return map;
    }
}
