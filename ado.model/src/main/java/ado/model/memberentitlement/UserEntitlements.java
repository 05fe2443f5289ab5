package ado.model.memberentitlement;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.Paging;
import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonType;
import ado.model.JsonPatchOperation;
import ado.model.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * User entitlements ({@code _apis/userentitlements}) on the member entitlement host: call with
 * {@code client.vsaex()} ({@code https://vsaex.dev.azure.com/{org}}, as Microsoft's REST reference says).
 */
public final class UserEntitlements {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1-preview.3";

    private UserEntitlements() {
    }

    /**
     * {@return every user's entitlements, fetched lazily page by page (the body's continuation token)}
     *
     * @param vsaex the member entitlement host scope ({@code client.vsaex()})
     */
    public static Stream<UserEntitlement> list(ApiCall vsaex) {
        return scope(vsaex).get(API_VERSION).stream(Paging.continuationBody(JsonType.of(UserEntitlementPage.class),
                UserEntitlementPage::members, UserEntitlementPage::continuationToken));
    }

    /**
     * {@return the entitlements of user {@code userId}}
     *
     * @param vsaex  the member entitlement host scope ({@code client.vsaex()})
     * @param userId the user's id
     * @throws NullPointerException if {@code userId} is null
     */
    public static UserEntitlement get(ApiCall vsaex, UUID userId) {
        return scope(vsaex).path(Objects.requireNonNull(userId, "userId == null").toString()).get(API_VERSION)
                .as(UserEntitlement.class);
    }

    /**
     * {@return the result of adding user {@code principalName} with licence {@code accountLicenseType}} (such as
     * {@code express} for Basic or {@code stakeholder}); check {@code isSuccess()}: ADO can report a failure there
     *
     * @param vsaex              the member entitlement host scope ({@code client.vsaex()})
     * @param principalName      the user's sign-in name, such as an email address
     * @param accountLicenseType the licence to assign
     * @throws NullPointerException     if {@code principalName} or {@code accountLicenseType} is null
     * @throws IllegalArgumentException if {@code principalName} or {@code accountLicenseType} is blank
     */
    public static UserEntitlementResult add(ApiCall vsaex, String principalName, String accountLicenseType) {
        return add(vsaex, principalName, accountLicenseType, null, null);
    }

    /**
     * {@return the result of adding user {@code principalName} with licence {@code accountLicenseType}} and, when
     * {@code projectId} is given, a member of that project's {@code group}; check {@code isSuccess()}: ADO can report
     * a failure there (with the reasons in {@code operationResult().errors})
     *
     * @param vsaex              the member entitlement host scope ({@code client.vsaex()})
     * @param principalName      the user's sign-in name, such as an email address
     * @param accountLicenseType the licence to assign, such as {@code express} (Basic) or {@code stakeholder}
     * @param projectId          the project to give the user access to, or {@code null} for none
     * @param group              the project group to put the user in; required with {@code projectId}, else
     *                           {@code null}
     * @throws NullPointerException     if {@code principalName} or {@code accountLicenseType} is null, or
     *                                  {@code projectId} is given without {@code group}
     * @throws IllegalArgumentException if {@code principalName} or {@code accountLicenseType} is blank, or
     *                                  {@code group} is given without {@code projectId}
     */
    public static UserEntitlementResult add(ApiCall vsaex, String principalName, String accountLicenseType,
                                            UUID projectId, ProjectGroupType group) {
        Checks.nonBlank(principalName, "principalName");
        Checks.nonBlank(accountLicenseType, "accountLicenseType");
        if (projectId != null) {
            Objects.requireNonNull(group, "group == null (required with projectId " + projectId + ")");
        } else if (group != null) {
            throw new IllegalArgumentException("group " + group + " needs a projectId");
        }
        var body = JsonObject.builder()
                .put("accessLevel", JsonObject.builder().put("accountLicenseType", accountLicenseType)
                        .put("licensingSource", "account").build())
                .put("user", JsonObject.builder().put("principalName", principalName).put("subjectKind", "user")
                        .build());
        if (projectId != null) {
            body.put("projectEntitlements", new JsonArray(List.of(JsonObject.builder()
                    .put("group", JsonObject.builder().put("groupType", group.wire()).build())
                    .put("projectRef", JsonObject.builder().put("id", projectId.toString()).build())
                    .build())));
        }
        return scope(vsaex).post(API_VERSION).body(Body.json(body.build())).as(UserEntitlementResult.class);
    }

    /**
     * {@return the result of replacing the licence of user {@code userId} by {@code accountLicenseType}} (one JSON
     * Patch {@code replace} of {@code /accessLevel}, licensing source {@code account}, as the specification asks);
     * check {@code isSuccess()}: ADO reports a refused change there
     *
     * @param vsaex              the member entitlement host scope ({@code client.vsaex()})
     * @param userId             the user's id
     * @param accountLicenseType the licence, such as {@code express} (Basic) or {@code stakeholder}
     * @throws NullPointerException     if {@code userId} or {@code accountLicenseType} is null
     * @throws IllegalArgumentException if {@code accountLicenseType} is blank
     */
    public static UserEntitlementResult updateAccessLevel(ApiCall vsaex, UUID userId, String accountLicenseType) {
        Checks.nonBlank(accountLicenseType, "accountLicenseType");
        return update(vsaex, userId, List.of(JsonPatchOperation.replace("/accessLevel", JsonObject.builder()
                .put("accountLicenseType", accountLicenseType).put("licensingSource", "account").build())));
    }

    /**
     * {@return the result of applying {@code operations} (such as a {@code replace} of {@code /accessLevel})}
     *
     * @param vsaex      the member entitlement host scope ({@code client.vsaex()})
     * @param userId     the user's id
     * @param operations the JSON Patch operations, at least one
     * @throws NullPointerException     if {@code userId} or {@code operations} is null
     * @throws IllegalArgumentException if {@code operations} is empty
     */
    public static UserEntitlementResult update(ApiCall vsaex, UUID userId, List<JsonPatchOperation> operations) {
        Objects.requireNonNull(userId, "userId == null");
        Objects.requireNonNull(operations, "operations == null");
        if (operations.isEmpty()) {
            throw new IllegalArgumentException("operations must not be empty");
        }
        return scope(vsaex).path(userId.toString()).patch(API_VERSION).body(Body.jsonPatch(operations))
                .as(UserEntitlementResult.class);
    }

    /**
     * Removes user {@code userId} from the organisation.
     *
     * @param vsaex  the member entitlement host scope ({@code client.vsaex()})
     * @param userId the user's id
     * @throws NullPointerException if {@code userId} is null
     */
    public static void delete(ApiCall vsaex, UUID userId) {
        scope(vsaex).path(Objects.requireNonNull(userId, "userId == null").toString()).delete(API_VERSION).send();
    }

    private static ApiCall scope(ApiCall vsaex) {
        return vsaex.apis("userentitlements");
    }
}
