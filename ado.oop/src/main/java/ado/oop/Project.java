package ado.oop;

import ado.core.ApiCall;
import ado.model.core.Projects;
import ado.model.core.TeamProject;
import ado.model.git.GitRepository;
import ado.model.git.Repositories;
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
    private final PipelineResources pipelineResources = new PipelineResources(this);
    private final Collaboration collaboration = new Collaboration(this);

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

    // ---- teams (logic in Team) ---------------------------------------------------------------------------------

    /** {@return the teams of this project, fetched lazily} */
    public Stream<Team> teams() {
        return Team.list(this);
    }

    /**
     * {@return team {@code nameOrId} (a name matches case-insensitively); no request}
     *
     * @param nameOrId the team name or id
     */
    public Team team(String nameOrId) {
        return identities().byNameOrId(Team.class, "team", this, nameOrId, n -> new Team(this, n));
    }

    /** {@return the default team (loads the project): its {@code defaultTeam}, else the team "{name} Team"} */
    public Team defaultTeam() {
        return Team.defaultOf(this);
    }

    // ---- WIQL and saved queries (logic in ProjectQueries) -----------------------------------------------------------

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
        return ProjectQueries.idBatches(this, wiql);
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
        return ProjectQueries.workItems(this, wiql);
    }

    /** {@return the root folders of the saved queries, "My Queries" and "Shared Queries", with their children} */
    public List<SavedQuery> queries() {
        return ProjectQueries.roots(this);
    }

    /**
     * {@return the saved query or folder {@code idOrPath}}: by id without a request, by path (such as
     * {@code "Shared Queries/Active bugs"}) with one
     *
     * @param idOrPath the query id or its path, such as {@code Shared Queries/Active bugs}
     * @throws ado.core.error.AdoNotFoundException if a path names nothing
     */
    public SavedQuery savedQuery(String idOrPath) {
        return ProjectQueries.byIdOrPath(this, idOrPath);
    }

    // ---- pipelines (logic in ProjectBuilds) -------------------------------------------------------------------------

    /**
     * {@return the project's pipelines library and resources: variable groups, environments, secure files, task
     * groups, service endpoints, agent queues and pipeline permissions; no request}
     */
    public PipelineResources pipelineResources() {
        return pipelineResources;
    }

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
        return ProjectBuilds.pipelineNamed(this, name);
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
        return ProjectBuilds.start(this, request);
    }

    /**
     * {@return build {@code id}; no request}
     *
     * @param id the build id
     */
    public Build build(int id) {
        return ProjectBuilds.build(this, id);
    }

    /**
     * {@return the builds {@code filter} selects, fetched lazily page by page}
     *
     * @param filter the filter
     */
    public Stream<Build> builds(ado.model.build.BuildFilter filter) {
        return ProjectBuilds.builds(this, filter);
    }

    /**
     * {@return pipeline {@code id}; no request}
     *
     * @param id the pipeline id
     */
    public Pipeline pipeline(int id) {
        return ProjectBuilds.pipeline(this, id);
    }

    /** {@return the project's pipelines; fetched lazily} */
    public Stream<Pipeline> pipelines() {
        return ProjectBuilds.pipelines(this);
    }

    /**
     * {@return the project's approvals that are {@code status} (null: all)}
     *
     * @param status the status to list, or {@code null} for all
     */
    public List<Approval> approvals(ado.model.pipelines.ApprovalStatus status) {
        return ado.model.pipelines.Approvals.list(api(), status).stream().map(a -> new Approval(this, a)).toList();
    }

    // ---- areas, iterations and process (logic in ProjectWorkItems) -------------------------------------------

    /** {@return the area tree: the root area with all its descendants; one request} */
    public ClassificationNode areas() {
        return ProjectWorkItems.node(this, ado.model.wit.TreeStructureGroup.AREAS, "", ClassificationNode.WHOLE_TREE);
    }

    /** {@return the iteration tree: the root iteration with all its descendants; one request} */
    public ClassificationNode iterations() {
        return ProjectWorkItems.node(this, ado.model.wit.TreeStructureGroup.ITERATIONS, "",
                ClassificationNode.WHOLE_TREE);
    }

    /**
     * {@return the area at slash-separated {@code path} below the root, with its children; one request}
     *
     * @param path the area path below the root, backslash- or slash-separated
     */
    public ClassificationNode area(String path) {
        return ProjectWorkItems.node(this, ado.model.wit.TreeStructureGroup.AREAS, path, 1);
    }

    /**
     * {@return the iteration at slash-separated {@code path} below the root, with its children; one request}
     *
     * @param path the iteration path below the root, backslash- or slash-separated
     */
    public ClassificationNode iteration(String path) {
        return ProjectWorkItems.node(this, ado.model.wit.TreeStructureGroup.ITERATIONS, path, 1);
    }

    /**
     * {@return the process this project uses (from its capabilities); one request unless the project is loaded}
     *
     * @throws ado.core.error.AdoJsonException if the project's answer does not name its process
     */
    public WorkProcess process() {
        return ProjectWorkItems.process(this);
    }

    // ---- work items (logic in ProjectWorkItems, WorkItemBatches, WorkItemWrites, TypedWorkItems) ---------------

    /** The most batches {@link #workItems(List)} has in flight at once (fewer while Azure DevOps throttles). */
    public static final int DEFAULT_WORK_ITEM_PARALLELISM = 8;

    /**
     * {@return work item {@code id} of this project; no request}
     *
     * @param id the work item id
     */
    public WorkItem workItem(int id) {
        return ProjectWorkItems.byId(this, id);
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
        return ProjectWorkItems.create(this, type, fields);
    }

    /**
     * {@return the work items {@code ids}, in that order, read in batches of 200 with up to
     * {@value #DEFAULT_WORK_ITEM_PARALLELISM} batches in flight, fewer while Azure DevOps throttles}
     *
     * @param ids the work item ids
     * @throws ado.core.error.AdoNotFoundException if an id does not exist or is deleted (ADO's TF401232 names the
     *                                             first such id); nothing is returned then
     */
    public List<WorkItem> workItems(List<Integer> ids) {
        return workItems(ids, DEFAULT_WORK_ITEM_PARALLELISM);
    }

    /**
     * {@return the work items {@code ids}, in that order, with at most {@code parallelism} batches in flight}: an
     * answer with {@code Retry-After} or a low {@code X-RateLimit-Remaining} halves the number in flight, clear
     * answers raise it again one at a time, up to {@code parallelism}
     *
     * @param ids the work item ids
     * @param parallelism the most batches in flight at once, positive
     */
    public List<WorkItem> workItems(List<Integer> ids, int parallelism) {
        return new WorkItemBatches(this).all(ids, parallelism);
    }

    /**
     * {@return one outcome per draft, in order, each created by its own request with at most {@code parallelism}
     * in flight (fewer while Azure DevOps throttles)}; a create whose answer was lost is never resent
     * ({@link WriteOutcome})
     *
     * @param drafts the work items to create
     * @param parallelism the most requests in flight at once, positive
     * @throws NullPointerException if {@code drafts} or one of them is null (naming its index); nothing is sent
     * @throws IllegalArgumentException if {@code parallelism} is not positive; nothing is sent
     */
    public List<WriteOutcome<WorkItem>> createWorkItems(List<WorkItemDraft> drafts, int parallelism) {
        return WorkItemWrites.create(this, drafts, parallelism);
    }

    /**
     * {@return one outcome per change, in order, sent as {@link #createWorkItems} sends, each testing the revision its
     * object holds (someone else's change since: {@link WriteOutcome.Refused}, 412); a lost answer is resolved by
     * reading back ({@link WorkItemChange})}
     *
     * @param changes the changes, at most one per work item
     * @param parallelism the most requests in flight at once, positive
     * @throws NullPointerException if {@code changes} or one of them is null (naming its index); nothing is sent
     * @throws IllegalArgumentException if two changes name one work item or {@code parallelism} is not positive
     */
    public List<WriteOutcome<WorkItem>> updateWorkItems(List<WorkItemChange> changes, int parallelism) {
        return WorkItemWrites.update(changes, parallelism);
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

    /**
     * {@return this project's work items as records of {@code type}}: read, created and updated through your own
     * record whose components carry {@link Field}; {@code type} is checked now
     *
     * @param type the record type
     * @param <R> the record type
     * @throws IllegalArgumentException naming the record and component, if {@code type} cannot be mapped
     */
    public <R extends Record> TypedWorkItems<R> workItems(Class<R> type) {
        return new TypedWorkItems<>(this, type);
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
        return ProjectWorkItems.restore(this, id);
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

    /** {@return the project's branch policies, wikis and dashboards; no request} */
    public Collaboration collaboration() {
        return collaboration;
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

    // ---- work item types (logic in WorkItemType) -------------------------------------------------------------

    /** {@return the work item types of this project, with their states; one request} */
    public List<WorkItemType> workItemTypes() {
        return WorkItemType.list(this);
    }

    /**
     * {@return work item type {@code name}: an exact match ignoring case; empty when the project has none}; one
     * request; the project's one object of that type
     *
     * @param name the type name, such as {@code Bug}
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public java.util.Optional<WorkItemType> workItemType(String name) {
        return WorkItemType.named(this, name);
    }

    /** {@return the work item type categories of this project, such as {@code Microsoft.BugCategory}; one request} */
    public List<ado.model.wit.WorkItemTypeCategory> workItemTypeCategories() {
        return ado.model.wit.WorkItemTypes.categories(api());
    }

    @Override
    public String toString() {
        return "Project[" + self.label() + "]";
    }
}
