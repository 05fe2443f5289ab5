/**
 * The object layer: {@link ado.oop.AzureDevOpsService} → {@link ado.oop.Organization} → {@link ado.oop.Project}
 * → {@link ado.oop.Repository} / {@link ado.oop.Team}, and {@link ado.oop.Branch} and {@link ado.oop.Commit} below
 * a repository.
 *
 * <ul>
 *   <li><b>Navigation is free, verbs do I/O.</b> {@code project("X").repository("r").branch("main")} sends nothing;
 *       {@code info()}, listings, {@code file(...)}, {@code commit(...)} do.
 *   <li><b>One object per resource per service.</b> Projects, repositories, teams, commits, variable groups and
 *       task groups live in an identity map with weak values: {@code repo.project() == org.project("X")},
 *       whether the project came from a listing, a repository or a team. Keys are the id once known and the
 *       lower-cased name (names match case-insensitively, as in Azure DevOps). Objects nobody references are
 *       collected; streaming a long history keeps nothing. Branches are values (equal when they name the same ref
 *       of the same repository).
 *   <li><b>Lazy, once, refreshable.</b> {@code info()} loads on first use, once even under concurrent callers;
 *       objects from a listing start loaded; {@code refresh()} loads again.
 *   <li><b>Exact ref names.</b> Branch and tag names may be short ({@code feature/x}) or full
 *       ({@code refs/heads/feature/x}); lookups match exactly although ADO's {@code filter} is a prefix filter.
 *   <li><b>Optimistic commits.</b> {@link ado.oop.Repository#commit(String, String, java.util.List)} pushes with the
 *       branch head it read as the expected old value: a concurrent update makes it fail with
 *       {@link ado.core.error.AdoConflictException} and nothing is overwritten. A push whose answer was lost is
 *       resolved by looking for the commit on the branch, so a commit is never duplicated.
 *   <li><b>Objects may be shared between threads.</b> Every public type says how in its Javadoc: the service and
 *       the objects it hands out are thread-safe (records load once even under concurrent callers and are replaced
 *       whole); values and records are immutable; {@link ado.oop.Wiki.Page} and builders are not thread-safe.
 *   <li><b>No lost writes to unversioned resources.</b> Variable groups, task groups and policy configurations are
 *       written read-modify-write with a lock per resource and service, the change merged onto the state just
 *       read, and a read-back that checks it landed (see {@link ado.oop.VariableGroup} for the window that remains
 *       between processes).
 * </ul>
 *
 * <p>Everything is non-null unless its Javadoc says otherwise; absent values are {@link java.util.Optional}.
 */
package ado.oop;
