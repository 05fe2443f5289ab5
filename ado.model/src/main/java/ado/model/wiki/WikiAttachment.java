package ado.model.wiki;

/**
 * A file attached to a wiki, which pages link to by {@code path}.
 *
 * @param name its name
 * @param path its path in the wiki, {@code /.attachments/{name}}
 */
public record WikiAttachment(String name, String path) {

    /**
     * Checks the fields.
     *
     * @param name its name
     * @param path its path in the wiki, {@code /.attachments/{name}}
     * @throws NullPointerException     if {@code name} or {@code path} is null
     * @throws IllegalArgumentException if {@code name} or {@code path} is blank
     */
    public WikiAttachment {
        ado.model.internal.Checks.nonBlank(name, "name");
        ado.model.internal.Checks.nonBlank(path, "path");
    }
}
