package ado.model.wit;

import ado.core.json.JsonName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The body of a batch read ({@code POST _apis/wit/workitemsbatch}): at most 200 ids.
 *
 * @param ids         the work item ids, 1 to 200, each positive
 * @param fields      the fields to return (reference names), or {@code null} for all; not with {@code expand}
 * @param expand      what to add to the fields, or {@code null}
 * @param asOf        the time to read the work items as of, or {@code null} for now
 * @param errorPolicy what to do with ids that cannot be read, or {@code null} for {@link WorkItemErrorPolicy#FAIL}
 */
public record WorkItemBatchRequest(List<Integer> ids, List<String> fields, @JsonName("$expand") WorkItemExpand expand,
                                   Instant asOf, WorkItemErrorPolicy errorPolicy) {

    /** The most ids one batch read takes. */
    public static final int MAX_IDS = 200;

    /**
     * Checks the ids (1 to 200, positive) and that {@code fields} and {@code expand} are not both given.
     *
     * @param ids         the work item ids, 1 to 200, each positive
     * @param fields      the fields to return (reference names), or {@code null} for all; not with {@code expand}
     * @param expand      what to add to the fields, or {@code null}
     * @param asOf        the time to read the work items as of, or {@code null} for now
     * @param errorPolicy what to do with ids that cannot be read, or {@code null} for {@link WorkItemErrorPolicy#FAIL}
     * @throws NullPointerException     if {@code ids} is null or {@code fields} contains null
     * @throws IllegalArgumentException if {@code ids} holds fewer than 1 or more than 200 ids, or a null or
     *                                  non-positive one; if {@code fields} comes with an {@code expand} other than
     *                                  {@code NONE}; or if {@code expand} or {@code errorPolicy} is {@code UNKNOWN}
     */
    public WorkItemBatchRequest {
        Objects.requireNonNull(ids, "ids == null");
        if (ids.isEmpty() || ids.size() > MAX_IDS) {
            throw new IllegalArgumentException("ids must hold 1 to " + MAX_IDS + " ids: " + ids.size());
        }
        for (Integer id : ids) {
            if (id == null || id < 1) {
                throw new IllegalArgumentException("ids must be positive: " + id);
            }
        }
        ids = List.copyOf(ids);
        fields = fields == null ? null : List.copyOf(fields);
        if (fields != null && expand != null && expand != WorkItemExpand.NONE) {
            throw new IllegalArgumentException("fields and expand cannot be combined: " + expand);
        }
        if (expand == WorkItemExpand.UNKNOWN || errorPolicy == WorkItemErrorPolicy.UNKNOWN) {
            throw new IllegalArgumentException("UNKNOWN cannot be sent: " + expand + ", " + errorPolicy);
        }
    }

    /**
     * {@return a request for {@code ids} with everything else defaulted}
     *
     * @param ids the work item ids, 1 to 200, each positive
     * @throws NullPointerException     if {@code ids} is null
     * @throws IllegalArgumentException if {@code ids} holds fewer than 1 or more than 200 ids, or a null or
     *                                  non-positive one
     */
    public static WorkItemBatchRequest of(List<Integer> ids) {
        return new WorkItemBatchRequest(ids, null, null, null, null);
    }

    /**
     * {@return a builder for {@code ids}; {@link Builder#build()} checks them}
     *
     * @param ids the work item ids, 1 to 200, each positive
     * @throws NullPointerException if {@code ids} is null
     */
    public static Builder builder(List<Integer> ids) {
        return new Builder(ids);
    }

    /** Builds a {@link WorkItemBatchRequest}. */
    public static final class Builder {
        private final List<Integer> ids;
        private List<String> fields;
        private WorkItemExpand expand;
        private Instant asOf;
        private WorkItemErrorPolicy errorPolicy;

        private Builder(List<Integer> ids) {
            this.ids = new ArrayList<>(Objects.requireNonNull(ids, "ids == null"));
        }

        /**
         * Returns only the fields {@code names}; not with {@link #expand}.
         *
         * @param names the fields to return
         * @return this builder
         * @throws NullPointerException if {@code names} is null or contains null
         */
        public Builder fields(List<WorkItemFieldName> names) {
            this.fields = Objects.requireNonNull(names, "fields == null").stream()
                    .map(WorkItemFieldName::referenceName).toList();
            return this;
        }

        /**
         * Adds {@code expand} to the fields; not with {@link #fields}.
         *
         * @param expand what to add (relations, links, all), or {@code null} for nothing
         * @return this builder
         */
        public Builder expand(WorkItemExpand expand) {
            this.expand = expand;
            return this;
        }

        /**
         * Reads the work items as they were at {@code asOf}.
         *
         * @param asOf the time, or {@code null} for now
         * @return this builder
         */
        public Builder asOf(Instant asOf) {
            this.asOf = asOf;
            return this;
        }

        /**
         * Sets what to do with ids that cannot be read.
         *
         * @param errorPolicy fail the call or omit them, or {@code null} for {@link WorkItemErrorPolicy#FAIL}
         * @return this builder
         */
        public Builder errorPolicy(WorkItemErrorPolicy errorPolicy) {
            this.errorPolicy = errorPolicy;
            return this;
        }

        /**
         * {@return the request}
         *
         * @throws IllegalArgumentException if the ids are out of range, {@code fields} comes with an {@code expand}
         *                                  other than {@code NONE}, or an {@code UNKNOWN} constant is set
         */
        public WorkItemBatchRequest build() {
            return new WorkItemBatchRequest(ids, fields, expand, asOf, errorPolicy);
        }
    }
}
