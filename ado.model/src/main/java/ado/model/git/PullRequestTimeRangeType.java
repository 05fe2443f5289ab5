package ado.model.git;

/** Which date of a pull request {@link PullRequestSearchCriteria#minTime()} and {@code maxTime()} bound. */
public enum PullRequestTimeRangeType {
    /** The creation date (ADO's default). */
    CREATED,
    /** The closing date; pull requests still open do not match. */
    CLOSED
}
