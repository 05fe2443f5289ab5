package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoConflictException;
import ado.core.error.AdoPreconditionFailedException;
import ado.emulator.AdoEmulator;
import ado.model.dashboard.Dashboard;
import ado.model.dashboard.Dashboards;
import ado.model.dashboard.WidgetSpec;
import ado.model.git.GitPullRequestCompletionOptions;
import ado.model.git.GitPullRequestMergeStrategy;
import ado.model.git.PullRequestStatus;
import ado.model.hooks.HookSubscription;
import ado.model.notification.SubscriptionSpec;
import ado.model.policy.PolicyEvaluationStatus;
import ado.model.policy.PolicyScope;
import ado.model.policy.PolicySettings;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The examples of the "Policies, wiki, dashboards and subscriptions" section of {@code docs/usage.md}, compiled and
 * run against the emulator; {@link #usageDoc_javaBlocks_appearInThisFile} checks each Java block of the section is
 * copied from between the {@code // doc:} markers here.
 */
class PolicyWikiUsageExamplesTest {

    private AdoEmulator emulator;
    private AzureDevOpsService service;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.start();
        service = AzureDevOpsService.of(emulator.client());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void policyExample_runs_buildAndReviewersGateCompletion() {
        var grace = service.organization().project("Fabrikam-Fiber-Git").team("Quality assurance").members()
                .stream().filter(m -> m.identity().displayName().equals("Grace Hopper")).findFirst().orElseThrow()
                .identity().id();
        // doc: policies
        Project project = service.organization().project("Fabrikam-Fiber-Git");
        Repository repo = project.repository("Fabrikam-Fiber-Git");
        Policy build = repo.requireBuild("main", 12);         // a succeeded build of definition 12
        Policy reviewers = repo.requireReviewers("main", 1);  // one approval, the author's not counting

        PullRequest pr = repo.createPullRequest("Login", "feature/login", "main", null);
        pr.addReviewer(grace, false);
        pr.vote(grace, Vote.APPROVED);
        pr.policyEvaluations().forEach(e -> System.out.println(
                e.configuration().type().displayName() + ": " + e.status()));   // Build: QUEUED, ...
        try {
            pr.complete(GitPullRequestCompletionOptions.of(GitPullRequestMergeStrategy.SQUASH, true));
        } catch (AdoConflictException e) {
            // "This pull request requires an explicit override to bypass policies that aren't currently passing."
        }

        reviewers.update(PolicySettings.MinimumReviewers.of(2, PolicyScope.branch(repo.id(), "refs/heads/main")));
        if (build.settings() instanceof PolicySettings.BuildValidation b) {
            System.out.println("needs definition " + b.buildDefinitionId());
        }
        // end
        assertThat(pr.refresh().status()).isEqualTo(PullRequestStatus.ACTIVE);
        assertThat(reviewers.info().revision()).isEqualTo(2);
        assertThat(pr.policyEvaluations()).extracting(e -> e.status())
                .containsExactlyInAnyOrder(PolicyEvaluationStatus.QUEUED, PolicyEvaluationStatus.REJECTED);
        emulator.policies().buildSucceeded("Fabrikam-Fiber-Git", 12, pr.id());
        reviewers.delete();
        assertThat(pr.complete(GitPullRequestCompletionOptions.of(GitPullRequestMergeStrategy.SQUASH, true))
                .status()).isEqualTo(PullRequestStatus.COMPLETED);
    }

    @Test
    void wikiExample_runs_secondWriterConflicts() {
        // doc: wiki
        Project project = service.organization().project("Fabrikam-Fiber-Git");
        Wiki wiki = project.createWiki("Fabrikam-Fiber-Git.wiki");
        wiki.page("/Home").create("# Welcome");

        Wiki.Page mine = wiki.page("/Home");
        Wiki.Page theirs = wiki.page("/Home");
        String text = mine.content();         // reads the page and remembers its version (the ETag)
        theirs.update("# Welcome, team");     // someone else writes first
        try {
            mine.update(text + "\nMore text");
        } catch (AdoPreconditionFailedException e) {
            mine.read().update(mine.content() + "\nMore text");   // re-read, re-apply, write
        }
        // end
        assertThat(wiki.page("/Home").content()).isEqualTo("# Welcome, team\nMore text");
        assertThatThrownBy(() -> theirs.update("stale")).isInstanceOf(AdoPreconditionFailedException.class);
    }

    @Test
    void dashboardAndSubscriptionExample_runs() {
        // doc: dashboards
        Organization org = service.organization();
        Team team = org.project("Fabrikam-Fiber-Git").team("Quality assurance");
        Dashboard board = team.createDashboard("Quality", "Bugs and builds");
        Dashboards.addWidget(team.api(), board.id(), WidgetSpec.markdown("Notes", 1, 1, "# Release checklist"));

        ServiceHook hook = org.createHookSubscription(HookSubscription.webHook("git.push",
                Map.of("projectId", org.project("Fabrikam-Fiber-Git").id().toString()), "https://ci.example/push"));
        NotificationRule rule = org.createNotificationSubscription(SubscriptionSpec.email("Pushes",
                "ms.vss-code.git-push-event", "team@fabrikam.example", org.project("Fabrikam-Fiber-Git").id()));
        rule.enabled(false);
        // end
        assertThat(team.dashboards()).extracting(Dashboard::name).contains("Quality");
        assertThat(Dashboards.get(team.api(), board.id()).widgets()).hasSize(1);
        assertThat(org.hookSubscriptions()).extracting(ServiceHook::id).containsExactly(hook.id());
        assertThat(org.notificationSubscriptions()).singleElement()
                .satisfies(n -> assertThat(n.info().status()).isEqualTo("disabled"));
        hook.delete();
        assertThat(org.hookSubscriptions()).isEmpty();
    }

    @Test
    void usageDoc_javaBlocks_appearInThisFile() throws IOException {
        UsageDoc.assertBlocksIn("## Policies, wiki, dashboards and subscriptions", PolicyWikiUsageExamplesTest.class, 3);
    }
}
