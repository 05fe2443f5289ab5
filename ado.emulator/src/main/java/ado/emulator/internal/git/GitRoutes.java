package ado.emulator.internal.git;

import ado.emulator.internal.http.Router;
import ado.emulator.internal.org.OrgStore;

/** Registers every Git route class. */
public final class GitRoutes {

    private GitRoutes() {
    }

    /** Adds the Git routes to {@code r}. */
    public static void register(Router r, OrgStore org, RepoStore repos, Pusher pusher,
                                java.time.Clock clock) {
        register(r, org, repos, pusher, clock, new ado.emulator.internal.git.PullRequestStore(clock));
    }

    /** Adds the Git routes, with {@code prs} holding the pull requests. */
    public static void register(Router r, OrgStore org, RepoStore repos, Pusher pusher, java.time.Clock clock,
                                ado.emulator.internal.git.PullRequestStore prs) {
        new RepositoryRoutes(org, repos).register(r);
        new RefRoutes(org, repos).register(r);
        new PushRoutes(org, repos, pusher).register(r);
        new ItemRoutes(org, repos).register(r);
        new CommitRoutes(org, repos).register(r);
        new DiffRoutes(org, repos).register(r);
        new TagRoutes(org, repos, clock).register(r);
        new CommitStatusRoutes(org, repos, clock).register(r);
        new PullRequestRoutes(org, repos, prs).register(r);
        new GitOperationRoutes(org, repos, prs, clock).register(r);
    }
}
