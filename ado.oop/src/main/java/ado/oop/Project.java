package ado.oop;

import ado.core.ApiCall;
import ado.model.core.Projects;
import ado.model.core.TeamProject;
import ado.model.core.Teams;
import ado.model.core.WebApiTeam;
import ado.model.core.WebApiTeamRef;
import ado.model.git.GitRepository;
import ado.model.git.Repositories;
import ado.model.wit.Queries;
import ado.model.wit.QueryExpand;
import ado.model.wit.QueryHierarchyItem;
import ado.model.wit.Wiql;
import ado.model.wit.WiqlResult;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A project: its repositories and teams. One object per project per service; navigation is free.
 *
 * <p><b>Thread safety.</b> Thread-safe: one object per project per service, shared by every thread that reaches it.
 * Its record loads once even when threads ask together; {@code refresh()} and changes replace it whole, so a reader
 * sees the old record or the new one, never a mix.
 */
public final class Project {

    private final Organization organization;
    private final NamedResource<TeamProject> self;

    Project(Organization organization, String nameOrId) {
        this.organization = organization;
        this.self = new NamedResource<>(nameOrId,
                k -> bindKeys(Projects.get(organization.api(), k)),
                TeamProject::name, TeamProject::id);
    }

    /** {@return the organisation} */
    public Organization organization() {
        return organization;
    }

    /** {@return the name: as given when reached by name, else from the loaded project} */
    public String name() {
        return self.name();
    }

    /** {@return the project id; loads the project if it was reached by name} */
    public UUID id() {
        return self.id();
    }

    /** {@return the project, loaded on first use} */
    public TeamProject info() {
        return self.info();
    }

    /** {@return the loaded name, else the name or id it was reached by; never a request (for messages)} */
    String label() {
        return self.label();
    }

    /** {@return this project after loading it again} */
    public Project refresh() {
        return self.refresh(this);
    }

    /** {@return the project scope of the raw API ({@code {org}/{project}}), for {@code ado.model} calls} */
    public ApiCall api() {
        return organization.api().project(self.urlKey());
    }

    /** {@return the Git repositories of this project; one request} */
    public Stream<Repository> repositories() {
        return Repositories.list(api()).stream().map(this::repository);
    }

    /**
     * {@return the pull requests of every repository of this project that {@code criteria} selects (status,
     * creator, reviewer, source and target branch, repository, time range), newest first, fetched lazily page by
     * page; each is the one object of its repository}
     *
     * @param criteria the search criteria, {@code PullRequestSearchCriteria.ACTIVE} for the active ones
     * @throws NullPointerException if {@code criteria} is null
     */
    public Stream<PullRequest> pullRequests(ado.model.git.PullRequestSearchCriteria criteria) {
        return ProjectPullRequests.list(this, criteria);
    }

    /**
     * {@return pull request {@code id}, whichever repository of this project it belongs to; one request}
     *
     * @param id the pull request id, positive
     * @throws ado.core.error.AdoNotFoundException if the project has no such pull request
     * @throws IllegalArgumentException            if {@code id} is not positive (nothing is sent)
     */
    public PullRequest pullRequest(int id) {
        return ProjectPullRequests.byId(this, id);
    }

    /** {@return the active pull requests of every repository of this project, newest first, fetched lazily} */
    public Stream<PullRequest> activePullRequests() {
        return pullRequests(ado.model.git.PullRequestSearchCriteria.ACTIVE);
    }

    /**
     * {@return repository {@code nameOrId} (a name matches case-insensitively); no request}
     *
     * @param nameOrId the repository name or id
     */
    public Repository repository(String nameOrId) {
        return identities().byNameOrId(Repository.class, "repository", this, nameOrId, n -> new Repository(this, n));
    }

    Repository repository(GitRepository info) {
        Repository r = identities().byIdAndName(Repository.class, "repository", this, info.id(), info.name(),
                n -> new Repository(this, n));
        r.offer(info);
        return r;
    }

    /** {@return the teams of this project, fetched lazily} */
    public Stream<Team> teams() {
        return Teams.list(organization.api(), key()).map(this::team);
    }

    /**
     * {@return team {@code nameOrId} (a name matches case-insensitively); no request}
     *
     * @param nameOrId the team name or id
     */
    public Team team(String nameOrId) {
        return identities().byNameOrId(Team.class, "team", this, nameOrId, n -> new Team(this, n));
    }

    Team team(WebApiTeam info) {
        Team t = identities().byIdAndName(Team.class, "team", this, info.id(), info.name(), n -> new Team(this, n));
        t.offer(info);
        return t;
    }

    /** {@return the default team (loads the project): its {@code defaultTeam}, else the team "{name} Team"} */
    public Team defaultTeam() {
        WebApiTeamRef ref = info().defaultTeam();
        if (ref == null) {
            return team(name() + " Team");
        }
        return identities().byIdAndName(Team.class, "team", this, ref.id(), ref.name(), n -> new Team(this, n));
    }

    // ---- WIQL and saved queries --------------------------------------------------------------------------------

    /**
     * {@return the result of {@code wiql} run in this project (ids only)}
     *
     * @param wiql the WIQL query
     * @throws ado.core.error.AdoBadRequestException if the statement is not valid (TF51006, TF51005) or matches
     *                                               more than 20,000 work items (VS402337)
     */
    public WiqlResult wiql(String wiql) {
        return Wiql.query(api(), wiql);
    }

    /**
     * {@return the result of {@code wiql}, at most {@code top} work items}
     *
     * @param wiql the WIQL query
     * @param top the most work items to return
     */
    public WiqlResult wiql(String wiql, int top) {
        return Wiql.query(api(), wiql, top, null);
    }

    /**
     * {@return the ids {@code wiql} returns, in order (for a link query, every target once); one request}
     *
     * @param wiql the WIQL query
     */
    public List<Integer> queryIds(String wiql) {
        return wiql(wiql).ids();
    }

    /**
     * {@return the ids {@code wiql} returns, in batches of at most 200 (the size of a work item batch read),
     * lazily: the query runs when the first batch is pulled}
     *
     * @param wiql the WIQL query
     */
    public Stream<List<Integer>> queryIdBatches(String wiql) {
        Objects.requireNonNull(wiql, "wiql == null");
        return IdBatches.stream(() -> queryIds(wiql), IdBatches.WORK_ITEM_BATCH, List::of);
    }

    /**
     * {@return the work items {@code wiql} returns, in its order, as a lazy stream}: the query runs when the first
     * element is pulled, and the work items are read 200 at a time as the stream reaches them ({@code limit(5)}
     * reads one batch); work items deleted since the query ran are skipped
     *
     * @param wiql the WIQL query
     * @throws ado.core.error.AdoBadRequestException if the statement is not valid or matches more than 20,000
     *                                               work items (on the first pull)
     */
    public Stream<WorkItem> query(String wiql) {
        Objects.requireNonNull(wiql, "wiql == null");
        return new WorkItemBatches(this).lazily(() -> queryIds(wiql).iterator());
    }

    /** {@return the root folders of the saved queries, "My Queries" and "Shared Queries", with their children} */
    public List<SavedQuery> queries() {
        return Queries.list(api(), 1, QueryExpand.ALL).stream().map(this::savedQuery).toList();
    }

    /**
     * {@return the saved query or folder {@code idOrPath}}: by id without a request, by path (such as
     * {@code "Shared Queries/Active bugs"}) with one
     *
     * @param idOrPath the query id or its path, such as {@code Shared Queries/Active bugs}
     * @throws ado.core.error.AdoNotFoundException if a path names nothing
     */
    public SavedQuery savedQuery(String idOrPath) {
        Objects.requireNonNull(idOrPath, "idOrPath == null");
        UUID id = parseId(idOrPath.strip());
        if (id != null) {
            return identities().byId(SavedQuery.class, "query", null, id, () -> new SavedQuery(this, id));
        }
        return savedQuery(Queries.get(api(), idOrPath, 1, QueryExpand.ALL));
    }

    SavedQuery savedQuery(QueryHierarchyItem item) {
        SavedQuery q = identities().byId(SavedQuery.class, "query", null, item.id(),
                () -> new SavedQuery(this, item.id()));
        q.offer(item);
        return q;
    }

    // ---- pipelines library and resources ----------------------------------------------------------------------

    /** {@return the project's variable groups, fetched lazily} */
    public Stream<VariableGroup> variableGroups() {
        return ado.model.distributedtask.VariableGroups.list(api(),
                ado.model.distributedtask.VariableGroupQuery.ALL).map(g -> VariableGroup.of(this, g));
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
        return VariableGroup.of(this, name);
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
        return VariableGroup.of(this, id);
    }

    /**
     * {@return a new variable group of this project}
     *
     * @param name the group name
     * @param description the description, or {@code null}
     * @param variables the variables by name; secret ones made with
     *                  {@link ado.model.distributedtask.VariableValue#secret(String)}
     * @throws ado.core.error.AdoConflictException if the project has a group of that name
     */
    public VariableGroup createVariableGroup(String name, String description,
                                             java.util.Map<String, ado.model.distributedtask.VariableValue> variables) {
        return VariableGroup.of(this, ado.model.distributedtask.VariableGroups.create(organization.api(),
                ado.model.distributedtask.VariableGroupParameters.of(name, id(), description, variables)));
    }

    /** {@return the project's environments, fetched lazily} */
    public Stream<Environment> environments() {
        return ado.model.distributedtask.Environments.list(api(), null).map(e -> Environment.of(this, e));
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
        return Environment.of(this, id);
    }

    /**
     * {@return a new environment}
     *
     * @param name the environment name
     * @param description the description, or {@code null}
     */
    public Environment createEnvironment(String name, String description) {
        return Environment.of(this, ado.model.distributedtask.Environments.create(api(), name, description));
    }

    /** {@return the secure files of the project's library; one request} */
    public List<SecureFile> secureFiles() {
        return ado.model.distributedtask.SecureFiles.list(api(), null).stream().map(f -> SecureFile.of(this, f))
                .toList();
    }

    /**
     * {@return secure file {@code id}; no request until it is used}
     *
     * @param id the secure file id
     * @throws NullPointerException if {@code id} is null
     */
    public SecureFile secureFile(UUID id) {
        return SecureFile.of(this, Objects.requireNonNull(id, "id == null"));
    }

    /**
     * {@return a new secure file {@code name} holding the bytes of {@code file}}
     *
     * @param name the secure file name
     * @param file the file to upload
     */
    public SecureFile uploadSecureFile(String name, java.nio.file.Path file) {
        return SecureFile.of(this, ado.model.distributedtask.SecureFiles.upload(api(), name, file));
    }

    /** {@return the project's task groups; one request} */
    public List<TaskGroup> taskGroups() {
        return ado.model.distributedtask.TaskGroups.list(api()).stream().map(g -> TaskGroup.of(this, g)).toList();
    }

    /**
     * {@return task group {@code id}; no request until it is used}
     *
     * @param id the task group id
     */
    public TaskGroup taskGroup(UUID id) {
        return TaskGroup.of(this, Objects.requireNonNull(id, "id == null"));
    }

    /**
     * {@return a new task group}
     *
     * @param create the task group
     */
    public TaskGroup createTaskGroup(ado.model.distributedtask.TaskGroupCreate create) {
        return TaskGroup.of(this, ado.model.distributedtask.TaskGroups.create(api(), create));
    }

    /** {@return the service endpoints shared into the project; one request} */
    public List<ServiceEndpoint> serviceEndpoints() {
        return ado.model.serviceendpoint.ServiceEndpoints.list(api(), null).stream()
                .map(e -> ServiceEndpoint.of(this, e)).toList();
    }

    /**
     * {@return service endpoint {@code id}; no request until it is used}
     *
     * @param id the endpoint id
     */
    public ServiceEndpoint serviceEndpoint(UUID id) {
        return ServiceEndpoint.of(this, Objects.requireNonNull(id, "id == null"));
    }

    /**
     * {@return a new service endpoint of this project}
     *
     * @param name the endpoint name
     * @param type the type, such as {@code generic} or {@code github}
     * @param url the URL the endpoint points to
     * @param authorization the authorization scheme and parameters
     * @throws ado.core.error.AdoConflictException if the project has an endpoint of that name
     */
    public ServiceEndpoint createServiceEndpoint(String name, String type, String url,
                                                 ado.model.serviceendpoint.EndpointAuthorization authorization) {
        return ServiceEndpoint.of(this, ado.model.serviceendpoint.ServiceEndpoints.create(organization.api(),
                ado.model.serviceendpoint.ServiceEndpoint.of(name, type, url, authorization, id())));
    }

    /** {@return the project's agent queues (one per agent pool it uses); one request} */
    public List<ado.model.distributedtask.TaskAgentQueue> agentQueues() {
        return ado.model.distributedtask.AgentQueues.list(api(), null);
    }

    // ---- lookup by name: one request with the server's name filter, an exact match ignoring case ------------------

    /**
     * {@return pipeline {@code name}: an exact match ignoring case, as Azure DevOps compares names, never a prefix
     * or wildcard match; empty when the project has none}; one request (the {@code name} filter of the build
     * definitions list, whose ids are the pipeline ids; a {@code *} in the name is a wildcard to that filter, so
     * such a name may take further pages)
     *
     * @param name the pipeline name
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public java.util.Optional<Pipeline> pipelineNamed(String name) {
        NamedLookup.checked("name", name);
        return NamedLookup.exact(ado.model.build.BuildDefinitions.list(api(), name),
                ado.model.build.BuildDefinition::name, name).map(d -> pipeline(d.id()));
    }

    /**
     * {@return environment {@code name}: an exact match ignoring case, never a prefix or wildcard match; empty when
     * the project has none}; one request (the {@code name} filter; a {@code *} in the name is a wildcard to it, so
     * such a name may take further pages); the project's one object of that environment
     *
     * @param name the environment name
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public java.util.Optional<Environment> environmentNamed(String name) {
        NamedLookup.checked("name", name);
        return NamedLookup.exact(ado.model.distributedtask.Environments.list(api(), name),
                ado.model.distributedtask.EnvironmentInstance::name, name).map(e -> Environment.of(this, e));
    }

    /**
     * {@return agent queue {@code name}: an exact match ignoring case, never a prefix or wildcard match; empty when
     * the project has none}; one request (the {@code queueName} filter)
     *
     * @param name the queue name
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public java.util.Optional<ado.model.distributedtask.TaskAgentQueue> agentQueueNamed(String name) {
        NamedLookup.checked("name", name);
        return NamedLookup.exact(ado.model.distributedtask.AgentQueues.list(api(), name),
                ado.model.distributedtask.TaskAgentQueue::name, name);
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
    public java.util.Optional<ServiceEndpoint> serviceEndpointNamed(String name) {
        NamedLookup.checked("name", name);
        List<ado.model.serviceendpoint.ServiceEndpoint> found = name.indexOf(',') >= 0
                ? ado.model.serviceendpoint.ServiceEndpoints.list(api(), null)
                : ado.model.serviceendpoint.ServiceEndpoints.listNamed(api(), name);
        return NamedLookup.exact(found, ado.model.serviceendpoint.ServiceEndpoint::name, name)
                .map(e -> ServiceEndpoint.of(this, e));
    }

    /**
     * {@return task group {@code name}: an exact match ignoring case, never a prefix match; empty when the project
     * has none}; one request (Azure DevOps has no name filter for task groups, so it lists them in one answer)
     *
     * @param name the task group name
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public java.util.Optional<TaskGroup> taskGroupNamed(String name) {
        NamedLookup.checked("name", name);
        return NamedLookup.exact(ado.model.distributedtask.TaskGroups.list(api()),
                ado.model.distributedtask.TaskGroup::name, name).map(g -> TaskGroup.of(this, g));
    }

    /**
     * {@return secure file {@code name}: an exact match ignoring case, never a prefix or wildcard match; empty when
     * the project has none}; one request (the {@code namePattern} filter); the file's one object, holding the record
     *
     * @param name the secure file name
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public java.util.Optional<SecureFile> secureFileNamed(String name) {
        NamedLookup.checked("name", name);
        return NamedLookup.exact(ado.model.distributedtask.SecureFiles.list(api(), name),
                ado.model.distributedtask.SecureFile::name, name).map(f -> SecureFile.of(this, f));
    }

    /**
     * {@return which pipelines may use {@code resource}}
     *
     * @param resource the resource (queue, endpoint, environment...)
     */
    public ado.model.pipelines.PipelinePermissionSet pipelinePermissions(
            ado.model.pipelines.PipelinePermissionResource resource) {
        return ado.model.pipelines.PipelinePermissions.get(api(), resource);
    }

    /**
     * {@return the permissions of {@code resource} after authorizing (or revoking) pipeline {@code pipelineId}}
     *
     * @param resource the resource (queue, endpoint, environment...)
     * @param pipelineId the pipeline id
     * @param authorized whether the pipeline may use the resource
     */
    public ado.model.pipelines.PipelinePermissionSet authorizePipeline(
            ado.model.pipelines.PipelinePermissionResource resource, int pipelineId, boolean authorized) {
        return ado.model.pipelines.PipelinePermissions.update(api(), resource,
                ado.model.pipelines.PipelinePermissionSet.of(List.of(
                        ado.model.pipelines.PipelinePermission.of(pipelineId, authorized))));
    }

    /**
     * {@return the queued build of definition {@code definitionId} on {@code branch} (short or full ref name)}
     *
     * @param definitionId the build definition (pipeline) id
     * @param branch the branch name, short or full
     * @throws ado.core.error.AdoNotFoundException   if the definition does not exist
     * @throws ado.core.error.AdoBadRequestException if the branch does not exist
     */
    public Build startBuild(int definitionId, String branch) {
        return startBuild(ado.model.build.BuildQueueRequest.builder(definitionId).branch(branch).build());
    }

    /**
     * {@return the queued build}
     *
     * @param request the queue request
     */
    public Build startBuild(ado.model.build.BuildQueueRequest request) {
        return build(ado.model.build.Builds.queue(api(), request));
    }

    /**
     * {@return build {@code id}; no request}
     *
     * @param id the build id
     */
    public Build build(int id) {
        if (id <= 0) {
            throw new IllegalArgumentException("id must be > 0: " + id);
        }
        return identities().byId(Build.class, "build", this, id, () -> new Build(this, id));
    }

    private Build build(ado.model.build.Build info) {
        Build b = build(info.id());
        b.offer(info);
        return b;
    }

    /**
     * {@return the builds {@code filter} selects, fetched lazily page by page}
     *
     * @param filter the filter
     */
    public Stream<Build> builds(ado.model.build.BuildFilter filter) {
        return ado.model.build.Builds.list(api(), filter).map(this::build);
    }

    /**
     * {@return pipeline {@code id}; no request}
     *
     * @param id the pipeline id
     */
    public Pipeline pipeline(int id) {
        if (id <= 0) {
            throw new IllegalArgumentException("id must be > 0: " + id);
        }
        return identities().byId(Pipeline.class, "pipeline", this, id, () -> new Pipeline(this, id));
    }

    /** {@return the project's pipelines; fetched lazily} */
    public Stream<Pipeline> pipelines() {
        return ado.model.pipelines.Pipelines.list(api()).map(p -> pipeline(p.id()));
    }

    /**
     * {@return the project's approvals that are {@code status} (null: all)}
     *
     * @param status the status to list, or {@code null} for all
     */
    public List<Approval> approvals(ado.model.pipelines.ApprovalStatus status) {
        return ado.model.pipelines.Approvals.list(api(), status).stream().map(a -> new Approval(this, a)).toList();
    }

    /** {@return the area tree: the root area with all its descendants; one request} */
    public ClassificationNode areas() {
        return node(ado.model.wit.TreeStructureGroup.AREAS, "", ClassificationNode.WHOLE_TREE);
    }

    /** {@return the iteration tree: the root iteration with all its descendants; one request} */
    public ClassificationNode iterations() {
        return node(ado.model.wit.TreeStructureGroup.ITERATIONS, "", ClassificationNode.WHOLE_TREE);
    }

    /**
     * {@return the area at slash-separated {@code path} below the root, with its children; one request}
     *
     * @param path the area path below the root, backslash- or slash-separated
     */
    public ClassificationNode area(String path) {
        return node(ado.model.wit.TreeStructureGroup.AREAS, path, 1);
    }

    /**
     * {@return the iteration at slash-separated {@code path} below the root, with its children; one request}
     *
     * @param path the iteration path below the root, backslash- or slash-separated
     */
    public ClassificationNode iteration(String path) {
        return node(ado.model.wit.TreeStructureGroup.ITERATIONS, path, 1);
    }

    private ClassificationNode node(ado.model.wit.TreeStructureGroup group, String path, int depth) {
        return new ClassificationNode(this, group, ado.model.wit.ClassificationNodes.get(api(), group, path, depth));
    }

    /**
     * {@return the process this project uses (from its capabilities); one request unless the project is loaded}
     *
     * @throws ado.core.error.AdoJsonException if the project's answer does not name its process
     */
    public WorkProcess process() {
        java.util.Map<String, String> template = info().capabilities().get("processTemplate");
        if (template == null || template.get("templateTypeId") == null) {
            refresh();
            template = info().capabilities().get("processTemplate");
        }
        if (template == null || template.get("templateTypeId") == null) {
            throw ClientFailures.unexpectedAnswer("the process of project " + name()
                    + " (no processTemplate capability)");
        }
        return organization.process(ClientFailures.uuid(template.get("templateTypeId"), "a process template id"));
    }

    // ---- work items

    /** The number of batches {@link #workItems(List)} has in flight at once. */
    public static final int DEFAULT_WORK_ITEM_PARALLELISM = 8;

    /**
     * {@return work item {@code id} of this project; no request}
     *
     * @param id the work item id
     */
    public WorkItem workItem(int id) {
        if (id <= 0) {
            throw new IllegalArgumentException("id must be positive: " + id);
        }
        return identities().byId(WorkItem.class, "workItem", this, id, () -> new WorkItem(this, id));
    }

    /**
     * {@return the new work item of {@code type} (such as {@code Task} or {@code User Story}) with {@code fields}}
     * (keys {@link ado.model.wit.WorkItemFieldName} or reference-name strings, values as
     * {@link ado.model.wit.WorkItemPatch} writes them)
     *
     * @param type the work item type, such as {@code Bug}
     * @param fields the fields by reference name or {@link ado.model.wit.WorkItemFieldName}
     * @throws ado.core.error.AdoBadRequestException if a rule fails, a field is unknown or a path does not exist
     */
    public WorkItem createWorkItem(String type, java.util.Map<?, ?> fields) {
        ado.model.wit.WorkItem created = ado.model.wit.WorkItems.create(api(), type,
                ado.model.wit.WorkItemPatch.of(fields));
        WorkItem w = workItem(created.id());
        w.offer(created);
        return w;
    }

    /**
     * {@return the work items {@code ids}, in that order, read in batches of 200 with up to
     * {@value #DEFAULT_WORK_ITEM_PARALLELISM} batches in flight}
     *
     * @param ids the work item ids
     * @throws ado.core.error.AdoNotFoundException if an id does not exist or is deleted (ADO's TF401232 names the
     *                                             first such id); nothing is returned then
     */
    public List<WorkItem> workItems(List<Integer> ids) {
        return workItems(ids, DEFAULT_WORK_ITEM_PARALLELISM);
    }

    /**
     * {@return the work items {@code ids}, in that order, with at most {@code parallelism} batches in flight}
     *
     * @param ids the work item ids
     * @param parallelism how many batches may be in flight at once, positive
     */
    public List<WorkItem> workItems(List<Integer> ids, int parallelism) {
        return new WorkItemBatches(this).all(ids, parallelism);
    }

    /**
     * {@return the work items {@code ids} names, fetched lazily 200 at a time as the stream reaches them} (for query
     * results: {@code limit(5)} reads one batch); ids that no longer exist are skipped
     *
     * @param ids the work item ids
     */
    public Stream<WorkItem> workItemsByIds(Stream<Integer> ids) {
        Objects.requireNonNull(ids, "ids == null");
        return new WorkItemBatches(this).lazily(ids::iterator);
    }

    /** {@return the work items in this project's recycle bin} */
    public List<ado.model.wit.WorkItemDeleteReference> deletedWorkItems() {
        return ado.model.wit.WorkItems.recycleBin(api());
    }

    /**
     * {@return work item {@code id} after restoring it from the recycle bin}
     *
     * @param id the id of the deleted work item
     */
    public WorkItem restoreWorkItem(int id) {
        ado.model.wit.WorkItems.restore(api(), id);
        return workItem(id).refresh();
    }

    /** The name or id to put in URLs: the id once known. */
    String key() {
        return self.urlKey();
    }

    void offer(TeamProject value) {
        self.set(bindKeys(value));
    }

    private TeamProject bindKeys(TeamProject value) {
        return identities().bindIdAndName(this, "project", null, value.id(), value.name(), value);
    }

    IdentityMap identities() {
        return organization.service().identities();
    }

    static UUID parseId(String value) {
        if (value.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@return code, work item and wiki search in this project; no request} */
    public SearchScope search() {
        return new SearchScope(organization.service().client().search().project(self.urlKey()));
    }

    /**
     * {@return the project's group {@code name} (such as {@code Contributors}) as an identity, for permissions}; one
     * request, empty when the project has no such group
     *
     * @param name the group name, such as {@code Readers}
     */
    public java.util.Optional<ado.model.identity.Identity> group(String name) {
        Objects.requireNonNull(name, "name == null");
        return organization.identity("[" + name() + "]\\" + name)
                .filter(i -> Boolean.TRUE.equals(i.isContainer()));
    }

    // ---- policies, wikis, dashboards ------------------------------------------------------------------------

    /** {@return the policy configurations of this project, fetched lazily} */
    public Stream<Policy> policies() {
        return ado.model.policy.Policies.list(api()).map(c -> new Policy(this, c));
    }

    /**
     * {@return policy configuration {@code id}, read now}
     *
     * @param id the policy configuration id
     */
    public Policy policy(int id) {
        return new Policy(this, ado.model.policy.Policies.get(api(), id));
    }

    /**
     * {@return the new policy}
     *
     * @param definition the policy definition
     * @throws ado.core.error.AdoBadRequestException if a setting is missing or invalid (the message names it)
     * @throws ado.core.error.AdoNotFoundException   if the policy type does not exist
     */
    public Policy createPolicy(ado.model.policy.PolicyDefinition definition) {
        return new Policy(this, ado.model.policy.Policies.create(api(), definition));
    }

    /** {@return the policy types of this project} */
    public List<ado.model.policy.PolicyType> policyTypes() {
        return ado.model.policy.Policies.types(api());
    }

    /** {@return the wikis of this project} */
    public List<ado.model.wiki.WikiV2> wikis() {
        return ado.model.wiki.Wikis.list(api());
    }

    /**
     * {@return wiki {@code nameOrId}; no request}
     *
     * @param nameOrId the wiki name or id
     */
    public Wiki wiki(String nameOrId) {
        Objects.requireNonNull(nameOrId, "nameOrId == null");
        if (nameOrId.isBlank()) {
            throw new IllegalArgumentException("nameOrId must not be blank");
        }
        return new Wiki(this, nameOrId);
    }

    /**
     * {@return the project wiki, created now with {@code name}} (a project has at most one)
     *
     * @param name the wiki name
     */
    public Wiki createWiki(String name) {
        return new Wiki(this, ado.model.wiki.Wikis.createProjectWiki(api(), name, id()).name());
    }

    /** {@return the project-scoped dashboards (without widgets)} */
    public List<ado.model.dashboard.Dashboard> dashboards() {
        return ado.model.dashboard.Dashboards.list(api());
    }

    /**
     * {@return a new, empty project dashboard}
     *
     * @param name the dashboard name
     * @param description the description, or {@code null}
     */
    public ado.model.dashboard.Dashboard createDashboard(String name, String description) {
        return ado.model.dashboard.Dashboards.create(api(), name, description);
    }

    @Override
    public String toString() {
        return "Project[" + self.label() + "]";
    }
}
