package ado.emulator.internal.policy;

import java.util.Optional;
import java.util.UUID;

/**
 * Where build validation policies read build results: the result of the latest completed build of a definition
 * for a source branch ({@code refs/pull/{id}/merge} for a pull request). The build engine implements it; tests can
 * use {@link RecordedBuildOutcomes}.
 */
@FunctionalInterface
public interface BuildOutcomes {

    /**
     * {@return ADO's result name ({@code succeeded}, {@code partiallySucceeded}, {@code failed}, {@code canceled}) of
     * the latest completed build of definition {@code definitionId} in project {@code projectId} for
     * {@code sourceBranch}, or empty when there is none}
     */
    Optional<String> latestResult(UUID projectId, int definitionId, String sourceBranch);
}
