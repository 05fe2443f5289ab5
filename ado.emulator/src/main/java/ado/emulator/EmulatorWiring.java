package ado.emulator;

import ado.core.AdoClient;
import ado.emulator.internal.build.BuildRoutes;
import ado.emulator.internal.build.BuildSeed;
import ado.emulator.internal.build.BuildStore;
import ado.emulator.internal.build.PipelineRoutes;
import ado.emulator.internal.build.TaskPlaneRoutes;
import ado.emulator.internal.git.GitRoutes;
import ado.emulator.internal.git.Pusher;
import ado.emulator.internal.git.RepoStore;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.identity.Directory;
import ado.emulator.internal.identity.EntitlementRoutes;
import ado.emulator.internal.identity.GraphRoutes;
import ado.emulator.internal.library.Library;
import ado.emulator.internal.library.LibraryRoutes;
import ado.emulator.internal.library.PipelineResourceRoutes;
import ado.emulator.internal.org.CoreRoutes;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.User;
import ado.emulator.internal.search.CodeSearch;
import ado.emulator.internal.search.SearchRoutes;
import ado.emulator.internal.security.SecurityRoutes;
import ado.emulator.internal.security.SecurityStore;
import ado.emulator.internal.seed.Seeder;
import ado.emulator.internal.wiql.WiqlRoutes;
import ado.emulator.internal.wiql.WorkItemView;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The stores, routes and test facades of one emulator, wired together: the organisation, Git, builds, library,
 * work items, WIQL, policies, security, identities and search, each store seeded when asked and its routes
 * registered on the router of the host that serves them (the organisation, the server root, or a service listener
 * of its own). {@link AdoEmulator} puts the routers behind its listeners and hands out the facades.
 */
final class EmulatorWiring {

    /** The routes under {@code /{org}}. */
    final Router orgRouter = new Router();
    /** The routes on the server root, such as the profile. */
    final Router rootRouter = new Router();
    /** The routes of the services on hosts of their own ({@code vssps}, {@code vsaex}, {@code almsearch}). */
    final Map<AdoClient.Service, Router> services = new EnumMap<>(AdoClient.Service.class);
    final EmulatorGit git;
    final EmulatorLibrary library;
    final EmulatorPipelines pipelines;
    final EmulatorPolicies policies;

    /**
     * Builds the stores and registers every route.
     *
     * @param organization the organisation name
     * @param seeded       whether to fill the stores with the sample data
     * @param clock        the emulator's clock
     * @param wiqlView     test hook: the work items WIQL reads, or null for the work item store
     * @param wiqlClock    test hook: the clock of {@code @Today}, or null for {@code clock}
     */
    EmulatorWiring(String organization, boolean seeded, EmulatorClock clock, WorkItemView wiqlView,
                   Clock wiqlClock) {
        var org = new OrgStore(organization, new User(UUID.nameUUIDFromBytes(("user/ada@" + organization)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "Ada Lovelace", "ada@fabrikam.example"));
        var repos = new RepoStore();
        var pusher = new Pusher(clock);
        var builds = new BuildStore(org, repos, clock);
        if (seeded) {
            Seeder.seed(org, repos, pusher);
            BuildSeed.seed(org, builds);
        }
        this.pipelines = new EmulatorPipelines(org, builds);
        this.git = new EmulatorGit(org, repos);
        var libraryStores = new Library(org, clock);
        if (seeded) {
            libraryStores.seed(org);
        }
        this.library = new EmulatorLibrary(org, libraryStores);
        var work = new ado.emulator.internal.work.WorkStore(org, clock);
        if (seeded) {
            work.seedAreas(Seeder.GIT_PROJECT);
        }
        var core = new CoreRoutes(org);
        core.register(orgRouter);
        core.registerRoot(rootRouter);
        var prs = new ado.emulator.internal.git.PullRequestStore(clock);
        GitRoutes.register(orgRouter, org, repos, pusher, clock, prs);
        // work items follow the rules of the process and classification-node store
        var workItems = new ado.emulator.internal.wit.WorkItemStore(org,
                new ado.emulator.internal.work.ProcessRules(work), clock);
        workItems.onArtifactLink(ado.emulator.internal.git.PullRequestRoutes.workItemLinks(org, prs));
        new ado.emulator.internal.wit.WorkItemRoutes(org, workItems,
                new ado.emulator.internal.wit.Attachments()).register(orgRouter);
        WorkItemView workItemView = new ado.emulator.internal.wit.StoreView(workItems);
        work.useWorkItems(workItemView);
        new WiqlRoutes(org, wiqlView != null ? wiqlView : workItemView,
                wiqlClock != null ? wiqlClock : clock).register(orgRouter);
        new LibraryRoutes(org, libraryStores).register(orgRouter);
        new PipelineResourceRoutes(org, libraryStores).register(orgRouter);
        new BuildRoutes(org, repos, builds).register(orgRouter);
        new PipelineRoutes(org, builds).register(orgRouter);
        new TaskPlaneRoutes(org, builds).register(orgRouter);
        ado.emulator.internal.work.WorkRoutes.register(orgRouter, work);
        var directory = new Directory(org);
        new SecurityRoutes(org, directory, new SecurityStore(org, repos, directory)).register(orgRouter);
        services.put(AdoClient.Service.VSSPS, new Router());
        services.put(AdoClient.Service.VSAEX, new Router());
        services.put(AdoClient.Service.ALMSEARCH, new Router());
        new GraphRoutes(org, directory).register(services.get(AdoClient.Service.VSSPS));
        new EntitlementRoutes(org, directory).register(services.get(AdoClient.Service.VSAEX));
        var policyEngine = ado.emulator.internal.policy.PolicyWikiRoutes.register(orgRouter, org, repos, prs,
                clock);
        // builds run on refs/pull/{id}/merge (the pull request's merge commit), as build validation queues them
        var mergeReader = ado.emulator.internal.git.Signature.utc(org.me().displayName(), org.me().uniqueName(),
                java.time.Instant.EPOCH);
        builds.pullRequestMerges(prs.mergeCommits(mergeReader));
        // build validation reads the build engine; results a test records stand in where no build ran
        policyEngine.evaluator().builds((projectId, definitionId, sourceBranch) ->
                latestBuild(builds, org, projectId, definitionId, sourceBranch)
                        .or(() -> policyEngine.recorded().latestResult(projectId, definitionId, sourceBranch)));
        this.policies = new EmulatorPolicies(org, policyEngine.recorded());
        new SearchRoutes(org, new CodeSearch(org, repos),
                new ado.emulator.internal.search.WorkItemSearch(org, workItemView),
                new ado.emulator.internal.search.WikiSearch(org, policyEngine.wikis()))
                .register(services.get(AdoClient.Service.ALMSEARCH));
    }

    /** {@return the result of the newest completed build of {@code definitionId} for {@code sourceBranch}} */
    private static Optional<String> latestBuild(BuildStore builds, OrgStore org, UUID projectId, int definitionId,
                                                String sourceBranch) {
        return builds.runs(org.project(projectId), r -> r.definition().id() == definitionId
                        && r.sourceBranch().equalsIgnoreCase(sourceBranch) && "completed".equals(r.status()))
                .stream().reduce((older, newer) -> newer).map(ado.emulator.internal.build.Run::result);
    }
}
