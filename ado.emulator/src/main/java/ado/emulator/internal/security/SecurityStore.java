package ado.emulator.internal.security;

import ado.emulator.internal.git.RepoStore;
import ado.emulator.internal.git.Repository;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.identity.Directory;
import ado.emulator.internal.identity.Group;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Access control lists per namespace and token, with ADO's evaluation: for each bit, the most specific token (the
 * token itself, then its parents while the lists inherit) with an entry for one of the identity's descriptors
 * decides, and at one token a deny beats an allow. Git projects and repositories get ADO-like defaults (Project
 * Administrators everything, Contributors read/contribute/branch/tag/pull requests, Readers read) the first time the
 * store is read after they appear. Thread-safe: every method is synchronized.
 */
public final class SecurityStore {

    /** The bits Contributors get on a Git project. */
    public static final long GIT_CONTRIBUTE = 2 | 4 | 16 | 32 | 64 | 16384;

    /** An access control entry. */
    public record Ace(String descriptor, long allow, long deny) {
    }

    /** An access control list. */
    public record Acl(String token, boolean inherit, Map<String, Ace> aces) {
    }

    private final OrgStore org;
    private final RepoStore repos;
    private final Directory directory;
    private final Map<UUID, TreeMap<String, Acl>> lists = new LinkedHashMap<>();
    private final Set<String> seeded = new HashSet<>();

    /** Creates the store. */
    public SecurityStore(OrgStore org, RepoStore repos, Directory directory) {
        this.org = org;
        this.repos = repos;
        this.directory = directory;
        Namespace.all().forEach(n -> lists.put(n.id(), new TreeMap<>(String.CASE_INSENSITIVE_ORDER)));
    }

    /** {@return namespace {@code id}; ADO's 404 when unknown} */
    public static Namespace namespace(String id) {
        return Namespace.all().stream().filter(n -> n.id().toString().equalsIgnoreCase(id)).findFirst()
                .orElseThrow(() -> new AdoError(404, "InvalidSecurityNamespaceIdException",
                        "Microsoft.TeamFoundation.Framework.Server",
                        "TF400939: The security namespace " + id + " does not exist."));
    }

    /** {@return {@code token} checked against the namespace's token format; ADO's 400 when it does not fit} */
    public static String checkToken(Namespace ns, String token) {
        if (token == null || !ns.tokens().matcher(token).matches()) {
            throw new AdoError(400, "InvalidSecurityTokenException", "Microsoft.TeamFoundation.Framework.Server",
                    "TF400941: The security token '" + token + "' is not valid for the " + ns.name()
                            + " security namespace.");
        }
        return token;
    }

    /** {@return {@code bits} checked: only bits the namespace has; ADO's 400 otherwise} */
    public static long checkBits(Namespace ns, long bits) {
        if (bits < 0 || (bits & ~ns.allBits()) != 0) {
            throw new AdoError(400, "InvalidPermissionsException", "Microsoft.TeamFoundation.Framework.Server",
                    "TF400942: The permission bits " + bits + " are not valid for the " + ns.name()
                            + " security namespace.");
        }
        return bits;
    }

    /** {@return the lists of {@code token} (or all, when null), with those below it when {@code recurse}} */
    public synchronized List<Acl> query(Namespace ns, String token, boolean recurse) {
        sync();
        var out = new ArrayList<Acl>();
        for (Acl acl : lists.get(ns.id()).values()) {
            if (token == null || acl.token().equalsIgnoreCase(token) || recurse && isBelow(ns, acl.token(), token)) {
                out.add(acl);
            }
        }
        return out;
    }

    /** Replaces the lists of the given tokens. */
    public synchronized void set(Namespace ns, List<Acl> acls) {
        sync();
        acls.forEach(a -> lists.get(ns.id()).put(a.token(), a));
    }

    /** {@return the entries of {@code token} after setting {@code aces}, merged or replacing the identity's} */
    public synchronized List<Ace> setEntries(Namespace ns, String token, List<Ace> aces, boolean merge) {
        sync();
        Acl old = lists.get(ns.id()).get(token);
        var entries = new TreeMap<String, Ace>(String.CASE_INSENSITIVE_ORDER);
        if (old != null) {
            entries.putAll(old.aces());
        }
        var result = new ArrayList<Ace>();
        for (Ace a : aces) {
            Ace prev = entries.get(a.descriptor());
            Ace next = merge && prev != null
                    ? new Ace(a.descriptor(), (prev.allow() | a.allow()) & ~a.deny(),
                    (prev.deny() | a.deny()) & ~a.allow())
                    : a;
            entries.put(a.descriptor(), next);
            result.add(next);
        }
        lists.get(ns.id()).put(token, new Acl(old == null ? token : old.token(), old == null || old.inherit(),
                entries));
        return result;
    }

    /** {@return whether anything was removed} Removes the entries of {@code descriptors} from {@code token}. */
    public synchronized boolean removeEntries(Namespace ns, String token, List<String> descriptors) {
        sync();
        Acl old = lists.get(ns.id()).get(token);
        if (old == null) {
            return false;
        }
        var entries = new TreeMap<String, Ace>(String.CASE_INSENSITIVE_ORDER);
        entries.putAll(old.aces());
        boolean removed = false;
        for (String d : descriptors) {
            removed |= entries.remove(d) != null;
        }
        lists.get(ns.id()).put(token, new Acl(old.token(), old.inherit(), entries));
        return removed;
    }

    /** {@return whether anything was removed} Removes the lists of {@code tokens} (and below, when recursing). */
    public synchronized boolean remove(Namespace ns, List<String> tokens, boolean recurse) {
        sync();
        boolean removed = false;
        for (String t : tokens) {
            removed |= lists.get(ns.id()).remove(t) != null;
            if (recurse) {
                removed |= lists.get(ns.id()).keySet().removeIf(k -> isBelow(ns, k, t));
            }
        }
        return removed;
    }

    /**
     * {@return the effective allow and deny bits of identity descriptors {@code descriptors} (lower case) on
     * {@code token}, and for each deciding bit whether it was inherited}: {@code [allow, deny]}
     */
    public synchronized long[] effective(Namespace ns, String token, Set<String> descriptors) {
        sync();
        long allow = 0;
        long deny = 0;
        String t = token;
        boolean inherit = true;
        while (t != null && inherit) {
            Acl acl = lists.get(ns.id()).get(t);
            if (acl != null) {
                long levelAllow = 0;
                long levelDeny = 0;
                for (Ace a : acl.aces().values()) {
                    if (descriptors.contains(a.descriptor().toLowerCase(Locale.ROOT))) {
                        levelAllow |= a.allow();
                        levelDeny |= a.deny();
                    }
                }
                long decided = allow | deny;
                deny |= levelDeny & ~decided;
                allow |= levelAllow & ~levelDeny & ~decided;
                inherit = acl.inherit();
            }
            t = ns.parent(t);
        }
        return new long[] {allow, deny};
    }

    /** {@return whether {@code descriptors} have every bit of {@code bits} on {@code token}} */
    public boolean has(Namespace ns, String token, Set<String> descriptors, long bits) {
        long[] e = effective(ns, token, descriptors);
        return (e[0] & bits) == bits;
    }

    private static boolean isBelow(Namespace ns, String candidate, String token) {
        if (ns.separator() == null) {
            return false;
        }
        String base = token.endsWith(ns.separator()) ? token : token + ns.separator();
        return candidate.toLowerCase(Locale.ROOT).startsWith(base.toLowerCase(Locale.ROOT));
    }

    private void sync() {
        var git = lists.get(Namespace.GIT.id());
        if (seeded.add("repoV2")) {
            directory.group(null, Directory.COLLECTION_ADMINISTRATORS).ifPresent(g -> git.put("repoV2",
                    new Acl("repoV2", true, entries(g, Namespace.GIT.allBits()))));
        }
        for (Project p : org.projects()) {
            String projectToken = "repoV2/" + p.id();
            if (seeded.add(projectToken)) {
                var aces = new TreeMap<String, Ace>(String.CASE_INSENSITIVE_ORDER);
                grant(aces, directory.group(p.id(), Directory.ADMINISTRATORS), Namespace.GIT.allBits());
                grant(aces, directory.group(p.id(), Directory.CONTRIBUTORS), GIT_CONTRIBUTE);
                grant(aces, directory.group(p.id(), Directory.READERS), 2);
                git.put(projectToken, new Acl(projectToken, true, aces));
            }
            for (Repository r : repos.inProject(p.id())) {
                String repoToken = projectToken + "/" + r.id();
                if (seeded.add(repoToken)) {
                    var aces = new TreeMap<String, Ace>(String.CASE_INSENSITIVE_ORDER);
                    grant(aces, directory.group(p.id(), Directory.ADMINISTRATORS), Namespace.GIT.allBits());
                    git.put(repoToken, new Acl(repoToken, true, aces));
                }
            }
        }
    }

    private static Map<String, Ace> entries(Group g, long allow) {
        var aces = new TreeMap<String, Ace>(String.CASE_INSENSITIVE_ORDER);
        aces.put(g.identityDescriptor(), new Ace(g.identityDescriptor(), allow, 0));
        return aces;
    }

    private static void grant(Map<String, Ace> aces, Optional<Group> group, long allow) {
        group.ifPresent(g -> aces.put(g.identityDescriptor(), new Ace(g.identityDescriptor(), allow, 0)));
    }
}
