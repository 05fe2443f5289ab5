package ado.emulator;

import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.policy.RecordedBuildOutcomes;
import java.util.Objects;

/**
 * Test access to what the emulator's branch policies read: until the build engine reports build results to the
 * policy engine, a test records them here (a succeeded build of the policy's definition for
 * {@code refs/pull/{id}/merge} approves a build validation policy on pull request {@code id}).
 */
public final class EmulatorPolicies {

    private final OrgStore org;
    private final RecordedBuildOutcomes builds;

    EmulatorPolicies(OrgStore org, RecordedBuildOutcomes builds) {
        this.org = org;
        this.builds = builds;
    }

    /**
     * Records that the latest build of definition {@code definitionId} in {@code project} for {@code sourceBranch}
     * ended with {@code result} ({@code succeeded}, {@code failed}, {@code partiallySucceeded}, {@code canceled}).
     *
     * @param project the project's name or id
     * @param definitionId the build definition's id
     * @param sourceBranch the full ref name, such as {@code refs/heads/main}
     * @param result the build result
     * @throws IllegalArgumentException if the project does not exist
     */
    public void recordBuildResult(String project, int definitionId, String sourceBranch, String result) {
        Objects.requireNonNull(result, "result == null");
        var p = org.findProject(Objects.requireNonNull(project, "project == null"))
                .orElseThrow(() -> new IllegalArgumentException("no project " + project));
        builds.record(p.id(), definitionId, sourceBranch, result);
    }

    /**
     * Records a succeeded build of {@code definitionId} for pull request {@code pullRequestId}'s merge ref.
     *
     * @param project the project's name or id
     * @param definitionId the build definition's id
     * @param pullRequestId the pull request's id
     */
    public void buildSucceeded(String project, int definitionId, int pullRequestId) {
        recordBuildResult(project, definitionId, "refs/pull/" + pullRequestId + "/merge", "succeeded");
    }
}
