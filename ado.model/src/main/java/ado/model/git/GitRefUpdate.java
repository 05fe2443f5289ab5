package ado.model.git;

import ado.model.internal.Checks;
import java.util.UUID;

/**
 * A ref update, in {@link Refs#update} and in pushes: move {@code name} from {@code oldObjectId} to
 * {@code newObjectId}. {@link #ZERO_SHA} as the old id creates the ref, as the new id deletes it.
 *
 * @param name         the full ref name
 * @param oldObjectId  the id the ref must point at now ({@link #ZERO_SHA}: must not exist)
 * @param newObjectId  the new id ({@link #ZERO_SHA}: delete); {@code null} in a push, whose commits set it
 * @param repositoryId the repository, or {@code null} (responses carry it)
 */
public record GitRefUpdate(String name, String oldObjectId, String newObjectId, UUID repositoryId) {

    /** Forty zeros: the id of "no object". */
    public static final String ZERO_SHA = "0".repeat(40);

    /**
     * Checks the name and the ids.
     *
     * @param name         the full ref name
     * @param oldObjectId  the id the ref must point at now ({@link #ZERO_SHA}: must not exist)
     * @param newObjectId  the new id ({@link #ZERO_SHA}: delete); {@code null} in a push, whose commits set it
     * @param repositoryId the repository, or {@code null} (responses carry it)
     * @throws NullPointerException     if {@code name} or {@code oldObjectId} is null
     * @throws IllegalArgumentException if {@code name} is not a full ref name or {@code oldObjectId} is not a SHA-1 or
     *                                  {@code newObjectId} is not a SHA-1
     */
    public GitRefUpdate {
        Checks.refName(name, "name");
        Checks.sha(oldObjectId, "oldObjectId");
        Checks.shaOrNull(newObjectId, "newObjectId");
    }

    /**
     * {@return an update that creates branch {@code branch} at {@code newObjectId}}
     *
     * @param branch      the branch name, short ({@code main}) or full ({@code refs/heads/main})
     * @param newObjectId the commit the new branch points at
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code branch} is not a well-formed branch name or {@code newObjectId} is not
     *                                  a SHA-1 (40 lowercase hex digits)
     */
    public static GitRefUpdate create(String branch, String newObjectId) {
        return new GitRefUpdate(RefNames.branch(branch), ZERO_SHA, Checks.sha(newObjectId, "newObjectId"), null);
    }

    /**
     * {@return an update that deletes branch {@code branch}, which must point at {@code currentObjectId}}
     *
     * @param branch          the branch name, short or full
     * @param currentObjectId the commit the branch points at now; the update fails if it moved
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code branch} is not a well-formed branch name or {@code currentObjectId} is
     *                                  not a SHA-1
     */
    public static GitRefUpdate delete(String branch, String currentObjectId) {
        return new GitRefUpdate(RefNames.branch(branch), currentObjectId, ZERO_SHA, null);
    }

    /**
     * {@return an update of branch {@code branch} from {@code oldObjectId} to {@code newObjectId}}
     *
     * @param branch      the branch name, short or full
     * @param oldObjectId the commit the branch points at now ({@link #ZERO_SHA}: it must not exist)
     * @param newObjectId the commit it is to point at ({@link #ZERO_SHA}: delete it)
     * @throws NullPointerException     if {@code branch} or {@code oldObjectId} is null
     * @throws IllegalArgumentException if {@code branch} is not a well-formed branch name or an id is not a SHA-1
     */
    public static GitRefUpdate of(String branch, String oldObjectId, String newObjectId) {
        return new GitRefUpdate(RefNames.branch(branch), oldObjectId, newObjectId, null);
    }

    /**
     * {@return the ref update of a push onto branch {@code branch} whose head is {@code oldObjectId} now}
     *
     * @param branch      the branch name, short or full
     * @param oldObjectId the branch's head now ({@link #ZERO_SHA} for a new branch); the push fails if it moved
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code branch} is not a well-formed branch name or {@code oldObjectId} is not
     *                                  a SHA-1
     */
    public static GitRefUpdate push(String branch, String oldObjectId) {
        return new GitRefUpdate(RefNames.branch(branch), oldObjectId, null, null);
    }
}
