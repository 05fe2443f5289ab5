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

    /** Checks the name and the ids. */
    public GitRefUpdate {
        Checks.refName(name, "name");
        Checks.sha(oldObjectId, "oldObjectId");
        Checks.shaOrNull(newObjectId, "newObjectId");
    }

    /** {@return an update that creates branch {@code branch} (short or full name) at {@code newObjectId}} */
    public static GitRefUpdate create(String branch, String newObjectId) {
        return new GitRefUpdate(RefNames.branch(branch), ZERO_SHA, Checks.sha(newObjectId, "newObjectId"), null);
    }

    /** {@return an update that deletes branch {@code branch}, which must point at {@code currentObjectId}} */
    public static GitRefUpdate delete(String branch, String currentObjectId) {
        return new GitRefUpdate(RefNames.branch(branch), currentObjectId, ZERO_SHA, null);
    }

    /** {@return an update of branch {@code branch} (short or full name) from {@code oldObjectId} to {@code newObjectId}} */
    public static GitRefUpdate of(String branch, String oldObjectId, String newObjectId) {
        return new GitRefUpdate(RefNames.branch(branch), oldObjectId, newObjectId, null);
    }

    /** {@return the ref update of a push onto branch {@code branch} whose head is {@code oldObjectId} now} */
    public static GitRefUpdate push(String branch, String oldObjectId) {
        return new GitRefUpdate(RefNames.branch(branch), oldObjectId, null, null);
    }
}
