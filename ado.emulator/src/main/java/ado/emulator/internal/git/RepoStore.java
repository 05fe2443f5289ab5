package ado.emulator.internal.git;

import ado.emulator.internal.http.AdoError;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** The organisation's Git repositories. Thread-safe. */
public final class RepoStore {

    private final List<Repository> repositories = new CopyOnWriteArrayList<>();
    private volatile java.time.Duration operationDuration = java.time.Duration.ZERO;

    /** {@return how long (of the emulator's clock) merges, cherry-picks and reverts run; zero: done at once} */
    public java.time.Duration operationDuration() {
        return operationDuration;
    }

    /** Sets how long (of the emulator's clock) merges, cherry-picks and reverts run. */
    public void operationDuration(java.time.Duration duration) {
        this.operationDuration = duration;
    }

    /** Creates an empty repository; 409 when the project already has one of that name. */
    public synchronized Repository create(UUID id, String name, UUID projectId) {
        if (inProject(projectId).stream().anyMatch(r -> r.name().equalsIgnoreCase(name))) {
            throw AdoError.repositoryExists(name);
        }
        var repo = new Repository(id, name, projectId);
        repositories.add(repo);
        return repo;
    }

    /** {@return the repositories of {@code projectId}, by name} */
    public List<Repository> inProject(UUID projectId) {
        return repositories.stream().filter(r -> r.projectId().equals(projectId))
                .sorted(java.util.Comparator.comparing(Repository::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** {@return every repository, by name} */
    public List<Repository> all() {
        return repositories.stream()
                .sorted(java.util.Comparator.comparing(Repository::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * {@return the repository {@code nameOrId}: by id anywhere, or by name within {@code projectId} (by name in any
     * project when {@code projectId} is {@code null}); 404 TF401019 when none}
     */
    public Repository find(UUID projectId, String nameOrId) {
        Optional<Repository> byId = repositories.stream()
                .filter(r -> r.id().toString().equalsIgnoreCase(nameOrId)
                        && (projectId == null || r.projectId().equals(projectId)))
                .findFirst();
        return byId.or(() -> repositories.stream()
                        .filter(r -> r.name().equalsIgnoreCase(nameOrId)
                                && (projectId == null || r.projectId().equals(projectId)))
                        .findFirst())
                .orElseThrow(() -> AdoError.repositoryNotFound(nameOrId));
    }
}
