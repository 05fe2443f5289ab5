package ado.model.build;

import ado.model.internal.Copies;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Which builds to list: definitions, branch, status, result, tags, reason, who requested them, a time window
 * (which time depends on {@code queryOrder}), the order and the page size. {@link #ALL} is everything, newest first;
 * each {@code with} method returns a copy.
 *
 * @param definitions  definition ids; empty: all
 * @param branch       a full ref name, or {@code null}
 * @param status       a status, or {@code null}
 * @param result       a result, or {@code null}
 * @param tags         tags every build must have; empty: any
 * @param reason       a reason, or {@code null}
 * @param requestedFor an identity id, or {@code null}
 * @param minTime      the earliest time, or {@code null}
 * @param maxTime      the latest time, or {@code null}
 * @param order        the order, or {@code null} for the server's (newest queued first)
 * @param pageSize     builds per request ({@code $top}), or {@code null} for the server's
 */
public record BuildFilter(List<Integer> definitions, String branch, BuildStatus status, BuildResult result,
                          List<String> tags, BuildReason reason, UUID requestedFor, Instant minTime,
                          Instant maxTime, BuildQueryOrder order, Integer pageSize) {

    /** Every build. */
    public static final BuildFilter ALL = new BuildFilter(List.of(), null, null, null, List.of(), null, null, null,
            null, null, null);

    /**
     * Copies the lists and checks the page size and branch.
     *
     * @param definitions  definition ids; empty: all
     * @param branch       a full ref name, or {@code null}
     * @param status       a status, or {@code null}
     * @param result       a result, or {@code null}
     * @param tags         tags every build must have; empty: any
     * @param reason       a reason, or {@code null}
     * @param requestedFor an identity id, or {@code null}
     * @param minTime      the earliest time, or {@code null}
     * @param maxTime      the latest time, or {@code null}
     * @param order        the order, or {@code null} for the server's (newest queued first)
     * @param pageSize     builds per request ({@code $top}), or {@code null} for the server's
     * @throws NullPointerException     if an element of {@code definitions} or {@code tags} is null
     * @throws IllegalArgumentException if {@code pageSize} is not positive, {@code branch} does not start with
     *                                  {@code refs/}, or a status, result, reason or order is {@code UNKNOWN}
     */
    public BuildFilter {
        definitions = Copies.list(definitions, "definitions");
        tags = Copies.list(tags, "tags");
        if (pageSize != null) {
            Copies.positive(pageSize, "pageSize");
        }
        if (branch != null && !branch.startsWith("refs/")) {
            throw new IllegalArgumentException("branch must be a full ref name (refs/...): " + branch);
        }
        if (status == BuildStatus.UNKNOWN || result == BuildResult.UNKNOWN || reason == BuildReason.UNKNOWN
                || order == BuildQueryOrder.UNKNOWN) {
            throw new IllegalArgumentException("UNKNOWN is not a filter value");
        }
    }

    /**
     * {@return this filter for definitions {@code ids}}
     *
     * @param ids the definition ids; none: all
     * @throws NullPointerException if one of {@code ids} is null
     */
    public BuildFilter withDefinitions(Integer... ids) {
        return new BuildFilter(List.of(ids), branch, status, result, tags, reason, requestedFor, minTime, maxTime,
                order, pageSize);
    }

    /**
     * {@return this filter for {@code branch} (short names become {@code refs/heads/...})}
     *
     * @param branch a branch name such as {@code main}, or a full ref name such as {@code refs/heads/main}
     * @throws NullPointerException if {@code branch} is null
     */
    public BuildFilter withBranch(String branch) {
        Objects.requireNonNull(branch, "branch == null");
        return new BuildFilter(definitions, branch.startsWith("refs/") ? branch : "refs/heads/" + branch, status,
                result, tags, reason, requestedFor, minTime, maxTime, order, pageSize);
    }

    /**
     * {@return this filter for builds with {@code status}}
     *
     * @param status the status, or {@code null} for any
     * @throws IllegalArgumentException if {@code status} is {@code UNKNOWN}
     */
    public BuildFilter withStatus(BuildStatus status) {
        return new BuildFilter(definitions, branch, status, result, tags, reason, requestedFor, minTime, maxTime,
                order, pageSize);
    }

    /**
     * {@return this filter for builds with {@code result}}
     *
     * @param result the result, or {@code null} for any
     * @throws IllegalArgumentException if {@code result} is {@code UNKNOWN}
     */
    public BuildFilter withResult(BuildResult result) {
        return new BuildFilter(definitions, branch, status, result, tags, reason, requestedFor, minTime, maxTime,
                order, pageSize);
    }

    /**
     * {@return this filter for builds with all of {@code tags}}
     *
     * @param tags the tags every build must have; none: any
     * @throws NullPointerException if one of {@code tags} is null
     */
    public BuildFilter withTags(String... tags) {
        return new BuildFilter(definitions, branch, status, result, List.of(tags), reason, requestedFor, minTime,
                maxTime, order, pageSize);
    }

    /**
     * {@return this filter for builds queued for {@code reason}}
     *
     * @param reason the reason, or {@code null} for any
     * @throws IllegalArgumentException if {@code reason} is {@code UNKNOWN}
     */
    public BuildFilter withReason(BuildReason reason) {
        return new BuildFilter(definitions, branch, status, result, tags, reason, requestedFor, minTime, maxTime,
                order, pageSize);
    }

    /**
     * {@return this filter for builds requested for identity {@code id}}
     *
     * @param id the identity id, or {@code null} for anyone
     */
    public BuildFilter withRequestedFor(UUID id) {
        return new BuildFilter(definitions, branch, status, result, tags, reason, id, minTime, maxTime, order,
                pageSize);
    }

    /**
     * {@return this filter for builds whose time (see {@link #order()}) is within {@code [min, max]}; null: open}
     *
     * @param min the earliest time, or {@code null}
     * @param max the latest time, or {@code null}
     */
    public BuildFilter withTimeRange(Instant min, Instant max) {
        return new BuildFilter(definitions, branch, status, result, tags, reason, requestedFor, min, max, order,
                pageSize);
    }

    /**
     * {@return this filter ordered by {@code order}}
     *
     * @param order the order, or {@code null} for the server's (newest queued first)
     * @throws IllegalArgumentException if {@code order} is {@code UNKNOWN}
     */
    public BuildFilter withOrder(BuildQueryOrder order) {
        return new BuildFilter(definitions, branch, status, result, tags, reason, requestedFor, minTime, maxTime,
                order, pageSize);
    }

    /**
     * {@return this filter fetching {@code pageSize} builds per request}
     *
     * @param pageSize builds per request ({@code $top}), positive
     * @throws IllegalArgumentException if {@code pageSize} is not positive
     */
    public BuildFilter withPageSize(int pageSize) {
        return new BuildFilter(definitions, branch, status, result, tags, reason, requestedFor, minTime, maxTime,
                order, pageSize);
    }

    /** {@return the query parameters of this filter, as ADO names them} */
    public Map<String, String> query() {
        var q = new LinkedHashMap<String, String>();
        if (!definitions.isEmpty()) {
            q.put("definitions", definitions.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        put(q, "branchName", branch);
        put(q, "statusFilter", status == null ? null : ado.core.json.JsonNames.wireName(status));
        put(q, "resultFilter", result == null ? null : ado.core.json.JsonNames.wireName(result));
        if (!tags.isEmpty()) {
            q.put("tagFilters", String.join(",", tags));
        }
        put(q, "reasonFilter", reason == null ? null : ado.core.json.JsonNames.wireName(reason));
        put(q, "requestedFor", requestedFor == null ? null : requestedFor.toString());
        put(q, "minTime", minTime == null ? null : minTime.toString());
        put(q, "maxTime", maxTime == null ? null : maxTime.toString());
        put(q, "queryOrder", order == null ? null : ado.core.json.JsonNames.wireName(order));
        put(q, "$top", pageSize == null ? null : pageSize.toString());
        return q;
    }

    private static void put(Map<String, String> q, String name, String value) {
        if (value != null) {
            q.put(name, value);
        }
    }
}
