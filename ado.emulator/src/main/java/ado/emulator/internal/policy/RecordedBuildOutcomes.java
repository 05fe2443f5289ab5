package ado.emulator.internal.policy;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Build results recorded by hand (the last one recorded per project, definition and branch wins). */
public final class RecordedBuildOutcomes implements BuildOutcomes {

    private record Key(UUID projectId, int definitionId, String sourceBranch) {
    }

    private final Map<Key, String> results = new ConcurrentHashMap<>();

    /** Records that the latest build of {@code definitionId} for {@code sourceBranch} ended with {@code result}. */
    public void record(UUID projectId, int definitionId, String sourceBranch, String result) {
        results.put(new Key(Objects.requireNonNull(projectId, "projectId == null"), definitionId,
                Objects.requireNonNull(sourceBranch, "sourceBranch == null")),
                Objects.requireNonNull(result, "result == null"));
    }

    @Override
    public Optional<String> latestResult(UUID projectId, int definitionId, String sourceBranch) {
        return Optional.ofNullable(results.get(new Key(projectId, definitionId, sourceBranch)));
    }
}
