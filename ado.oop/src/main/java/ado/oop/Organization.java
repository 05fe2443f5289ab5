package ado.oop;

import ado.core.ApiCall;
import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoNotFoundException;
import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.model.core.ConnectionData;
import ado.model.core.ConnectionInfo;
import ado.model.core.Projects;
import ado.model.core.TeamProject;
import ado.model.graph.GraphGroups;
import ado.model.graph.GraphMembership;
import ado.model.graph.GraphMemberships;
import ado.model.graph.GraphSubject;
import ado.model.graph.GraphUsers;
import ado.model.identity.Identities;
import ado.model.identity.Identity;
import ado.model.identity.SearchFilter;
import ado.model.memberentitlement.ProjectGroupType;
import ado.model.memberentitlement.UserEntitlement;
import ado.model.memberentitlement.UserEntitlementResult;
import ado.model.memberentitlement.UserEntitlements;
import ado.model.profile.Profile;
import ado.model.profile.Profiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The organisation of a service: its projects and who the caller is.
 *
 * <p><b>Thread safety.</b> Thread-safe: an immutable handle, one per service.
 */
public final class Organization {

    private final AzureDevOpsService service;

    Organization(AzureDevOpsService service) {
        this.service = service;
    }

    /** {@return the service} */
    public AzureDevOpsService service() {
        return service;
    }

    /** {@return the organisation's name} */
    public String name() {
        return service.client().organizationName();
    }

    /** {@return the organisation scope of the raw API, for {@code ado.model} calls} */
    public ApiCall api() {
        return service.client().api();
    }

    /** {@return every project, fetched lazily 100 at a time; each is the service's one object for it} */
    public Stream<Project> projects() {
        return Projects.list(api()).map(this::project);
    }

    /**
     * {@return project {@code nameOrId} (a name matches case-insensitively, as in Azure DevOps); no request}
     *
     * <p>A project reached by name and the same project reached by id are one object as soon as its id is known
     * (it was listed, loaded, or reached through a repository or team); before that nothing can tell them apart
     * without a request.
     *
     * @param nameOrId the project name or id
     */
    public Project project(String nameOrId) {
        return service.identities().byNameOrId(Project.class, "project", null, nameOrId, n -> new Project(this, n));
    }

    Project project(TeamProject info) {
        Project p = service.identities().byIdAndName(Project.class, "project", null, info.id(), info.name(),
                n -> new Project(this, n));
        p.offer(info);
        return p;
    }

    /** {@return the project with {@code id} and {@code name} (null if unknown); no request} */
    Project project(UUID id, String name) {
        return service.identities().byIdAndName(Project.class, "project", null, id, name, n -> new Project(this, n));
    }

    /** {@return the processes of the organisation (system and inherited); one request} */
    public List<WorkProcess> processes() {
        return ado.model.work.process.Processes.list(api()).stream().map(this::process).toList();
    }

    /**
     * {@return process {@code id}; no request}
     *
     * @param id the process type id
     */
    public WorkProcess process(UUID id) {
        Objects.requireNonNull(id, "id == null");
        return service.identities().byId(WorkProcess.class, "process", null, id, () -> new WorkProcess(this, id));
    }

    /**
     * {@return a new process inheriting from system process {@code parent}; one request}
     *
     * @param name the process name
     * @param parent the process to inherit from
     * @param description the description, or {@code null}
     */
    public WorkProcess createProcess(String name, WorkProcess parent, String description) {
        Objects.requireNonNull(parent, "parent == null");
        return process(ado.model.work.process.Processes.create(api(), new ado.model.work.process.ProcessCreate(
                name, parent.id(), description, null)));
    }

    private WorkProcess process(ado.model.work.process.ProcessInfo info) {
        WorkProcess p = process(info.typeId());
        p.offer(info);
        return p;
    }

    /** {@return who the credentials belong to ({@code _apis/connectionData}); one request} */
    public ConnectionInfo connectionData() {
        return ConnectionData.get(api());
    }

    /** {@return the caller's profile from the profile host; one request} */
    public Profile profile() {
        return Profiles.me(service.client().profile());
    }

    /** {@return the organisation's agent pools; one request} */
    public List<AgentPool> agentPools() {
        return ado.model.distributedtask.AgentPools.list(api(), null).stream().map(p -> new AgentPool(this, p))
                .toList();
    }

    /**
     * {@return agent pool {@code id}; no request until it is used}
     *
     * @param id the pool id
     */
    public AgentPool agentPool(int id) {
        if (id <= 0) {
            throw new IllegalArgumentException("id must be > 0: " + id);
        }
        return new AgentPool(this, id);
    }

    /** {@return the organisation's users (Graph), fetched lazily page by page from the identity host} */
    public Stream<GraphSubject> users() {
        return GraphUsers.list(service.client().vssps());
    }

    /** {@return the organisation's and its projects' groups (Graph), fetched lazily} */
    public Stream<GraphSubject> groups() {
        return GraphGroups.list(service.client().vssps());
    }

    /**
     * {@return Graph user {@code descriptor} (such as {@code aad.MTIz...}), from the identity host; empty when there is
     * no such user} One request.
     *
     * @param descriptor the user's subject descriptor
     * @throws NullPointerException     if {@code descriptor} is null
     * @throws IllegalArgumentException if {@code descriptor} is blank or contains {@code /}
     */
    public Optional<GraphSubject> user(String descriptor) {
        try {
            return Optional.of(GraphUsers.get(service.client().vssps(), descriptor));
        } catch (AdoNotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * {@return every user's entitlements (licence, project access), from the member entitlement host; fetched lazily
     * a page at a time, each page named by the previous page's continuation token}
     */
    public Stream<UserEntitlement> userEntitlements() {
        return UserEntitlements.list(service.client().vsaex());
    }

    /**
     * {@return the entitlements of user {@code principalName}, added to the organisation with licence
     * {@code accountLicenseType}} One request.
     *
     * @param principalName      the user's sign-in name, such as an e-mail address
     * @param accountLicenseType the licence, such as {@code express} (Basic) or {@code stakeholder}
     * @throws AdoBadRequestException if Azure DevOps refuses the licence (the message names the user and the
     *                                reasons)
     */
    public UserEntitlement addUserEntitlement(String principalName, String accountLicenseType) {
        return addUserEntitlement(principalName, accountLicenseType, null, null);
    }

    /**
     * {@return the entitlements of user {@code principalName}, added to the organisation with licence
     * {@code accountLicenseType} and, when {@code project} is given, to its group {@code group}} One request, and
     * one more to learn the project's id if it was reached by name and not loaded.
     *
     * @param principalName      the user's sign-in name, such as an e-mail address
     * @param accountLicenseType the licence, such as {@code express} (Basic) or {@code stakeholder}
     * @param project            the project to give the user access to, or {@code null}
     * @param group              the project group (required with {@code project}, else {@code null})
     * @throws AdoBadRequestException   if Azure DevOps refuses the user, licence or group (the message names the
     *                                  user and the reasons)
     * @throws IllegalArgumentException if a name is blank, or {@code group} is given without {@code project}
     */
    public UserEntitlement addUserEntitlement(String principalName, String accountLicenseType, Project project,
                                              ProjectGroupType group) {
        ApiCall vsaex = service.client().vsaex();
        UserEntitlementResult result = UserEntitlements.add(vsaex, principalName, accountLicenseType,
                project == null ? null : project.id(), group);
        if (!result.isSuccess() || result.userEntitlement() == null) {
            throw ClientFailures.refused("POST", vsaex.apis("userentitlements").uri(), "Azure DevOps refused to add "
                    + "user " + principalName + " with access level " + accountLicenseType + ": "
                    + errors(result.operationResult() == null ? List.of() : List.of(result.operationResult())));
        }
        return result.userEntitlement();
    }

    /**
     * {@return the entitlements of user {@code userId} after replacing their licence by
     * {@code accountLicenseType}} One request: a JSON Patch {@code replace} of {@code /accessLevel}.
     *
     * @param userId             the user's id ({@link UserEntitlement#id()})
     * @param accountLicenseType the licence, such as {@code express} (Basic) or {@code stakeholder}
     * @throws AdoBadRequestException if Azure DevOps refuses the change, whether with an error status or with
     *                                {@code isSuccess: false} in its answer; the message names the user and the
     *                                reasons, and the licence is unchanged
     * @throws ado.core.error.AdoNotFoundException if there is no such user
     */
    public UserEntitlement updateUserAccessLevel(UUID userId, String accountLicenseType) {
        ApiCall vsaex = service.client().vsaex();
        UserEntitlementResult result = UserEntitlements.updateAccessLevel(vsaex, userId, accountLicenseType);
        if (!result.isSuccess() || result.userEntitlement() == null) {
            String who = result.userEntitlement() != null && result.userEntitlement().user() != null
                    ? result.userEntitlement().user().principalName() + " (" + userId + ")" : userId.toString();
            throw ClientFailures.refused("PATCH", vsaex.apis("userentitlements", userId.toString()).uri(),
                    "Azure DevOps refused to change the access level of user " + who + " to " + accountLicenseType
                            + ": " + errors(result.operationResults()));
        }
        return result.userEntitlement();
    }

    /** {@return the {@code errors} values of operation results, for a message} */
    private static String errors(List<? extends JsonValue> results) {
        var reasons = new ArrayList<String>();
        for (JsonValue r : results) {
            if (r instanceof JsonObject o && o.get("errors") instanceof JsonArray errors) {
                for (JsonValue e : errors.values()) {
                    reasons.add(e instanceof JsonObject kv ? kv.string("value").orElse(kv.toJson()) : e.toJson());
                }
            }
        }
        return reasons.isEmpty() ? "no reason given" : String.join("; ", reasons);
    }

    /**
     * {@return the membership after adding {@code memberDescriptor} (a user or group) to group
     * {@code groupDescriptor}} One request to the identity host; adding a member again changes nothing.
     *
     * @param memberDescriptor the subject descriptor of the user or group to add
     * @param groupDescriptor  the subject descriptor of the group
     * @throws ado.core.error.AdoNotFoundException if either subject does not exist
     * @throws AdoBadRequestException              if {@code groupDescriptor} is not a group
     * @throws IllegalArgumentException            if a descriptor is blank or contains {@code /}
     */
    public GraphMembership addGraphMembership(String memberDescriptor, String groupDescriptor) {
        return GraphMemberships.add(service.client().vssps(), memberDescriptor, groupDescriptor);
    }

    /**
     * Removes {@code memberDescriptor} from group {@code groupDescriptor}. One request to the identity host.
     *
     * <p>Microsoft's 7.1 specification lists only {@code 200} for this operation and says nothing of a subject that
     * is not a member; the service answers {@code 404}, and ado4j passes that on instead of hiding it: removing a
     * non-member is an {@link AdoNotFoundException}, not a no-op (check with {@link #isGraphMember} first when that
     * is expected).
     *
     * @param memberDescriptor the subject descriptor of the user or group to remove
     * @param groupDescriptor  the subject descriptor of the group
     * @throws AdoNotFoundException     if the subject is not a direct member of the group, or either does not exist
     * @throws IllegalArgumentException if a descriptor is blank or contains {@code /}
     */
    public void removeGraphMembership(String memberDescriptor, String groupDescriptor) {
        GraphMemberships.remove(service.client().vssps(), memberDescriptor, groupDescriptor);
    }

    /**
     * {@return whether {@code memberDescriptor} is a direct member of group {@code groupDescriptor}} One request.
     *
     * @param memberDescriptor the subject descriptor of the user or group
     * @param groupDescriptor  the subject descriptor of the group
     * @throws IllegalArgumentException if a descriptor is blank or contains {@code /}
     */
    public boolean isGraphMember(String memberDescriptor, String groupDescriptor) {
        return GraphMemberships.exists(service.client().vssps(), memberDescriptor, groupDescriptor);
    }

    /**
     * {@return the identity whose e-mail, sign-in name or display name is {@code emailOrName}} (a group as
     * {@code [Project]\Group}); its {@link Identity#id()} is what reviewers and assignments use, its
     * {@link Identity#descriptor()} what permissions use. One request; empty when nothing matches.
     *
     * @param emailOrName an e-mail address or a display name
     */
    public Optional<Identity> identity(String emailOrName) {
        Objects.requireNonNull(emailOrName, "emailOrName == null");
        return Identities.search(service.client().vssps(), SearchFilter.GENERAL, emailOrName).stream().findFirst();
    }

    /** {@return code, work item and wiki search in the whole organisation; no request} */
    public SearchScope search() {
        return new SearchScope(service.client().search());
    }

    /** {@return the service hook subscriptions of the organisation} */
    public List<ServiceHook> hookSubscriptions() {
        return ado.model.hooks.ServiceHooks.list(api()).stream().map(h -> new ServiceHook(this, h)).toList();
    }

    /**
     * {@return the new service hook subscription}
     *
     * @param subscription the subscription
     * @throws ado.core.error.AdoBadRequestException if its event type, consumer action or a required consumer input
     *                                               is unknown or missing
     * @throws ado.core.error.AdoNotFoundException   if its publisher or consumer does not exist
     */
    public ServiceHook createHookSubscription(ado.model.hooks.HookSubscription subscription) {
        return new ServiceHook(this, ado.model.hooks.ServiceHooks.create(api(), subscription));
    }

    /** {@return the service hook publishers with their event types} */
    public List<ado.model.hooks.Publisher> hookPublishers() {
        return ado.model.hooks.ServiceHooks.publishers(api());
    }

    /** {@return the service hook consumers with their actions} */
    public List<ado.model.hooks.Consumer> hookConsumers() {
        return ado.model.hooks.ServiceHooks.consumers(api());
    }

    /** {@return the notification subscriptions of the authenticated user} */
    public List<NotificationRule> notificationSubscriptions() {
        return ado.model.notification.NotificationSubscriptions.list(api()).stream()
                .map(n -> new NotificationRule(this, n)).toList();
    }

    /**
     * {@return the new notification subscription}
     *
     * @param spec the subscription
     */
    public NotificationRule createNotificationSubscription(ado.model.notification.SubscriptionSpec spec) {
        return new NotificationRule(this, ado.model.notification.NotificationSubscriptions.create(api(), spec));
    }

    @Override
    public String toString() {
        return "Organization[" + name() + "]";
    }
}
