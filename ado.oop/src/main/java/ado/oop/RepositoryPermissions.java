package ado.oop;

import ado.model.git.GitPermission;
import ado.model.git.GitSecurityTokens;
import ado.model.identity.Identity;
import ado.model.security.AccessControlEntries;
import ado.model.security.AccessControlEntry;
import ado.model.security.AccessControlList;
import ado.model.security.AccessControlLists;
import ado.model.security.Permissions;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Git permissions of a repository, or of one of its branches: allow or deny a user or group (an
 * {@link Identity}, from {@link Organization#identity} or {@link Project#group}) and ask what the caller may do.
 * Entries are merged: allowing one permission keeps the identity's others.
 *
 * <pre>{@code
 * Identity readers = project.group("Readers").orElseThrow();
 * repo.permissions().branch("main").deny(readers, GitPermission.GENERIC_CONTRIBUTE);
 * boolean canPush = repo.permissions().branch("main").has(GitPermission.GENERIC_CONTRIBUTE);
 * }</pre>
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe; each call reads or writes the access control list anew.
 */
public final class RepositoryPermissions {

    private final Repository repository;
    private final String branch;

    RepositoryPermissions(Repository repository, String branch) {
        this.repository = repository;
        this.branch = branch;
    }

    /**
     * {@return the permissions of branch {@code name} (short or full name); no request}
     *
     * @param name the branch name, short or full
     */
    public RepositoryPermissions branch(String name) {
        Objects.requireNonNull(name, "name == null");
        return new RepositoryPermissions(repository, name);
    }

    /** {@return the security token: the repository's, or the branch's; loads the project and repository ids} */
    public String token() {
        return branch == null
                ? GitSecurityTokens.repository(repository.project().id(), repository.id())
                : GitSecurityTokens.branch(repository.project().id(), repository.id(), branch);
    }

    /**
     * Allows {@code who} {@code permissions} here (and clears a deny of them).
     *
     * @param who the user or group
     * @param permissions the permissions to allow
     */
    public void allow(Identity who, GitPermission... permissions) {
        long bits = bits(permissions);
        set(new AccessControlEntry(descriptor(who), bits, 0, null));
    }

    /**
     * Denies {@code who} {@code permissions} here; a deny beats allows inherited from above.
     *
     * @param who the user or group
     * @param permissions the permissions to deny
     */
    public void deny(Identity who, GitPermission... permissions) {
        long bits = bits(permissions);
        set(new AccessControlEntry(descriptor(who), 0, bits, null));
    }

    /**
     * {@return whether {@code who} had an entry here} Removes it, so {@code who} inherits again.
     *
     * @param who the user or group
     */
    public boolean reset(Identity who) {
        return AccessControlEntries.remove(repository.project().organization().api(),
                AccessControlLists.GIT_REPOSITORIES, token(), List.of(descriptor(who)));
    }

    /**
     * {@return the entry of {@code who} set here (not inherited), if any}
     *
     * @param who the user or group
     */
    public Optional<AccessControlEntry> entry(Identity who) {
        String d = descriptor(who);
        return AccessControlLists.query(repository.project().organization().api(),
                        AccessControlLists.GIT_REPOSITORIES, token(), false).stream()
                .map(AccessControlList::acesDictionary)
                .flatMap(m -> m.values().stream())
                .filter(e -> e.descriptor().equalsIgnoreCase(d))
                .findFirst();
    }

    /**
     * {@return whether the caller has every one of {@code permissions} here}
     *
     * @param permissions the permissions to check
     */
    public boolean has(GitPermission... permissions) {
        List<Boolean> answers = Permissions.has(repository.project().organization().api(),
                AccessControlLists.GIT_REPOSITORIES, bits(permissions), List.of(token()));
        if (answers.isEmpty()) {
            throw ClientFailures.unexpectedAnswer("the permission evaluation asked for " + token());
        }
        return answers.get(0);
    }

    private void set(AccessControlEntry entry) {
        AccessControlEntries.set(repository.project().organization().api(), AccessControlLists.GIT_REPOSITORIES,
                token(), List.of(entry), true);
    }

    private static String descriptor(Identity who) {
        return Objects.requireNonNull(who, "who == null").descriptor();
    }

    private static long bits(GitPermission... permissions) {
        Objects.requireNonNull(permissions, "permissions == null");
        if (permissions.length == 0) {
            throw new IllegalArgumentException("permissions must not be empty");
        }
        long bits = 0;
        for (GitPermission p : permissions) {
            bits |= Objects.requireNonNull(p, "permissions must not contain null").bit();
        }
        return bits;
    }

    @Override
    public String toString() {
        return "RepositoryPermissions[" + repository.label() + (branch == null ? "" : ", " + branch) + "]";
    }
}
