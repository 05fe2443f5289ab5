package ado.oop;

import ado.model.git.GitChange;
import ado.model.git.ItemContent;
import java.util.Objects;

/**
 * Adds a file that must not exist yet.
 *
 * @param path    the file's path
 * @param content the new content
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 */
public record AddFile(String path, ItemContent content) implements FileChange {

    /**
     * Normalises the path and checks the content.
     *
     * @param path the repository path; a missing leading {@code /} is added
     * @param content the new content
     */
    public AddFile {
        path = RepositoryPaths.normalise(path, "path");
        Objects.requireNonNull(content, "content == null");
    }

    /**
     * {@return a change with UTF-8 text {@code text}}
     *
     * @param path the repository path; a missing leading {@code /} is added
     * @param text the UTF-8 text
     */
    public static AddFile of(String path, String text) {
        return new AddFile(path, ItemContent.rawText(Objects.requireNonNull(text, "text == null")));
    }

    /**
     * {@return a change with bytes {@code bytes} (sent as base64)}
     *
     * @param path the repository path; a missing leading {@code /} is added
     * @param bytes the bytes (sent as base64)
     */
    public static AddFile of(String path, byte[] bytes) {
        return new AddFile(path, ItemContent.base64(bytes));
    }

    @Override
    public GitChange toGitChange() {
        return GitChange.add(path, content);
    }

    /** {@return the path and the size of the content, never the content} */
    @Override
    public String toString() {
        return Describe.change("AddFile", path, content);
    }
}
