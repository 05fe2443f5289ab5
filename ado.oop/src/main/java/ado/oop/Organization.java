package ado.oop;

import ado.core.ApiCall;
import ado.model.core.ConnectionData;
import ado.model.core.ConnectionInfo;
import ado.model.core.Projects;
import ado.model.core.TeamProject;
import ado.model.graph.GraphGroups;
import ado.model.graph.GraphSubject;
import ado.model.graph.GraphUsers;
import ado.model.identity.Identities;
import ado.model.identity.Identity;
import ado.model.identity.SearchFilter;
import ado.model.profile.Profile;
import ado.model.profile.Profiles;
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
