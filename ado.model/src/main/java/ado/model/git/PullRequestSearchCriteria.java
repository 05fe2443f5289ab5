package ado.model.git;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Which pull requests a list returns ({@code searchCriteria.*}); {@code null} members do not filter. Status
 * {@code null} means ADO's default, active only.
 *
 * @param status        the status to match ({@code ALL} for any), or {@code null}
 * @param sourceRefName the full source ref name, or {@code null}
 * @param targetRefName the full target ref name, or {@code null}
 * @param creatorId     the creator, or {@code null}
 * @param reviewerId    a reviewer, or {@code null}
 * @param repositoryId  the repository (for project-wide lists), or {@code null}
 * @param minTime       the earliest date (inclusive) of the {@code timeRangeType} date, or {@code null}
 * @param maxTime       the latest date (inclusive) of the {@code timeRangeType} date, or {@code null}
 * @param timeRangeType which date {@code minTime} and {@code maxTime} bound, or {@code null} for ADO's default
 *                      (the creation date)
 */
public record PullRequestSearchCriteria(PullRequestStatus status, String sourceRefName, String targetRefName,
                                        UUID creatorId, UUID reviewerId, UUID repositoryId, Instant minTime,
                                        Instant maxTime, PullRequestTimeRangeType timeRangeType) {

    /** Matches the active pull requests. */
    public static final PullRequestSearchCriteria ACTIVE = new PullRequestSearchCriteria(null, null, null, null,
            null, null);

    /**
     * Checks the ref names.
     *
     * @param status        the status to match ({@code ALL} for any), or {@code null}
     * @param sourceRefName the full source ref name, or {@code null}
     * @param targetRefName the full target ref name, or {@code null}
     * @param creatorId     the creator, or {@code null}
     * @param reviewerId    a reviewer, or {@code null}
     * @param repositoryId  the repository (for project-wide lists), or {@code null}
     * @param minTime       the earliest date (inclusive) of the {@code timeRangeType} date, or {@code null}
     * @param maxTime       the latest date (inclusive) of the {@code timeRangeType} date, or {@code null}
     * @param timeRangeType which date {@code minTime} and {@code maxTime} bound, or {@code null} for ADO's
     *                      default (the creation date)
     * @throws IllegalArgumentException if a ref name is given but not a full ref name, {@code status} is
     *                                  {@link PullRequestStatus#UNKNOWN}, or {@code minTime} is after
     *                                  {@code maxTime}
     */
    public PullRequestSearchCriteria {
        if (minTime != null && maxTime != null && minTime.isAfter(maxTime)) {
            throw new IllegalArgumentException("minTime " + minTime + " is after maxTime " + maxTime);
        }
        if (sourceRefName != null) {
            ado.model.internal.Checks.refName(sourceRefName, "sourceRefName");
        }
        if (targetRefName != null) {
            ado.model.internal.Checks.refName(targetRefName, "targetRefName");
        }
        if (status == PullRequestStatus.UNKNOWN) {
            throw new IllegalArgumentException("status must not be UNKNOWN");
        }
    }

    /**
     * Criteria without a time range.
     *
     * @param status        the status to match ({@code ALL} for any), or {@code null}
     * @param sourceRefName the full source ref name, or {@code null}
     * @param targetRefName the full target ref name, or {@code null}
     * @param creatorId     the creator, or {@code null}
     * @param reviewerId    a reviewer, or {@code null}
     * @param repositoryId  the repository (for project-wide lists), or {@code null}
     * @throws IllegalArgumentException if a ref name is given but not a full ref name, or {@code status} is
     *                                  {@link PullRequestStatus#UNKNOWN}
     */
    public PullRequestSearchCriteria(PullRequestStatus status, String sourceRefName, String targetRefName,
                                     UUID creatorId, UUID reviewerId, UUID repositoryId) {
        this(status, sourceRefName, targetRefName, creatorId, reviewerId, repositoryId, null, null, null);
    }

    /**
     * {@return these criteria with the time range {@code minTime} to {@code maxTime} (inclusive) on the date
     * {@code type} names}
     *
     * @param type    which date to bound, or {@code null} for ADO's default (the creation date)
     * @param minTime the earliest date, or {@code null} for no lower bound
     * @param maxTime the latest date, or {@code null} for no upper bound
     * @throws IllegalArgumentException if {@code minTime} is after {@code maxTime}
     */
    public PullRequestSearchCriteria withTimeRange(PullRequestTimeRangeType type, Instant minTime, Instant maxTime) {
        return new PullRequestSearchCriteria(status, sourceRefName, targetRefName, creatorId, reviewerId,
                repositoryId, minTime, maxTime, type);
    }

    /**
     * {@return these criteria with {@code status}}
     *
     * @param status the status to select, {@code ALL} for every one, or {@code null} for the server's default (active)
     * @throws IllegalArgumentException if {@code status} is {@code UNKNOWN}
     */
    public PullRequestSearchCriteria withStatus(PullRequestStatus status) {
        return new PullRequestSearchCriteria(status, sourceRefName, targetRefName, creatorId, reviewerId,
                repositoryId, minTime, maxTime, timeRangeType);
    }

    /**
     * {@return these criteria with source branch {@code fullName}}
     *
     * @param fullName the full ref name, such as {@code refs/heads/feature/x}, or {@code null} for any
     * @throws IllegalArgumentException if {@code fullName} is not a well-formed full ref name
     */
    public PullRequestSearchCriteria withSource(String fullName) {
        return new PullRequestSearchCriteria(status, fullName, targetRefName, creatorId, reviewerId, repositoryId,
                minTime, maxTime, timeRangeType);
    }

    /**
     * {@return these criteria with target branch {@code fullName}}
     *
     * @param fullName the full ref name, such as {@code refs/heads/main}, or {@code null} for any
     * @throws IllegalArgumentException if {@code fullName} is not a well-formed full ref name
     */
    public PullRequestSearchCriteria withTarget(String fullName) {
        return new PullRequestSearchCriteria(status, sourceRefName, fullName, creatorId, reviewerId, repositoryId,
                minTime, maxTime, timeRangeType);
    }

    /**
     * {@return these criteria with creator {@code id}}
     *
     * @param id the creator's identity id, or {@code null} for any
     */
    public PullRequestSearchCriteria withCreator(UUID id) {
        return new PullRequestSearchCriteria(status, sourceRefName, targetRefName, id, reviewerId, repositoryId,
                minTime, maxTime, timeRangeType);
    }

    /**
     * {@return these criteria with reviewer {@code id}}
     *
     * @param id the reviewer's identity id, or {@code null} for any
     */
    public PullRequestSearchCriteria withReviewer(UUID id) {
        return new PullRequestSearchCriteria(status, sourceRefName, targetRefName, creatorId, id, repositoryId,
                minTime, maxTime, timeRangeType);
    }

    /**
     * {@return these criteria with repository {@code id}}
     *
     * @param id the repository id (useful in project-wide listings), or {@code null} for any
     */
    public PullRequestSearchCriteria withRepository(UUID id) {
        return new PullRequestSearchCriteria(status, sourceRefName, targetRefName, creatorId, reviewerId, id,
                minTime, maxTime, timeRangeType);
    }

    /** {@return the query parameters} */
    public Map<String, Object> query() {
        var q = new LinkedHashMap<String, Object>();
        if (status != null) {
            String name = status.name().toLowerCase(java.util.Locale.ROOT);
            q.put("searchCriteria.status", name.equals("not_set") ? "notSet" : name);
        }
        put(q, "searchCriteria.sourceRefName", sourceRefName);
        put(q, "searchCriteria.targetRefName", targetRefName);
        put(q, "searchCriteria.creatorId", creatorId);
        put(q, "searchCriteria.reviewerId", reviewerId);
        put(q, "searchCriteria.repositoryId", repositoryId);
        put(q, "searchCriteria.minTime", minTime);
        put(q, "searchCriteria.maxTime", maxTime);
        if (timeRangeType != null) {
            q.put("searchCriteria.queryTimeRangeType", timeRangeType.name().toLowerCase(java.util.Locale.ROOT));
        }
        return q;
    }

    private static void put(Map<String, Object> q, String name, Object value) {
        if (value != null) {
            q.put(name, value.toString());
        }
    }
}
