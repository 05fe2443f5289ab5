package ado.oop;

import ado.core.ApiCall;
import ado.model.core.ConnectionData;
import ado.model.core.ConnectionInfo;
import ado.model.core.Projects;
import ado.model.core.TeamProject;
import ado.model.profile.Profile;
import ado.model.profile.Profiles;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/** The organisation of a service: its projects and who the caller is. */
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
     */
    public Project project(String nameOrId) {
        Objects.requireNonNull(nameOrId, "nameOrId == null");
        if (nameOrId.isBlank()) {
            throw new IllegalArgumentException("nameOrId must not be blank");
        }
        UUID id = Project.parseId(nameOrId);
        IdentityMap.Key key = id != null ? Project.idKey(id) : IdentityMap.Key.name("project", null, nameOrId);
        return service.identities().resolve(Project.class, List.of(key), () -> new Project(this, nameOrId));
    }

    Project project(TeamProject info) {
        Project p = service.identities().resolve(Project.class,
                List.of(Project.idKey(info.id()), IdentityMap.Key.name("project", null, info.name())),
                () -> new Project(this, info.id().toString()));
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

    /** {@return the service hook subscriptions of the organisation} */
    public List<ServiceHook> hookSubscriptions() {
        return ado.model.hooks.ServiceHooks.list(api()).stream().map(h -> new ServiceHook(this, h)).toList();
    }

    /**
     * {@return the new service hook subscription}
     *
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

    /** {@return the new notification subscription} */
    public NotificationRule createNotificationSubscription(ado.model.notification.SubscriptionSpec spec) {
        return new NotificationRule(this, ado.model.notification.NotificationSubscriptions.create(api(), spec));
    }

    @Override
    public String toString() {
        return "Organization[" + name() + "]";
    }
}
