package ado.model.build;

import ado.core.json.JsonEnumNumber;

/** The order of a build list (and which time the min/max filters apply to). */
public enum BuildQueryOrder {
    /** {@code finishTimeAscending}. */
    @JsonEnumNumber(2) FINISH_TIME_ASCENDING,
    /** {@code finishTimeDescending}. */
    @JsonEnumNumber(3) FINISH_TIME_DESCENDING,
    /** {@code queueTimeDescending}. */
    @JsonEnumNumber(4) QUEUE_TIME_DESCENDING,
    /** {@code queueTimeAscending}. */
    @JsonEnumNumber(5) QUEUE_TIME_ASCENDING,
    /** {@code startTimeDescending}. */
    @JsonEnumNumber(6) START_TIME_DESCENDING,
    /** {@code startTimeAscending}. */
    @JsonEnumNumber(7) START_TIME_ASCENDING,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
