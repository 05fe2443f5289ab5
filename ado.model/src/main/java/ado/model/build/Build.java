package ado.model.build;

import ado.core.json.JsonName;
import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.core.json.JsonValue;
import ado.model.IdentityRef;
import ado.model.ReferenceLink;
import ado.model.TeamProjectReference;
import ado.model.internal.Copies;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A build (a pipeline run has the same id).
 *
 * @param id                 the build id
 * @param buildNumber        the number, such as {@code 20240501.1}
 * @param status             the status
 * @param result             the result, once completed
 * @param queueTime          when it was queued
 * @param startTime          when it started
 * @param finishTime         when it finished
 * @param url                the REST URL
 * @param definition         the definition it ran
 * @param project            the project
 * @param uri                the {@code vstfs:///Build/Build/{id}} URI
 * @param sourceBranch       the branch, a full ref name
 * @param sourceVersion      the commit
 * @param queue              the agent queue
 * @param priority           the priority, such as normal
 * @param reason             why it was queued
 * @param requestedFor       on whose behalf it was queued
 * @param requestedBy        who queued it
 * @param lastChangedDate    when it last changed
 * @param lastChangedBy      who changed it last
 * @param parameters         the queue-time parameters as a JSON string
 * @param templateParameters the template parameters; empty when absent
 * @param orchestrationPlan  the plan ({@code planId}) of its task plane
 * @param plans              all its plans; empty when absent
 * @param logs               its log container
 * @param repository         the repository it built
 * @param keepForever        whether retention leaves it alone
 * @param retainedByRelease  whether a release retains it
 * @param tags               its tags; empty when absent
 * @param properties         its properties
 * @param links              the {@code _links} map; empty when absent
 * @param other              members ado4j does not model; never {@code null}
 */
public record Build(int id, String buildNumber, BuildStatus status, BuildResult result, Instant queueTime,
                    Instant startTime, Instant finishTime, String url, DefinitionReference definition,
                    TeamProjectReference project, String uri, String sourceBranch, String sourceVersion,
                    JsonObject queue, String priority, BuildReason reason, IdentityRef requestedFor,
                    IdentityRef requestedBy, Instant lastChangedDate, IdentityRef lastChangedBy, String parameters,
                    Map<String, String> templateParameters, PlanReference orchestrationPlan,
                    List<PlanReference> plans, LogReference logs, JsonObject repository, Boolean keepForever,
                    Boolean retainedByRelease, List<String> tags, JsonObject properties,
                    @JsonName("_links") Map<String, ReferenceLink> links, @JsonUnmapped JsonObject other) {

    /**
     * A task-plane plan of a build.
     *
     * @param planId the plan id
     * @param other  members ado4j does not model; never {@code null}
     */
    public record PlanReference(UUID planId, @JsonUnmapped JsonObject other) {
        /**
         * Checks the id; defaults {@code other} to empty.
         *
         * @param planId the plan id
         * @param other  members ado4j does not model, or {@code null} for none
         * @throws NullPointerException if {@code planId} is null
         */
        public PlanReference {
            Objects.requireNonNull(planId, "planId == null");
            other = other == null ? JsonObject.EMPTY : other;
        }
    }

    /**
     * Checks the status and copies the collections.
     *
     * @param id                 the build id
     * @param buildNumber        the number, such as {@code 20240501.1}
     * @param status             the status
     * @param result             the result, once completed
     * @param queueTime          when it was queued
     * @param startTime          when it started
     * @param finishTime         when it finished
     * @param url                the REST URL
     * @param definition         the definition it ran
     * @param project            the project
     * @param uri                the {@code vstfs:///Build/Build/{id}} URI
     * @param sourceBranch       the branch, a full ref name
     * @param sourceVersion      the commit
     * @param queue              the agent queue
     * @param priority           the priority, such as normal
     * @param reason             why it was queued
     * @param requestedFor       on whose behalf it was queued
     * @param requestedBy        who queued it
     * @param lastChangedDate    when it last changed
     * @param lastChangedBy      who changed it last
     * @param parameters         the queue-time parameters as a JSON string
     * @param templateParameters the template parameters; empty when absent
     * @param orchestrationPlan  the plan ({@code planId}) of its task plane
     * @param plans              all its plans; empty when absent
     * @param logs               its log container
     * @param repository         the repository it built
     * @param keepForever        whether retention leaves it alone
     * @param retainedByRelease  whether a release retains it
     * @param tags               its tags; empty when absent
     * @param properties         its properties
     * @param links              the {@code _links} map; empty when absent
     * @param other              members ado4j does not model; never {@code null}
     * @throws NullPointerException if {@code status} is null
     */
    public Build {
        Objects.requireNonNull(status, "status == null");
        templateParameters = Copies.map(templateParameters, "templateParameters");
        plans = Copies.list(plans, "plans");
        tags = Copies.list(tags, "tags");
        links = Copies.map(links, "links");
        other = other == null ? JsonObject.EMPTY : other;
    }

    /** {@return whether the build has completed} */
    public boolean isCompleted() {
        return status == BuildStatus.COMPLETED;
    }

    /** {@return the plan id of the build's task plane (also its timeline id)} */
    public UUID planId() {
        return orchestrationPlan == null ? null : orchestrationPlan.planId();
    }

    /**
     * {@return member {@code name} of what ado4j does not model, or null}
     *
     * @param name the member's wire name
     */
    public JsonValue unmapped(String name) {
        return other.get(name);
    }
}
