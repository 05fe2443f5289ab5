package ado.oop;

import ado.model.git.GitChange;

/**
 * Moves a file.
 *
 * @param from the old path
 * @param path the new path
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 */
public record RenameFile(String from, String path) implements FileChange {

    /**
     * Normalises both paths.
     *
     * @param from the old path; a missing leading {@code /} is added
     * @param path the new path; a missing leading {@code /} is added
     */
    public RenameFile {
        from = RepositoryPaths.normalise(from, "from");
        path = RepositoryPaths.normalise(path, "path");
    }

    @Override
    public GitChange toGitChange() {
        return GitChange.rename(from, path);
    }
}
