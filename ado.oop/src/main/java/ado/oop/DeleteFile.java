package ado.oop;

import ado.model.git.GitChange;

/**
 * Deletes a file.
 *
 * @param path the file's path
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 */
public record DeleteFile(String path) implements FileChange {

    /**
     * Normalises the path.
     *
     * @param path the path; a missing leading {@code /} is added
     */
    public DeleteFile {
        path = RepositoryPaths.normalise(path, "path");
    }

    @Override
    public GitChange toGitChange() {
        return GitChange.delete(path);
    }
}
