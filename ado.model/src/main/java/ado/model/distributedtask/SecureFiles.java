package ado.model.distributedtask;

import ado.core.ApiCall;
import ado.core.Body;
import ado.model.internal.Checks;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Secure files of the pipelines library ({@code {project}/_apis/distributedtask/securefiles}, a preview API). */
public final class SecureFiles {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1-preview.1";

    private SecureFiles() {
    }

    /**
     * {@return the project's secure files whose name matches {@code namePattern} ({@code *} wildcards), or all for
     * {@code null}}
     *
     * @param project     the project scope ({@code client.api().project(name)})
     * @param namePattern the name pattern, such as {@code *.pfx}, or {@code null} for all
     */
    public static List<SecureFile> list(ApiCall project, String namePattern) {
        return scope(project).query("namePattern", namePattern).get(API_VERSION).asList(SecureFile.class);
    }

    /**
     * {@return secure file {@code id}}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param id      the secure file id
     * @throws ado.core.error.AdoNotFoundException if there is none
     * @throws NullPointerException                if {@code id} is null
     */
    public static SecureFile get(ApiCall project, UUID id) {
        return scope(project).path(Objects.requireNonNull(id, "id == null").toString()).get(API_VERSION)
                .as(SecureFile.class);
    }

    /**
     * {@return the new secure file {@code name} holding the bytes of {@code file}}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param name    the secure file's name
     * @param file    the file to upload
     * @throws NullPointerException     if {@code name} or {@code file} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static SecureFile upload(ApiCall project, String name, Path file) {
        Objects.requireNonNull(file, "file == null");
        return scope(project).query("name", Checks.nonBlank(name, "name")).post(API_VERSION)
                .body(Body.octetStream(file)).as(SecureFile.class);
    }

    /**
     * {@return the new secure file {@code name} holding {@code content}}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param name    the secure file's name
     * @param content the bytes to upload
     * @throws NullPointerException     if {@code name} or {@code content} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static SecureFile upload(ApiCall project, String name, byte[] content) {
        Objects.requireNonNull(content, "content == null");
        return scope(project).query("name", Checks.nonBlank(name, "name")).post(API_VERSION)
                .body(Body.octetStream(content)).as(SecureFile.class);
    }

    /**
     * Deletes secure file {@code id}.
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param id      the secure file id
     * @throws NullPointerException if {@code id} is null
     */
    public static void delete(ApiCall project, UUID id) {
        scope(project).path(Objects.requireNonNull(id, "id == null").toString()).delete(API_VERSION).send();
    }

    private static ApiCall scope(ApiCall project) {
        return project.apis("distributedtask", "securefiles");
    }
}
