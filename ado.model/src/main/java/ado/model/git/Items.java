package ado.model.git;

import ado.core.ApiCall;
import ado.model.internal.Checks;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Files and folders of a repository ({@code .../items}); {@code repo} is a repository scope. A {@code null}
 * version means the default branch. A missing item or version fails with
 * {@link ado.core.error.AdoNotFoundException}.
 */
public final class Items {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private Items() {
    }

    /**
     * {@return the metadata of the item at {@code path}}
     *
     * @param repo    the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param path    the path in the repository, such as {@code /README.md}
     * @param version the branch, tag or commit to read, or {@code null} for the default branch
     * @throws ado.core.error.AdoNotFoundException if there is no such repository, version or item
     * @throws NullPointerException                if {@code path} is null
     * @throws IllegalArgumentException            if {@code path} is blank
     */
    public static GitItem get(ApiCall repo, String path, GitVersionDescriptor version) {
        return request(repo, "path", path, version).get(API_VERSION).as(GitItem.class);
    }

    /**
     * {@return the content of file {@code path}, decoded as UTF-8}
     *
     * @param repo    the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param path    the path in the repository, such as {@code /README.md}
     * @param version the branch, tag or commit to read, or {@code null} for the default branch
     * @throws ado.core.error.AdoNotFoundException if there is no such repository, version or item
     * @throws NullPointerException                if {@code path} is null
     * @throws IllegalArgumentException            if {@code path} is blank
     */
    public static String text(ApiCall repo, String path, GitVersionDescriptor version) {
        return new String(bytes(repo, path, version), StandardCharsets.UTF_8);
    }

    /**
     * {@return the content of file {@code path}}
     *
     * @param repo    the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param path    the path in the repository, such as {@code /README.md}
     * @param version the branch, tag or commit to read, or {@code null} for the default branch
     * @throws ado.core.error.AdoNotFoundException if there is no such repository, version or item
     * @throws NullPointerException                if {@code path} is null
     * @throws IllegalArgumentException            if {@code path} is blank
     */
    public static byte[] bytes(ApiCall repo, String path, GitVersionDescriptor version) {
        return request(repo, "path", path, version).get(API_VERSION).accept("application/octet-stream").bytes();
    }

    /**
     * {@return the content of file {@code path} as a stream, which the caller must close}
     *
     * @param repo    the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param path    the path in the repository, such as {@code /README.md}
     * @param version the branch, tag or commit to read, or {@code null} for the default branch
     * @throws ado.core.error.AdoNotFoundException if there is no such repository, version or item
     * @throws NullPointerException                if {@code path} is null
     * @throws IllegalArgumentException            if {@code path} is blank
     */
    public static InputStream open(ApiCall repo, String path, GitVersionDescriptor version) {
        return request(repo, "path", path, version).get(API_VERSION).accept("application/octet-stream")
                .openStream();
    }

    /**
     * {@return the item at {@code scopePath} and, as {@code recursion} says, the items below it}
     *
     * @param repo      the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param scopePath the folder or file to start at, such as {@code /}
     * @param recursion how deep to go below it
     * @param version   the branch, tag or commit to read, or {@code null} for the default branch
     * @throws ado.core.error.AdoNotFoundException if there is no such repository, version or item
     * @throws NullPointerException                if {@code scopePath} or {@code recursion} is null
     * @throws IllegalArgumentException            if {@code scopePath} is blank
     */
    public static List<GitItem> list(ApiCall repo, String scopePath, RecursionLevel recursion,
                                     GitVersionDescriptor version) {
        java.util.Objects.requireNonNull(recursion, "recursion == null");
        return request(repo, "scopePath", scopePath, version).query("recursionLevel", recursion.wire())
                .get(API_VERSION).asList(GitItem.class);
    }

    private static ApiCall request(ApiCall repo, String pathName, String path, GitVersionDescriptor version) {
        ApiCall call = repo.path("items").query(pathName, Checks.nonBlank(path, "path"));
        return version == null ? call : call.query(version.query("versionDescriptor"));
    }

}
