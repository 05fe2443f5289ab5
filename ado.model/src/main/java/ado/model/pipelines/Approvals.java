package ado.model.pipelines;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.json.JsonNames;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** Approvals of pipeline runs ({@code {project}/_apis/pipelines/approvals}). */
public final class Approvals {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private Approvals() {
    }

    /**
     * {@return the project's approvals with {@code status} (null: all), with their steps; the server caps at 250}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param status  the status to filter by, or {@code null} for all
     */
    public static List<Approval> list(ApiCall project, ApprovalStatus status) {
        ApiCall call = project.apis("pipelines", "approvals").query("$expand", "steps");
        if (status != null) {
            call = call.query("state", JsonNames.wireName(status));
        }
        return call.get(API_VERSION).asList(Approval.class);
    }

    /**
     * {@return at most {@code top} of the project's approvals with {@code status} (null: all) assigned to one of
     * {@code userIds}, with their steps}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param status  the status to filter by, or {@code null} for all
     * @param userIds the assigned approvers' user ids or descriptors; {@code null} or empty for anyone
     * @param top     the most approvals to return, positive (the server caps at 250)
     * @throws NullPointerException     if one of {@code userIds} is null
     * @throws IllegalArgumentException if {@code top} is not positive or a user id is blank
     */
    public static List<Approval> list(ApiCall project, ApprovalStatus status, Collection<String> userIds, int top) {
        List<String> users = Copies.list(userIds == null ? null : new ArrayList<>(userIds), "userIds");
        users.forEach(u -> Checks.nonBlank(u, "userIds"));
        ApiCall call = project.apis("pipelines", "approvals").query("$expand", "steps")
                .query("top", Copies.positive(top, "top"));
        if (status != null) {
            call = call.query("state", JsonNames.wireName(status));
        }
        if (!users.isEmpty()) {
            call = call.query("userIds", String.join(",", users));
        }
        return call.get(API_VERSION).asList(Approval.class);
    }

    /**
     * {@return the approvals {@code ids}, with their steps}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param ids     the approval ids
     * @throws NullPointerException if {@code ids} or one of them is null
     */
    public static List<Approval> list(ApiCall project, Collection<UUID> ids) {
        List<UUID> list = Copies.list(List.copyOf(ids), "ids");
        return project.apis("pipelines", "approvals").query("approvalIds", list.stream().map(UUID::toString)
                .collect(Collectors.joining(","))).query("$expand", "steps").get(API_VERSION).asList(Approval.class);
    }

    /**
     * {@return approval {@code id} with its steps}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param id      the approval id
     * @throws ado.core.error.AdoNotFoundException if there is none
     * @throws NullPointerException                if {@code id} is null
     */
    public static Approval get(ApiCall project, UUID id) {
        Objects.requireNonNull(id, "id == null");
        return project.apis("pipelines", "approvals", id.toString()).query("$expand", "steps").get(API_VERSION)
                .as(Approval.class);
    }

    /**
     * {@return the approvals after the answers {@code updates}}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param updates the answers
     * @throws ado.core.error.AdoBadRequestException if an approval was answered already
     * @throws NullPointerException                  if one of {@code updates} is null
     */
    public static List<Approval> update(ApiCall project, List<ApprovalUpdate> updates) {
        List<ApprovalUpdate> list = Copies.list(updates, "updates");
        return project.apis("pipelines", "approvals").patch(API_VERSION).body(Body.json(list)).asList(Approval.class);
    }

    /**
     * {@return the approval after approving it with {@code comment}}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param id      the approval id
     * @param comment a comment, or {@code null}
     * @throws ado.core.error.AdoBadRequestException if it was answered already
     * @throws NullPointerException                  if {@code id} is null
     */
    public static Approval approve(ApiCall project, UUID id, String comment) {
        return update(project, List.of(new ApprovalUpdate(id, ApprovalStatus.APPROVED, comment))).get(0);
    }

    /**
     * {@return the approval after rejecting it with {@code comment}}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param id      the approval id
     * @param comment a comment, or {@code null}
     * @throws ado.core.error.AdoBadRequestException if it was answered already
     * @throws NullPointerException                  if {@code id} is null
     */
    public static Approval reject(ApiCall project, UUID id, String comment) {
        return update(project, List.of(new ApprovalUpdate(id, ApprovalStatus.REJECTED, comment))).get(0);
    }
}
