package ado.emulator.internal.policy;

import ado.emulator.internal.dashboard.DashboardRoutes;
import ado.emulator.internal.dashboard.DashboardStore;
import ado.emulator.internal.git.PullRequestStore;
import ado.emulator.internal.git.RepoStore;
import ado.emulator.internal.hooks.HookRoutes;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.notification.NotificationRoutes;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.wiki.WikiRoutes;
import ado.emulator.internal.wiki.WikiStore;
import java.time.Clock;

/** Registers the policy, wiki, dashboard, service hook and notification routes with their stores. */
public final class PolicyWikiRoutes {

    /**
     * What the registration set up.
     *
     * @param evaluator the policy engine, installed as the pull requests' completion gate; point it at the build
     *                  engine with {@link PolicyEvaluator#builds}
     * @param recorded  the hand-recorded build results it reads until then
     * @param wikis     the wiki store, for wiki search
     */
    public record Installed(PolicyEvaluator evaluator, RecordedBuildOutcomes recorded, WikiStore wikis) {
    }

    private PolicyWikiRoutes() {
    }

    /** Adds the routes to {@code r} and installs the policy engine as the completion gate of {@code prs}. */
    public static Installed register(Router r, OrgStore org, RepoStore repos, PullRequestStore prs, Clock clock) {
        var recorded = new RecordedBuildOutcomes();
        var policies = new PolicyStore(clock, id -> org.user(id).isPresent() || org.me().id().equals(id));
        var evaluator = new PolicyEvaluator(policies, recorded);
        prs.gate(evaluator);
        new PolicyRoutes(org, policies, evaluator, prs).register(r);
        var wikis = new WikiStore();
        new WikiRoutes(org, repos, wikis).register(r);
        new DashboardRoutes(org, new DashboardStore()).register(r);
        new HookRoutes(org, clock).register(r);
        new NotificationRoutes(org, clock).register(r);
        return new Installed(evaluator, recorded, wikis);
    }
}
