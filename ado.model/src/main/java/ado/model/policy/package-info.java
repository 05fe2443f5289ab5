/**
 * Branch and repository policies: configurations with typed settings ({@link ado.model.policy.PolicySettings}),
 * revisions, types and pull-request evaluations.
 */
package ado.model.policy;
