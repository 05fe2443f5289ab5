package ado.emulator.internal.identity;

import ado.core.json.JsonArray;
import ado.core.json.JsonNull;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import ado.emulator.internal.org.User;
import ado.emulator.internal.wire.Pages;
import ado.emulator.internal.wire.Wire;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The identity host (vssps): Graph users, groups, memberships, descriptors, subject lookup, and identities. Users
 * are the organisation's users with their ids, so an identity read here is the reviewer or assignee elsewhere.
 */
public final class GraphRoutes {

    private static final int PAGE = 100;
    private final OrgStore org;
    private final Directory directory;

    /** Creates the graph routes. */
    public GraphRoutes(OrgStore org, Directory directory) {
        this.org = org;
        this.directory = directory;
    }

    /** Adds the routes to the identity host's router. */
    public void register(Router r) {
        r.add("GET", "_apis/graph/users", this::listUsers)
                .add("POST", "_apis/graph/users", this::createUser)
                .add("GET", "_apis/graph/users/{descriptor}", call -> Reply.json(subject(call, user(call))))
                .add("DELETE", "_apis/graph/users/{descriptor}", this::deleteUser)
                .add("GET", "_apis/graph/groups", this::listGroups)
                .add("POST", "_apis/graph/groups", this::createGroup)
                .add("GET", "_apis/graph/groups/{descriptor}", call -> Reply.json(subject(call, group(call))))
                .add("DELETE", "_apis/graph/groups/{descriptor}", this::deleteGroup)
                .add("GET", "_apis/graph/memberships/{descriptor}", this::memberships)
                .add("HEAD", "_apis/graph/memberships/{member}/{container}", this::checkMembership)
                .add("GET", "_apis/graph/memberships/{member}/{container}", this::getMembership)
                .add("PUT", "_apis/graph/memberships/{member}/{container}", this::addMembership)
                .add("DELETE", "_apis/graph/memberships/{member}/{container}", this::removeMembership)
                .add("GET", "_apis/graph/descriptors/{storageKey}", this::descriptor)
                .add("POST", "_apis/graph/subjectlookup", this::lookup)
                .add("GET", "_apis/identities", this::identities);
    }

    private Reply listUsers(Call call) {
        List<JsonValue> all = directory.subjects().stream().filter(s -> s instanceof Subject.UserSubject)
                .map(s -> (JsonValue) subject(call, s)).toList();
        return page(call, all);
    }

    private Reply listGroups(Call call) {
        var scope = call.query("scopeDescriptor").map(this::scopeProject);
        List<JsonValue> all = directory.groups().stream()
                .filter(g -> scope.isEmpty() || scope.get().equals(g.projectId()))
                .map(g -> (JsonValue) subject(call, new Subject.GroupSubject(g))).toList();
        return page(call, all);
    }

    /** Pages by an opaque continuation token (the offset), sent back in {@code x-ms-continuationtoken}. */
    private static Reply page(Call call, List<JsonValue> all) {
        int skip;
        try {
            skip = call.query("continuationToken").map(t -> Integer.parseInt(new String(Base64.getUrlDecoder()
                    .decode(t), StandardCharsets.UTF_8))).orElse(0);
        } catch (IllegalArgumentException e) {
            throw AdoError.badRequest("The continuation token is not valid.");
        }
        var pages = new Pages(PAGE, skip);
        Reply reply = Reply.json(Wire.envelope(pages.slice(all)));
        return pages.more(all.size()) ? reply.withHeader("X-MS-ContinuationToken", Base64.getUrlEncoder()
                .withoutPadding().encodeToString(Integer.toString(skip + PAGE).getBytes(StandardCharsets.UTF_8)))
                : reply;
    }

    private Reply createUser(Call call) {
        JsonObject body = (JsonObject) call.json();
        String principal = body.string("principalName").orElse(null);
        String originId = body.string("originId").orElse(null);
        if ((principal == null) == (originId == null)) {
            throw AdoError.badRequest("VS860015: Exactly one of principalName and originId must be given.");
        }
        String name = principal != null ? principal : "user-" + originId.substring(0, Math.min(8, originId.length()))
                + "@" + org.organization().toLowerCase(Locale.ROOT) + ".example";
        String local = name.contains("@") ? name.substring(0, name.indexOf('@')) : name;
        String display = Arrays.stream(local.split("[._-]")).filter(p -> !p.isEmpty())
                .map(p -> Character.toUpperCase(p.charAt(0)) + p.substring(1)).reduce((a, b) -> a + " " + b)
                .orElse(local);
        User user = directory.addUser(name, display);
        call.query("groupDescriptors").ifPresent(groups -> {
            for (String g : groups.split(",")) {
                Subject container = directory.require(g.strip());
                directory.addMember(user.descriptor(), container.subjectDescriptor());
            }
        });
        Subject s = directory.subject(user.descriptor()).orElseThrow();
        return Reply.json(201, subject(call, s)).withHeader("Location", graphUrl(call, "Users", s));
    }

    private Reply deleteUser(Call call) {
        directory.remove(((Subject.UserSubject) user(call)).user());
        return Reply.noContent();
    }

    private Reply createGroup(Call call) {
        JsonObject body = (JsonObject) call.json();
        String name = body.string("displayName").orElseThrow(() -> AdoError.missingArgument("displayName"));
        Project project = call.query("scopeDescriptor").map(this::scopeProject).map(org::project).orElse(null);
        Group g = directory.createGroup(name, body.string("description").orElse(""), project);
        return Reply.json(201, subject(call, new Subject.GroupSubject(g)));
    }

    private Reply deleteGroup(Call call) {
        directory.deleteGroup(((Subject.GroupSubject) group(call)).group());
        return Reply.noContent();
    }

    private Reply memberships(Call call) {
        Subject s = directory.require(call.var("descriptor"));
        boolean up = !call.query("direction").map(d -> d.equalsIgnoreCase("down")).orElse(false);
        List<JsonValue> items = directory.memberships(s.subjectDescriptor(), up).stream()
                .map(m -> (JsonValue) membership(call, m.get(0), m.get(1))).toList();
        return Reply.json(Wire.envelope(items));
    }

    private Reply checkMembership(Call call) {
        Subject[] pair = pair(call);
        return directory.isMember(pair[0].subjectDescriptor(), pair[1].subjectDescriptor())
                ? new Reply(200, "application/json; charset=utf-8", java.util.Map.of(), new byte[0])
                : new Reply(404, "application/json; charset=utf-8", java.util.Map.of(), new byte[0]);
    }

    private Reply getMembership(Call call) {
        Subject[] pair = pair(call);
        if (!directory.isMember(pair[0].subjectDescriptor(), pair[1].subjectDescriptor())) {
            throw membershipNotFound(pair);
        }
        return Reply.json(membership(call, pair[0].subjectDescriptor(), pair[1].subjectDescriptor()));
    }

    private Reply addMembership(Call call) {
        Subject[] pair = pair(call);
        if (!(pair[1] instanceof Subject.GroupSubject)) {
            throw AdoError.badRequest("VS860012: The container " + pair[1].subjectDescriptor()
                    + " is not a group.");
        }
        directory.addMember(pair[0].subjectDescriptor(), pair[1].subjectDescriptor());
        return Reply.json(membership(call, pair[0].subjectDescriptor(), pair[1].subjectDescriptor()));
    }

    private Reply removeMembership(Call call) {
        Subject[] pair = pair(call);
        if (!directory.removeMember(pair[0].subjectDescriptor(), pair[1].subjectDescriptor())) {
            throw membershipNotFound(pair);
        }
        return Reply.json(200, JsonNull.INSTANCE);
    }

    private static AdoError membershipNotFound(Subject[] pair) {
        return new AdoError(404, "GraphMembershipNotFoundException", "Microsoft.VisualStudio.Services.Graph",
                "VS860019: " + pair[0].subjectDescriptor() + " is not a member of " + pair[1].subjectDescriptor()
                        + ".");
    }

    private Subject[] pair(Call call) {
        return new Subject[] {directory.require(call.var("member")), directory.require(call.var("container"))};
    }

    private Reply descriptor(Call call) {
        UUID key;
        try {
            key = UUID.fromString(call.var("storageKey"));
        } catch (IllegalArgumentException e) {
            throw AdoError.badRequest("The storage key '" + call.var("storageKey") + "' is not a GUID.");
        }
        String descriptor = directory.byId(key).map(Subject::subjectDescriptor)
                .or(() -> org.findProject(key.toString()).map(p -> scopeDescriptor(p.id())))
                .orElseThrow(() -> new AdoError(404, "StorageKeyNotFoundException",
                        "Microsoft.VisualStudio.Services.Graph", "VS860017: The storage key " + key
                        + " was not found."));
        String base = call.base() + "/_apis/Graph/";
        return Reply.json(JsonObject.builder().put("value", descriptor)
                .put("_links", Wire.links("self", base + "Descriptors/" + key, "storageKey",
                        base + "StorageKeys/" + descriptor, "subject", base + (descriptor.startsWith("vssgp.")
                                ? "Groups/" : "Users/") + descriptor))
                .build());
    }

    private Reply lookup(Call call) {
        JsonObject body = (JsonObject) call.json();
        if (!(body.get("lookupKeys") instanceof JsonArray keys)) {
            throw AdoError.missingArgument("lookupKeys");
        }
        var found = JsonObject.builder();
        int n = 0;
        for (JsonValue k : keys.values()) {
            String d = k instanceof JsonObject o ? o.string("descriptor").orElse("") : "";
            var s = directory.subject(d);
            if (s.isPresent()) {
                found.put(d, subject(call, s.get()));
                n++;
            }
        }
        return Reply.json(JsonObject.builder().put("count", n).put("value", found.build()).build());
    }

    private Reply identities(Call call) {
        List<Subject> hits = new ArrayList<>();
        if (call.query("descriptors").isPresent()) {
            for (String d : call.query("descriptors").get().split(",")) {
                directory.byIdentityDescriptor(d.strip()).ifPresent(hits::add);
            }
        } else if (call.query("subjectDescriptors").isPresent()) {
            for (String d : call.query("subjectDescriptors").get().split(",")) {
                directory.subject(d.strip()).ifPresent(hits::add);
            }
        } else if (call.query("identityIds").isPresent()) {
            for (String id : call.query("identityIds").get().split(",")) {
                parseId(id.strip()).flatMap(directory::byId).ifPresent(hits::add);
            }
        } else if (call.query("searchFilter").isPresent()) {
            String filter = call.query("searchFilter").get();
            String value = call.query("filterValue").orElseThrow(() -> AdoError.missingArgument("filterValue"));
            for (Subject s : directory.subjects()) {
                if (matches(s, filter, value)) {
                    hits.add(s);
                }
            }
        } else {
            throw AdoError.badRequest("VS403302: One of descriptors, subjectDescriptors, identityIds or searchFilter "
                    + "must be given.");
        }
        boolean membership = !call.query("queryMembership").orElse("None").equalsIgnoreCase("None");
        return Reply.json(Wire.envelope(hits.stream().map(s -> (JsonValue) identity(s, membership)).toList()));
    }

    private static boolean matches(Subject s, String filter, String value) {
        String account = s instanceof Subject.UserSubject u ? u.user().uniqueName()
                : ((Subject.GroupSubject) s).group().name();
        return switch (filter.toLowerCase(Locale.ROOT)) {
            case "general" -> account.equalsIgnoreCase(value) || s.displayName().equalsIgnoreCase(value)
                    || s instanceof Subject.GroupSubject g && g.group().principalName().equalsIgnoreCase(value);
            case "accountname" -> account.equalsIgnoreCase(value);
            case "displayname" -> s.displayName().equalsIgnoreCase(value);
            case "mailaddress" -> s instanceof Subject.UserSubject && account.equalsIgnoreCase(value);
            default -> throw AdoError.badRequest("VS403301: The search filter '" + filter + "' is not valid.");
        };
    }

    private static java.util.Optional<UUID> parseId(String id) {
        try {
            return java.util.Optional.of(id.length() == 32 ? UUID.fromString(id.replaceFirst(
                    "(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5")) : UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private JsonObject identity(Subject s, boolean membership) {
        var props = new LinkedHashMap<String, JsonValue>();
        boolean group = s instanceof Subject.GroupSubject;
        props.put("SchemaClassName", prop(group ? "Group" : "User"));
        if (s instanceof Subject.UserSubject u) {
            props.put("Description", prop(""));
            props.put("Domain", prop(directory.tenant()));
            props.put("Account", prop(u.user().uniqueName()));
            props.put("Mail", prop(u.user().uniqueName()));
        } else if (s instanceof Subject.GroupSubject g) {
            props.put("Description", prop(g.group().description()));
            props.put("Domain", prop("vstfs:///Framework/IdentityDomain/" + (g.group().projectId() == null
                    ? org.idFor("instance", "collection") : g.group().projectId())));
            props.put("Account", prop(g.group().name()));
            props.put("SecurityGroup", prop("SecurityGroup"));
        }
        var b = JsonObject.builder()
                .put("id", s.id().toString())
                .put("descriptor", s.identityDescriptor())
                .put("subjectDescriptor", s.subjectDescriptor())
                .put("providerDisplayName", s instanceof Subject.GroupSubject g ? g.group().principalName()
                        : s.displayName())
                .put("isActive", true);
        if (group) {
            b.put("isContainer", true);
        }
        List<JsonValue> members = membership ? directory.memberships(s.subjectDescriptor(), false).stream()
                .map(m -> directory.subject(m.get(0)).map(x -> (JsonValue) new JsonString(x.identityDescriptor()))
                        .orElse(JsonNull.INSTANCE)).toList() : List.of();
        List<JsonValue> memberOf = membership ? directory.memberships(s.subjectDescriptor(), true).stream()
                .map(m -> directory.subject(m.get(1)).map(x -> (JsonValue) new JsonString(x.identityDescriptor()))
                        .orElse(JsonNull.INSTANCE)).toList() : List.of();
        return b.put("members", new JsonArray(members))
                .put("memberOf", new JsonArray(memberOf))
                .put("memberIds", new JsonArray(List.of()))
                .put("properties", new JsonObject(props))
                .put("resourceVersion", 2)
                .put("metaTypeId", group ? 255 : 0)
                .build();
    }

    private static JsonObject prop(String value) {
        return JsonObject.builder().put("$type", "System.String").put("$value", value).build();
    }

    private JsonObject subject(Call call, Subject s) {
        String kind = s instanceof Subject.GroupSubject ? "Groups" : "Users";
        String base = call.base() + "/_apis/Graph/";
        String d = s.subjectDescriptor();
        var b = JsonObject.builder().put("subjectKind", s instanceof Subject.GroupSubject ? "group" : "user");
        if (s instanceof Subject.UserSubject u) {
            b.put("metaType", "member")
                    .put("domain", directory.tenant())
                    .put("principalName", u.user().uniqueName())
                    .put("mailAddress", u.user().uniqueName())
                    .put("origin", "aad")
                    .put("originId", org.idFor("oid", u.user().uniqueName()).toString());
        } else if (s instanceof Subject.GroupSubject g) {
            b.put("description", g.group().description())
                    .put("isCrossProject", g.group().projectId() == null)
                    .put("domain", "vstfs:///Framework/IdentityDomain/" + (g.group().projectId() == null
                            ? org.idFor("instance", "collection") : g.group().projectId()))
                    .put("principalName", g.group().principalName())
                    .put("mailAddress", JsonNull.INSTANCE)
                    .put("origin", "vsts")
                    .put("originId", g.group().id().toString());
        }
        b.put("displayName", s.displayName());
        var links = Wire.links("self", base + kind + "/" + d, "memberships", base + "Memberships/" + d,
                "membershipState", base + "MembershipStates/" + d, "storageKey", base + "StorageKeys/" + d);
        if (s instanceof Subject.UserSubject) {
            links = links.toBuilder().put("avatar", JsonObject.builder().put("href", call.base()
                    + "/_apis/GraphProfile/MemberAvatars/" + d).build()).build();
        }
        return b.put("_links", links).put("url", base + kind + "/" + d).put("descriptor", d).build();
    }

    private static String graphUrl(Call call, String kind, Subject s) {
        return call.base() + "/_apis/Graph/" + kind + "/" + s.subjectDescriptor();
    }

    private JsonObject membership(Call call, String member, String container) {
        String base = call.base() + "/_apis/Graph/";
        return JsonObject.builder().put("containerDescriptor", container).put("memberDescriptor", member)
                .put("_links", Wire.links("self", base + "Memberships/" + member + "/" + container,
                        "container", base + "Groups/" + container, "member", base + (member.startsWith("vssgp.")
                                ? "Groups/" : "Users/") + member))
                .build();
    }

    private Subject user(Call call) {
        Subject s = directory.require(call.var("descriptor"));
        if (!(s instanceof Subject.UserSubject)) {
            throw Directory.subjectNotFound(call.var("descriptor"));
        }
        return s;
    }

    private Subject group(Call call) {
        Subject s = directory.require(call.var("descriptor"));
        if (!(s instanceof Subject.GroupSubject)) {
            throw Directory.subjectNotFound(call.var("descriptor"));
        }
        return s;
    }

    /** {@return {@code scp.} + base64url of the project id: a project's scope descriptor} */
    static String scopeDescriptor(UUID projectId) {
        return "scp." + Base64.getUrlEncoder().withoutPadding().encodeToString(projectId.toString()
                .getBytes(StandardCharsets.UTF_8));
    }

    private UUID scopeProject(String scopeDescriptor) {
        try {
            if (scopeDescriptor.startsWith("scp.")) {
                return UUID.fromString(new String(Base64.getUrlDecoder().decode(scopeDescriptor.substring(4)),
                        StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error
        }
        throw AdoError.badRequest("VS860016: The scope descriptor '" + scopeDescriptor + "' is not valid.");
    }
}
