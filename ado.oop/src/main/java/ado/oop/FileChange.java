package ado.oop;

import ado.model.git.GitChange;

/**
 * One change of a {@link Repository#commit commit}: {@link AddFile}, {@link EditFile}, {@link DeleteFile} or
 * {@link RenameFile}. Paths are repository paths; a missing leading {@code /} is added.
 *
 * <p><b>Thread safety.</b> Its implementations are immutable records, safe to share between threads.
 */
public sealed interface FileChange permits AddFile, EditFile, DeleteFile, RenameFile {

    /** {@return the path the change leaves behind (for a rename, the new path)} */
    String path();

    /** {@return the raw push change this stands for} */
    GitChange toGitChange();
}
