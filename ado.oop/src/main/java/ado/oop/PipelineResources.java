package ado.oop;

import ado.model.build.BuildDefinition;
import ado.model.build.BuildDefinitions;
import ado.model.distributedtask.AgentQueues;
import ado.model.distributedtask.EnvironmentInstance;
import ado.model.distributedtask.Environments;
import ado.model.distributedtask.SecureFiles;
import ado.model.distributedtask.TaskAgentQueue;
import ado.model.distributedtask.TaskGroupCreate;
import ado.model.distributedtask.TaskGroups;
import ado.model.distributedtask.VariableGroupParameters;
import ado.model.distributedtask.VariableGroupQuery;
import ado.model.distributedtask.VariableGroups;
import ado.model.distributedtask.VariableValue;
import ado.model.pipelines.PipelinePermission;
import ado.model.pipelines.PipelinePermissionResource;
import ado.model.pipelines.PipelinePermissionSet;
import ado.model.pipelines.PipelinePermissions;
import ado.model.serviceendpoint.EndpointAuthorization;
import ado.model.serviceendpoint.ServiceEndpoints;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A project's pipelines library and resources: variable groups, environments, secure files, task groups, service
 * endpoints and agent queues, their lookups by name, and which pipelines may use them. Reached by
 * {@link Project#pipelineResources()}; holds nothing but its project, so it never sends a request itself.
 *
 * <pre>{@code
 * PipelineResources library = project.pipelineResources();
 * library.variableGroup("Release settings").setVariable("region", "westeurope", false);
 * boolean hasDocsSite = library.serviceEndpointNamed("docs-site").isPresent();
 * }</pre>
 *
 * <p><b>Thread safety.</b> Thread-safe: it holds only its project; the objects it returns state their own.
 */
public final class PipelineResources {

    private final Project project;

    PipelineResources(Project project) {
        this.project = project;
    }

    /** {@return the project} */
    public Project project() {
        return project;
    }

    /** {@return the project's variable groups, fetched lazily} */
    public Stream<VariableGroup> variableGroups() {
        return VariableGroups.list(project.api(), VariableGroupQuery.ALL).map(g -> VariableGroup.of(project, g));
    }

    /**
     * {@return variable group {@code name}: an exact match ignoring case, as Azure DevOps compares names, never a
     * prefix or wildcard match}; no request until it is used, and {@link ado.core.error.AdoNotFoundException} then
     * if there is none
     *
     * @param name the group name
     */
    public VariableGroup variableGroup(String name) {
        Objects.requireNonNull(name, "name == null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        return VariableGroup.of(project, name);
    }

    /**
     * {@return variable group {@code id}; no request until it is used}
     *
     * @param id the group id
     */
    public VariableGroup variableGroup(int id) {
        if (id <= 0) {
            throw new IllegalArgumentException("id must be > 0: " + id);
        }
        return VariableGroup.of(project, id);
    }

    /**
     * {@return a new variable group of the project}
     *
     * @param name the group name
     * @param description the description, or {@code null}
     * @param variables the variables by name; secret ones made with {@link VariableValue#secret(String)}
     * @throws ado.core.error.AdoConflictException if the project has a group of that name
     */
    public VariableGroup createVariableGroup(String name, String description, Map<String, VariableValue> variables) {
        return createVariableGroup(VariableGroupParameters.of(name, project.id(), description, variables));
    }

    /**
     * {@return a new variable group made from {@code parameters}}: any type and provider data, such as a group
     * linked to an Azure Key Vault ({@link VariableGroupParameters#withKeyVault}), shared into the projects the
     * parameters name, this project among them
     *
     * <pre>{@code
     * UUID azure = project.pipelineResources().serviceEndpointNamed("azure-prod").orElseThrow().id();
     * var vault = project.pipelineResources().createVariableGroup(VariableGroupParameters
     *         .of("vault-secrets", project.id(), "From the vault", Map.of("dbPassword", VariableValue.of("")))
     *         .withKeyVault(azure, "prod-vault"));
     * }</pre>
     *
     * @param parameters the group; its project references must name this project
     * @throws NullPointerException                if {@code parameters} is null
     * @throws IllegalArgumentException            if no project reference names this project (one request, for
     *                                             the project id, when the project was reached by name)
     * @throws ado.core.error.AdoConflictException if the project has a group of that name
     */
    public VariableGroup createVariableGroup(VariableGroupParameters parameters) {
        Objects.requireNonNull(parameters, "parameters == null");
        UUID here = project.id();
        if (parameters.variableGroupProjectReferences().stream().noneMatch(r -> r.projectReference() != null
                && here.equals(r.projectReference().id()))) {
            throw new IllegalArgumentException("parameters.variableGroupProjectReferences must name project "
                    + project.label() + " (" + here + ")");
        }
        return VariableGroup.of(project, VariableGroups.create(project.organization().api(), parameters));
    }

    /** {@return the project's environments, fetched lazily} */
    public Stream<Environment> environments() {
        return Environments.list(project.api(), null).map(e -> Environment.of(project, e));
    }

    /**
     * {@return environment {@code id}; no request until it is used}
     *
     * @param id the environment id
     */
    public Environment environment(int id) {
        if (id <= 0) {
            throw new IllegalArgumentException("id must be > 0: " + id);
        }
        return Environment.of(project, id);
    }

    /**
     * {@return a new environment}
     *
     * @param name the environment name
     * @param description the description, or {@code null}
     */
    public Environment createEnvironment(String name, String description) {
        return Environment.of(project, Environments.create(project.api(), name, description));
    }

    /** {@return the secure files of the project's library; one request} */
    public List<SecureFile> secureFiles() {
        return SecureFiles.list(project.api(), null).stream().map(f -> SecureFile.of(project, f)).toList();
    }

    /**
     * {@return secure file {@code id}; no request until it is used}
     *
     * @param id the secure file id
     * @throws NullPointerException if {@code id} is null
     */
    public SecureFile secureFile(UUID id) {
        return SecureFile.of(project, Objects.requireNonNull(id, "id == null"));
    }

    /**
     * {@return a new secure file {@code name} holding the bytes of {@code file}}
     *
     * @param name the secure file name
     * @param file the file to upload
     */
    public SecureFile uploadSecureFile(String name, Path file) {
        return SecureFile.of(project, SecureFiles.upload(project.api(), name, file));
    }

    /** {@return the project's task groups; one request} */
    public List<TaskGroup> taskGroups() {
        return TaskGroups.list(project.api()).stream().map(g -> TaskGroup.of(project, g)).toList();
    }

    /**
     * {@return task group {@code id}; no request until it is used}
     *
     * @param id the task group id
     */
    public TaskGroup taskGroup(UUID id) {
        return TaskGroup.of(project, Objects.requireNonNull(id, "id == null"));
    }

    /**
     * {@return a new task group}
     *
     * @param create the task group
     */
    public TaskGroup createTaskGroup(TaskGroupCreate create) {
        return TaskGroup.of(project, TaskGroups.create(project.api(), create));
    }

    /** {@return the service endpoints shared into the project; one request} */
    public List<ServiceEndpoint> serviceEndpoints() {
        return ServiceEndpoints.list(project.api(), null).stream().map(e -> ServiceEndpoint.of(project, e)).toList();
    }

    /**
     * {@return service endpoint {@code id}; no request until it is used}
     *
     * @param id the endpoint id
     */
    public ServiceEndpoint serviceEndpoint(UUID id) {
        return ServiceEndpoint.of(project, Objects.requireNonNull(id, "id == null"));
    }

    /**
     * {@return a new service endpoint of the project}
     *
     * @param name the endpoint name
     * @param type the type, such as {@code generic} or {@code github}
     * @param url the URL the endpoint points to
     * @param authorization the authorization scheme and parameters
     * @throws ado.core.error.AdoConflictException if the project has an endpoint of that name
     */
    public ServiceEndpoint createServiceEndpoint(String name, String type, String url,
                                                 EndpointAuthorization authorization) {
        return createServiceEndpoint(ado.model.serviceendpoint.ServiceEndpoint.of(name, type, url, authorization,
                project.id()));
    }

    /**
     * {@return a new service endpoint made from {@code endpoint}}: with a description
     * ({@link ado.model.serviceendpoint.ServiceEndpoint#withDescription}), type-specific data
     * ({@link ado.model.serviceendpoint.ServiceEndpoint#withData}) and shared into the projects it names
     * ({@link ado.model.serviceendpoint.ServiceEndpoint#withProjects}), this project among them
     *
     * <pre>{@code
     * Project web = service.organization().project("Contoso-Web");
     * var feed = project.pipelineResources().createServiceEndpoint(ado.model.serviceendpoint
     *         .ServiceEndpoint.of("feed", "generic", "https://feed.example", null, project.id())
     *         .withDescription("The package feed").withData(Map.of("tier", "gold"))
     *         .withProjects(List.of(ServiceEndpointProjectReference.of(project.id(), "feed"),
     *                 ServiceEndpointProjectReference.of(web.id(), "feed"))));
     * }</pre>
     *
     * @param endpoint the endpoint, without an id; its project references must name this project
     * @throws NullPointerException                if {@code endpoint} is null
     * @throws IllegalArgumentException            if no project reference names this project (one request, for
     *                                             the project id, when the project was reached by name)
     * @throws ado.core.error.AdoConflictException if a project it names has an endpoint of that name
     */
    public ServiceEndpoint createServiceEndpoint(ado.model.serviceendpoint.ServiceEndpoint endpoint) {
        Objects.requireNonNull(endpoint, "endpoint == null");
        UUID here = project.id();
        if (endpoint.serviceEndpointProjectReferences().stream().noneMatch(r -> here.equals(
                r.projectReference().id()))) {
            throw new IllegalArgumentException("endpoint.serviceEndpointProjectReferences must name project "
                    + project.label() + " (" + here + ")");
        }
        return ServiceEndpoint.of(project, ServiceEndpoints.create(project.organization().api(), endpoint));
    }

    /** {@return the project's agent queues (one per agent pool it uses), each the queue's one object; one request} */
    public List<AgentQueue> agentQueues() {
        return AgentQueues.list(project.api(), null).stream().map(q -> AgentQueue.of(project, q)).toList();
    }

    /**
     * {@return agent queue {@code id}; no request until it is used}
     *
     * @param id the queue id
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public AgentQueue agentQueue(int id) {
        if (id <= 0) {
            throw new IllegalArgumentException("id must be > 0: " + id);
        }
        return AgentQueue.of(project, id);
    }

    /**
     * {@return the project's pipeline definitions (build definitions; their ids are the pipeline ids), fetched
     * lazily page by page}
     */
    public Stream<BuildDefinition> pipelineDefinitions() {
        return BuildDefinitions.list(project.api());
    }

    // ---- lookup by name: one request with the server's name filter, an exact match ignoring case ------------------

    /**
     * {@return environment {@code name}: an exact match ignoring case, never a prefix or wildcard match; empty when
     * the project has none}; one request (the {@code name} filter; a {@code *} in the name is a wildcard to it, so
     * such a name may take further pages); the project's one object of that environment
     *
     * @param name the environment name
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Optional<Environment> environmentNamed(String name) {
        NamedLookup.checked("name", name);
        return NamedLookup.exact(Environments.list(project.api(), name), EnvironmentInstance::name, name)
                .map(e -> Environment.of(project, e));
    }

    /**
     * {@return agent queue {@code name}: an exact match ignoring case, never a prefix or wildcard match; empty when
     * the project has none}; one request (the {@code queueName} filter); the queue's one object, holding the record
     *
     * @param name the queue name
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Optional<AgentQueue> agentQueueNamed(String name) {
        NamedLookup.checked("name", name);
        return NamedLookup.exact(AgentQueues.list(project.api(), name), TaskAgentQueue::name, name)
                .map(q -> AgentQueue.of(project, q));
    }

    /**
     * {@return service endpoint {@code name}: an exact match ignoring case, never a prefix match; empty when the
     * project has none}; one request (the {@code endpointNames} filter, or the whole list for a name with a comma,
     * which that filter would split); the project's one object of that endpoint
     *
     * @param name the endpoint name
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Optional<ServiceEndpoint> serviceEndpointNamed(String name) {
        NamedLookup.checked("name", name);
        List<ado.model.serviceendpoint.ServiceEndpoint> found = name.indexOf(',') >= 0
                ? ServiceEndpoints.list(project.api(), null)
                : ServiceEndpoints.listNamed(project.api(), name);
        return NamedLookup.exact(found, ado.model.serviceendpoint.ServiceEndpoint::name, name)
                .map(e -> ServiceEndpoint.of(project, e));
    }

    /**
     * {@return task group {@code name}: an exact match ignoring case, never a prefix match; empty when the project
     * has none}; one request (Azure DevOps has no name filter for task groups, so it lists them in one answer)
     *
     * @param name the task group name
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Optional<TaskGroup> taskGroupNamed(String name) {
        NamedLookup.checked("name", name);
        return NamedLookup.exact(TaskGroups.list(project.api()), ado.model.distributedtask.TaskGroup::name, name)
                .map(g -> TaskGroup.of(project, g));
    }

    /**
     * {@return secure file {@code name}: an exact match ignoring case, never a prefix or wildcard match; empty when
     * the project has none}; one request (the {@code namePattern} filter); the file's one object, holding the record
     *
     * @param name the secure file name
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Optional<SecureFile> secureFileNamed(String name) {
        NamedLookup.checked("name", name);
        return NamedLookup.exact(SecureFiles.list(project.api(), name), ado.model.distributedtask.SecureFile::name,
                name).map(f -> SecureFile.of(project, f));
    }

    /**
     * {@return which pipelines may use {@code resource}}
     *
     * @param resource the resource (queue, endpoint, environment...)
     */
    public PipelinePermissionSet pipelinePermissions(PipelinePermissionResource resource) {
        return PipelinePermissions.get(project.api(), resource);
    }

    /**
     * {@return the permissions of {@code resource} after authorizing (or revoking) pipeline {@code pipelineId}}
     *
     * @param resource the resource (queue, endpoint, environment...)
     * @param pipelineId the pipeline id
     * @param authorized whether the pipeline may use the resource
     */
    public PipelinePermissionSet authorizePipeline(PipelinePermissionResource resource, int pipelineId,
                                                   boolean authorized) {
        return PipelinePermissions.update(project.api(), resource,
                PipelinePermissionSet.of(List.of(PipelinePermission.of(pipelineId, authorized))));
    }

    @Override
    public String toString() {
        return "PipelineResources[" + project.label() + "]";
    }
}
