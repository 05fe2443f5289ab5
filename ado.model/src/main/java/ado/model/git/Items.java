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

    /** {@return the metadata of the item at {@code path}} */
    public static GitItem get(ApiCall repo, String path, GitVersionDescriptor version) {
        return request(repo, "path", path, version).get(API_VERSION).as(GitItem.class);
    }

    /** {@return the content of file {@code path}, decoded as UTF-8} */
    public static String text(ApiCall repo, String path, GitVersionDescriptor version) {
        return new String(bytes(repo, path, version), StandardCharsets.UTF_8);
    }

    /** {@return the content of file {@code path}} */
    public static byte[] bytes(ApiCall repo, String path, GitVersionDescriptor version) {
        return request(repo, "path", path, version).get(API_VERSION).accept("application/octet-stream").bytes();
    }

    /** {@return the content of file {@code path} as a stream, which the caller must close} */
    public static InputStream open(ApiCall repo, String path, GitVersionDescriptor version) {
        return request(repo, "path", path, version).get(API_VERSION).accept("application/octet-stream")
                .openStream();
    }

    /** {@return the item at {@code scopePath} and, as {@code recursion} says, the items below it} */
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
