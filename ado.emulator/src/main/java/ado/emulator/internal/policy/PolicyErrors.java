package ado.emulator.internal.policy;

import ado.emulator.internal.http.AdoError;

/**
 * The policy area's errors. Type keys follow ADO's policy server; the completion refusal's message is the one ADO
 * sends (quoted by the az CLI), the other messages are plausible, not verified against a live server.
 */
public final class PolicyErrors {

    private static final String POLICY = "Microsoft.TeamFoundation.Policy.Server";

    private PolicyErrors() {
    }

    /** {@return 404: no configuration {@code id}} */
    public static AdoError configurationNotFound(int id) {
        return new AdoError(404, "PolicyConfigurationNotFoundException", POLICY,
                "The policy configuration with id " + id + " does not exist.");
    }

    /** {@return 404: no configuration revision} */
    public static AdoError revisionNotFound(int id, int revision) {
        return new AdoError(404, "PolicyConfigurationNotFoundException", POLICY,
                "The policy configuration with id " + id + " has no revision " + revision + ".");
    }

    /** {@return 404: unknown policy type} */
    public static AdoError typeNotFound(String id) {
        return new AdoError(404, "PolicyTypeNotFoundException", POLICY,
                "The policy type with id '" + id + "' does not exist.");
    }

    /** {@return 400: a setting is missing or invalid} */
    public static AdoError invalidSetting(String type, String setting, String requirement) {
        return new AdoError(400, "InvalidPolicyConfigurationException", POLICY,
                "Invalid policy configuration for policy type '" + type + "': the setting '" + setting + "' "
                        + requirement + ".");
    }

    /** {@return 404: unknown evaluation} */
    public static AdoError evaluationNotFound(String id) {
        return new AdoError(404, "PolicyEvaluationNotFoundException", POLICY,
                "The policy evaluation with id '" + id + "' does not exist.");
    }

    /** {@return 400: the artifact id is not a pull request of this project} */
    public static AdoError badArtifact(String artifactId) {
        return new AdoError(400, "InvalidArgumentValueException", "Microsoft.TeamFoundation.Framework.Server",
                "The artifact id '" + artifactId + "' is not of the form "
                        + "vstfs:///CodeReview/CodeReviewId/{projectId}/{pullRequestId}.");
    }

    /** {@return 409: a blocking policy is not approved (the pull request is left active)} */
    public static AdoError policiesNotPassing(int pullRequestId, String policies) {
        return new AdoError(409, "GitPullRequestPolicyRejectedException", "Microsoft.TeamFoundation.Git.Server",
                "This pull request requires an explicit override to bypass policies that aren't currently passing. "
                        + "Pull request " + pullRequestId + ": " + policies + ".");
    }
}
