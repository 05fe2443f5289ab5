package ado.emulator.internal.identity;

import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import ado.emulator.internal.org.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The identities of the organisation: its users (the {@link OrgStore}'s, with the same ids, so reviewers and
 * assignments match), its groups and who is in which group, and each user's licence. Every project gets ADO's
 * default groups (Project Administrators with the first user, Contributors with every user, Readers) the first time
 * the directory is read after it was created; the organisation has Project Collection Administrators (the first
 * user) and Project Collection Valid Users (everyone). Thread-safe: every method is synchronized.
 */
public final class Directory {

    /** The project group with every right; the first user is in it. */
    public static final String ADMINISTRATORS = "Project Administrators";
    /** The project group that may read and contribute; every user is in it. */
    public static final String CONTRIBUTORS = "Contributors";
    /** The project group that may read. */
    public static final String READERS = "Readers";
    /** The organisation group with every right; the first user is in it. */
    public static final String COLLECTION_ADMINISTRATORS = "Project Collection Administrators";
    /** The organisation group of every user. */
    public static final String VALID_USERS = "Project Collection Valid Users";

    private final OrgStore org;
    private final String tenant;
    private final List<Group> groups = new ArrayList<>();
    private final Set<List<String>> memberships = new LinkedHashSet<>(); // [member, container] subject descriptors
    private final Set<UUID> seededProjects = new HashSet<>();
    private final Map<UUID, String> licences = new HashMap<>();
    private final Map<UUID, Instant> added = new HashMap<>();
    private final Set<UUID> removed = new HashSet<>();

    /** Creates the directory of {@code org}. */
    public Directory(OrgStore org) {
        this.org = org;
        this.tenant = org.idFor("tenant", "aad").toString();
        addGroup(COLLECTION_ADMINISTRATORS, "Members of this application group can perform all privileged operations "
                + "on the Team Project Collection.", null, org.organization());
        addGroup(VALID_USERS, "This application group contains all users and groups that have access to the Team "
                + "Project Collection.", null, org.organization());
    }

    /** {@return the directory (Entra tenant) id of the users} */
    public String tenant() {
        return tenant;
    }

    /** {@return the identity descriptor of {@code user}} */
    public String identityDescriptor(User user) {
        return "Microsoft.IdentityModel.Claims.ClaimsIdentity;" + tenant + "\\" + user.uniqueName();
    }

    /** {@return the users (those removed from the organisation left out), after making sure the default groups exist} */
    public synchronized List<User> users() {
        sync();
        return org.users().stream().filter(u -> !removed.contains(u.id())).toList();
    }

    /**
     * Removes {@code user} from the organisation: out of every group and the Graph. The user stays known by id, so
     * old pull requests and work items still show them. Adding them again brings them back.
     */
    public synchronized void remove(User user) {
        if (user.id().equals(org.me().id())) {
            throw AdoError.badRequest("VS403415: The authenticated user cannot remove themselves.");
        }
        memberships.removeIf(m -> m.get(0).equals(user.descriptor()));
        removed.add(user.id());
    }

    /** {@return the groups, organisation groups first} */
    public synchronized List<Group> groups() {
        sync();
        return List.copyOf(groups);
    }

    /** {@return the group of {@code projectId} (null: the organisation) named {@code name}} */
    public synchronized Optional<Group> group(UUID projectId, String name) {
        sync();
        return groups.stream().filter(g -> java.util.Objects.equals(g.projectId(), projectId)
                && g.name().equalsIgnoreCase(name)).findFirst();
    }

    /** {@return the subject of Graph descriptor {@code descriptor}} */
    public synchronized Optional<Subject> subject(String descriptor) {
        sync();
        return subjects().stream().filter(s -> s.subjectDescriptor().equals(descriptor)).findFirst();
    }

    /** {@return the subject {@code descriptor}; ADO's 404 when unknown} */
    public Subject require(String descriptor) {
        return subject(descriptor).orElseThrow(() -> subjectNotFound(descriptor));
    }

    /** {@return every subject: users, then groups} */
    public synchronized List<Subject> subjects() {
        sync();
        var all = new ArrayList<Subject>();
        users().forEach(u -> all.add(new Subject.UserSubject(u, identityDescriptor(u))));
        groups.forEach(g -> all.add(new Subject.GroupSubject(g)));
        return all;
    }

    /** {@return the subject with identity id or storage key {@code id}} */
    public synchronized Optional<Subject> byId(UUID id) {
        return subjects().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** {@return the subject with identity descriptor {@code descriptor} (case-insensitively)} */
    public synchronized Optional<Subject> byIdentityDescriptor(String descriptor) {
        return subjects().stream().filter(s -> s.identityDescriptor().equalsIgnoreCase(descriptor)).findFirst();
    }

    /** {@return the user added by sign-in name, or the existing one with that name} */
    public synchronized User addUser(String principalName, String displayName) {
        sync();
        User user = org.userNamed(principalName).orElseGet(() -> org.addUser(displayName, principalName));
        removed.remove(user.id());
        sync();
        return user;
    }

    /** {@return the new group} 409 when the scope already has a group of that name. */
    public synchronized Group createGroup(String name, String description, Project project) {
        sync();
        UUID scope = project == null ? null : project.id();
        if (group(scope, name).isPresent()) {
            throw new AdoError(409, "GroupCreationException", "Microsoft.VisualStudio.Services.Identity",
                    "VS402887: A group with the name " + name + " already exists.");
        }
        return addGroup(name, description == null ? "" : description, scope,
                project == null ? org.organization() : project.name());
    }

    /** Deletes group {@code group} and its memberships. */
    public synchronized void deleteGroup(Group group) {
        groups.remove(group);
        memberships.removeIf(m -> m.contains(group.subjectDescriptor()));
    }

    /** {@return the direct memberships of {@code descriptor}: its groups ({@code up}) or its members} */
    public synchronized List<List<String>> memberships(String descriptor, boolean up) {
        sync();
        return memberships.stream().filter(m -> m.get(up ? 0 : 1).equals(descriptor)).toList();
    }

    /** {@return whether {@code member} is directly in {@code container}} */
    public synchronized boolean isMember(String member, String container) {
        sync();
        return memberships.contains(List.of(member, container));
    }

    /** Adds {@code member} to group {@code container}. */
    public synchronized void addMember(String member, String container) {
        sync();
        memberships.add(List.of(member, container));
    }

    /** {@return whether {@code member} was in {@code container}} Removes it. */
    public synchronized boolean removeMember(String member, String container) {
        return memberships.remove(List.of(member, container));
    }

    /** {@return {@code subject}'s identity descriptor and those of every group it is in, directly or not} */
    public synchronized Set<String> identityDescriptorsOf(Subject subject) {
        sync();
        var subjects = new LinkedHashSet<String>(List.of(subject.subjectDescriptor()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (List<String> m : memberships) {
                if (subjects.contains(m.get(0)) && subjects.add(m.get(1))) {
                    grew = true;
                }
            }
        }
        var out = new LinkedHashSet<String>();
        for (String d : subjects) {
            subjects().stream().filter(s -> s.subjectDescriptor().equals(d)).findFirst()
                    .ifPresent(s -> out.add(s.identityDescriptor().toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    /** {@return the licence of {@code user}: {@code express} (Basic) unless changed} */
    public synchronized String licence(User user) {
        return licences.getOrDefault(user.id(), "express");
    }

    /** Sets the licence of {@code user}. */
    public synchronized void licence(User user, String licence) {
        licences.put(user.id(), licence);
    }

    /** {@return when {@code user} was added} */
    public synchronized Instant added(User user) {
        return added.getOrDefault(user.id(), Instant.parse("2024-01-01T00:00:00Z"));
    }

    /** {@return ADO's error for an unknown subject descriptor} */
    public static AdoError subjectNotFound(String descriptor) {
        return new AdoError(404, "GraphSubjectNotFoundException", "Microsoft.VisualStudio.Services.Graph",
                "VS860018: The requested subject '" + descriptor + "' does not exist.");
    }

    private void sync() {
        Group collectionAdmins = groups.get(0);
        Group valid = groups.get(1);
        memberships.add(List.of(org.me().descriptor(), collectionAdmins.subjectDescriptor()));
        for (User u : org.users()) {
            if (removed.contains(u.id())) {
                continue;
            }
            memberships.add(List.of(u.descriptor(), valid.subjectDescriptor()));
            added.putIfAbsent(u.id(), Instant.now());
        }
        for (Project p : org.projects()) {
            if (seededProjects.add(p.id())) {
                Group admins = addGroup(ADMINISTRATORS, "Members of this group can perform all operations in the "
                        + "team project.", p.id(), p.name());
                Group contributors = addGroup(CONTRIBUTORS, "Members of this group can add, modify, and delete "
                        + "items within the team project.", p.id(), p.name());
                addGroup(READERS, "Members of this group have access to the team project.", p.id(), p.name());
                memberships.add(List.of(org.me().descriptor(), admins.subjectDescriptor()));
                for (User u : org.users()) {
                    memberships.add(List.of(u.descriptor(), contributors.subjectDescriptor()));
                }
            }
        }
    }

    private Group addGroup(String name, String description, UUID projectId, String scopeName) {
        UUID id = org.idFor("group", (projectId == null ? "" : projectId + "/") + name.toLowerCase(Locale.ROOT));
        UUID scope = projectId == null ? org.idFor("instance", "collection") : projectId;
        String sid = "S-1-9-1551374245-" + parts(scope) + "-" + (projectId == null ? "0-0-0-0-" + groups.size()
                : "1-" + parts(id));
        var g = new Group(id, name, description, projectId, scopeName, sid);
        groups.add(g);
        return g;
    }

    private static String parts(UUID id) {
        long m = id.getMostSignificantBits();
        long l = id.getLeastSignificantBits();
        return (m >>> 32) + "-" + (m & 0xffffffffL) + "-" + (l >>> 32) + "-" + (l & 0xffffffffL);
    }
}
