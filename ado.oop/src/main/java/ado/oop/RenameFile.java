package ado.oop;

import ado.model.git.GitChange;

/**
 * Moves a file.
 *
 * @param from the old path
 * @param path the new path
 */
public record RenameFile(String from, String path) implements FileChange {

    /** Normalises both paths. */
    public RenameFile {
        from = FileChange.normalise(from, "from");
        path = FileChange.normalise(path, "path");
    }

    @Override
    public GitChange toGitChange() {
        return GitChange.rename(from, path);
    }
}
