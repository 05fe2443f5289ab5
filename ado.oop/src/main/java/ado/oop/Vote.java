package ado.oop;

/**
 * A reviewer's vote on a pull request, with Azure DevOps' numeric value.
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 */
public enum Vote {
    /** Approved (10). */
    APPROVED(10),
    /** Approved with suggestions (5). */
    APPROVED_WITH_SUGGESTIONS(5),
    /** No vote (0). */
    NO_VOTE(0),
    /** Waiting for the author (-5). */
    WAITING_FOR_AUTHOR(-5),
    /** Rejected (-10). */
    REJECTED(-10);

    private final int value;

    Vote(int value) {
        this.value = value;
    }

    /** {@return the value Azure DevOps uses} */
    public int value() {
        return value;
    }
}
