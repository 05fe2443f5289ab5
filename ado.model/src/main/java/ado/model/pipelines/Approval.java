package ado.model.pipelines;

import ado.core.json.JsonName;
import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.IdentityRef;
import ado.model.ReferenceLink;
import ado.model.internal.Copies;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An approval that holds a stage of a run until it is answered.
 *
 * @param id                   the approval id
 * @param status               the status
 * @param createdOn            when it was created
 * @param lastModifiedOn       when it last changed
 * @param instructions         instructions for approvers
 * @param minRequiredApprovers how many approvers must approve
 * @param executionOrder       anyOrder or inSequence
 * @param blockedApprovers     who may not approve; empty when absent
 * @param steps                the approvers' steps (with {@code $expand=steps}); empty when absent
 * @param pipeline             the run it holds ({@code owner.id} is the build id)
 * @param links                the {@code _links} map; empty when absent
 * @param other                members ado4j does not model; never {@code null}
 */
public record Approval(UUID id, ApprovalStatus status, Instant createdOn, Instant lastModifiedOn,
                       String instructions, Integer minRequiredApprovers, String executionOrder,
                       List<IdentityRef> blockedApprovers, List<Step> steps, JsonObject pipeline,
                       @JsonName("_links") Map<String, ReferenceLink> links, @JsonUnmapped JsonObject other) {

    /**
     * One approver's step.
     *
     * @param assignedApprover who is asked
     * @param actualApprover   who answered
     * @param status           the step's status
     * @param comment          the answer's comment
     * @param lastModifiedOn   when it last changed
     * @param order            its order
     * @param lastModifiedBy   who changed it last
     * @param initiatedOn      when it started
     * @param history          earlier answers; empty when absent
     * @param other            members ado4j does not model; never {@code null}
     */
    public record Step(IdentityRef assignedApprover, IdentityRef actualApprover, ApprovalStatus status,
                       String comment, Instant lastModifiedOn, Integer order, IdentityRef lastModifiedBy,
                       Instant initiatedOn, List<JsonObject> history, @JsonUnmapped JsonObject other) {
        /**
         * Copies the history.
         *
         * @param assignedApprover who is asked
         * @param actualApprover   who answered
         * @param status           the step's status
         * @param comment          the answer's comment
         * @param lastModifiedOn   when it last changed
         * @param order            its order
         * @param lastModifiedBy   who changed it last
         * @param initiatedOn      when it started
         * @param history          earlier answers; empty when absent
         * @param other            members ado4j does not model; never {@code null}
         */
        public Step {
            history = Copies.list(history, "history");
            other = other == null ? JsonObject.EMPTY : other;
        }
    }

    /**
     * Checks the id and copies the collections.
     *
     * @param id                   the approval id
     * @param status               the status
     * @param createdOn            when it was created
     * @param lastModifiedOn       when it last changed
     * @param instructions         instructions for approvers
     * @param minRequiredApprovers how many approvers must approve
     * @param executionOrder       anyOrder or inSequence
     * @param blockedApprovers     who may not approve; empty when absent
     * @param steps                the approvers' steps (with {@code $expand=steps}); empty when absent
     * @param pipeline             the run it holds ({@code owner.id} is the build id)
     * @param links                the {@code _links} map; empty when absent
     * @param other                members ado4j does not model; never {@code null}
     * @throws NullPointerException if {@code id} is null
     */
    public Approval {
        Objects.requireNonNull(id, "id == null");
        blockedApprovers = Copies.list(blockedApprovers, "blockedApprovers");
        steps = Copies.list(steps, "steps");
        links = Copies.map(links, "links");
        other = other == null ? JsonObject.EMPTY : other;
    }

    /** {@return the id of the build (run) the approval holds, from {@code pipeline.owner.id}, or null} */
    public Integer runId() {
        if (pipeline != null && pipeline.get("owner") instanceof JsonObject owner
                && owner.get("id") instanceof ado.core.json.JsonNumber n) {
            return n.intValue();
        }
        return null;
    }
}
