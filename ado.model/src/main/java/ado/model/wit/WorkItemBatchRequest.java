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

    /** Checks the ids (1 to 200, positive) and that {@code fields} and {@code expand} are not both given. */
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

    /** {@return a request for {@code ids} with everything else defaulted} */
    public static WorkItemBatchRequest of(List<Integer> ids) {
        return new WorkItemBatchRequest(ids, null, null, null, null);
    }

    /** {@return a builder for {@code ids}} */
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

        /** Returns only {@code names}. */
        public Builder fields(List<WorkItemFieldName> names) {
            this.fields = Objects.requireNonNull(names, "fields == null").stream()
                    .map(WorkItemFieldName::referenceName).toList();
            return this;
        }

        /** Adds {@code expand} to the fields. */
        public Builder expand(WorkItemExpand expand) {
            this.expand = expand;
            return this;
        }

        /** Reads the work items as they were at {@code asOf}. */
        public Builder asOf(Instant asOf) {
            this.asOf = asOf;
            return this;
        }

        /** Sets what to do with ids that cannot be read. */
        public Builder errorPolicy(WorkItemErrorPolicy errorPolicy) {
            this.errorPolicy = errorPolicy;
            return this;
        }

        /** {@return the request} */
        public WorkItemBatchRequest build() {
            return new WorkItemBatchRequest(ids, fields, expand, asOf, errorPolicy);
        }
    }
}
