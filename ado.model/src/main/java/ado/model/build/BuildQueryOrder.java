package ado.model.build;

/** The order of a build list (and which time the min/max filters apply to). */
public enum BuildQueryOrder {
    /** {@code finishTimeAscending}. */
    FINISH_TIME_ASCENDING,
    /** {@code finishTimeDescending}. */
    FINISH_TIME_DESCENDING,
    /** {@code queueTimeDescending}. */
    QUEUE_TIME_DESCENDING,
    /** {@code queueTimeAscending}. */
    QUEUE_TIME_ASCENDING,
    /** {@code startTimeDescending}. */
    START_TIME_DESCENDING,
    /** {@code startTimeAscending}. */
    START_TIME_ASCENDING,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
