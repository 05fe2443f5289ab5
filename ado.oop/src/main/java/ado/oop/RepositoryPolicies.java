package ado.oop;

import ado.model.git.RefNames;
import ado.model.policy.Policies;
import ado.model.policy.PolicyDefinition;
import ado.model.policy.PolicyScope;
import ado.model.policy.PolicySettings;
import java.util.List;

/**
 * The branch policies of one repository: the logic behind {@link Repository#policies()} and the
 * {@code Repository.require...} methods, which create blocking policies scoped to one branch through
 * {@link Collaboration#createPolicy}. Stateless.
 */
final class RepositoryPolicies {

    private RepositoryPolicies() {
    }

    /** {@return the policies that apply to the repository, or only to {@code branch} (short or full) if not null} */
    static List<Policy> list(Repository repository, String branch) {
        Project project = repository.project();
        return Policies.forRepository(project.api(), repository.id(), branch == null ? null : RefNames.branch(branch))
                .map(c -> new Policy(project, c)).toList();
    }

    /** {@return a new blocking policy: {@code count} approvals to complete into {@code branch}} */
    static Policy reviewers(Repository repository, String branch, int count) {
        return require(repository, PolicySettings.MinimumReviewers.of(count, scope(repository, branch)));
    }

    /** {@return a new blocking policy: a succeeded build of {@code definitionId} to complete into {@code branch}} */
    static Policy build(Repository repository, String branch, int definitionId) {
        return require(repository, PolicySettings.BuildValidation.of(definitionId, scope(repository, branch)));
    }

    /** {@return a new blocking policy: a linked work item to complete into {@code branch}} */
    static Policy linkedWorkItems(Repository repository, String branch) {
        return require(repository, new PolicySettings.WorkItemLinking(List.of(scope(repository, branch))));
    }

    /** {@return a new blocking policy: every comment thread resolved to complete into {@code branch}} */
    static Policy commentResolution(Repository repository, String branch) {
        return require(repository, new PolicySettings.CommentResolution(List.of(scope(repository, branch))));
    }

    private static PolicyScope scope(Repository repository, String branch) {
        return PolicyScope.branch(repository.id(), RefNames.branch(branch));
    }

    private static Policy require(Repository repository, PolicySettings settings) {
        return repository.project().collaboration().createPolicy(PolicyDefinition.blocking(settings));
    }
}
