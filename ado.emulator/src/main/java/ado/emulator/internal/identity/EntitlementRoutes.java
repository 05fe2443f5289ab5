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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The member entitlement host (vsaex): user entitlements, with a licence per user. */
public final class EntitlementRoutes {

    private static final Set<String> LICENCES = Set.of("express", "stakeholder", "advanced", "professional",
            "earlyAdopter", "none");
    /**
     * Licences the service knows but does not assign on request (Visual Studio Professional comes with a
     * subscription, Early Adopter is retired): a request for one answers 200 with {@code isSuccess: false} and the
     * error in the operation result, as the member entitlement API reports a refused change.
     */
    private static final Set<String> NOT_ASSIGNABLE = Set.of("professional", "earlyAdopter");
    /** Project group types of a {@code ProjectEntitlement} and the default group each stands for. */
    private static final Map<String, String> GROUP_TYPES = Map.of(
            "projectReader", Directory.READERS,
            // ADO has no stakeholder group: a stakeholder is a reader whose licence limits what they may do
            "projectStakeholder", Directory.READERS,
            "projectContributor", Directory.CONTRIBUTORS,
            "projectAdministrator", Directory.ADMINISTRATORS);
    private static final int PAGE = 100;
    private final OrgStore org;
    private final Directory directory;

    /** Creates the routes. */
    public EntitlementRoutes(OrgStore org, Directory directory) {
        this.org = org;
        this.directory = directory;
    }

    /** Adds the routes to the entitlement host's router. */
    public void register(Router r) {
        r.add("GET", "_apis/userentitlements", this::list)
                .add("POST", "_apis/userentitlements", this::add)
                .add("GET", "_apis/userentitlements/{id}", call -> Reply.json(entitlement(call, user(call))))
                .add("PATCH", "_apis/userentitlements/{id}", this::update)
                .add("DELETE", "_apis/userentitlements/{id}", call -> {
                    directory.remove(user(call));
                    return Reply.noContent();
                });
    }

    /**
     * One page of {@value #PAGE} entitlements; {@code continuationToken} in the body names the next page (an opaque
     * token: the offset, base64url) and is null on the last one, as {@code PagedUserEntitlementsList} says.
     */
    private Reply list(Call call) {
        List<User> users = directory.users();
        int skip;
        try {
            skip = call.query("continuationToken").map(t -> Integer.parseInt(new String(Base64.getUrlDecoder()
                    .decode(t), StandardCharsets.UTF_8))).orElse(0);
        } catch (IllegalArgumentException e) {
            throw AdoError.badRequest("VS403416: The continuation token is not valid.");
        }
        if (skip < 0) {
            throw AdoError.badRequest("VS403416: The continuation token is not valid.");
        }
        var pages = new Pages(PAGE, skip);
        List<JsonValue> members = pages.slice(users).stream().map(u -> (JsonValue) entitlement(call, u)).toList();
        JsonValue next = pages.more(users.size()) ? new JsonString(Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Integer.toString(skip + PAGE).getBytes(StandardCharsets.UTF_8))) : JsonNull.INSTANCE;
        // PagedUserEntitlementsList names the list "items"; the service also sends it as "members" (see
        // spec-exceptions.txt), which clients written against the older PagedGraphMemberList read
        return Reply.json(JsonObject.builder().put("members", new JsonArray(members))
                .put("items", new JsonArray(members))
                .put("continuationToken", next).put("totalCount", users.size()).build());
    }

    private Reply add(Call call) {
        JsonObject body = (JsonObject) call.json();
        JsonObject user = body.get("user") instanceof JsonObject u ? u : JsonObject.EMPTY;
        String principal = user.string("principalName").orElseThrow(() -> AdoError.missingArgument("principalName"));
        String licence = body.get("accessLevel") instanceof JsonObject a
                ? a.string("accountLicenseType").orElse("express") : "express";
        checkLicence(licence);
        List<Group> groups = projectGroups(body);
        if (NOT_ASSIGNABLE.contains(licence)) {
            return Reply.json(JsonObject.builder().put("isSuccess", false)
                    .put("operationResult", JsonObject.builder().put("isSuccess", false)
                            .put("errors", refusal(licence)).build())
                    .build());
        }
        String local = principal.contains("@") ? principal.substring(0, principal.indexOf('@')) : principal;
        User added = directory.addUser(principal, local);
        directory.licence(added, licence);
        groups.forEach(g -> directory.addMember(added.descriptor(), g.subjectDescriptor()));
        return Reply.json(JsonObject.builder().put("isSuccess", true)
                .put("userEntitlement", entitlement(call, added))
                .put("operationResult", JsonObject.builder().put("isSuccess", true).put("errors", new JsonArray(
                        List.of())).put("userId", added.id().toString()).build())
                .build());
    }

    /** {@return the groups the {@code projectEntitlements} of an add name; ADO's 400 for an unknown one} */
    private List<Group> projectGroups(JsonObject body) {
        if (!(body.get("projectEntitlements") instanceof JsonArray entitlements)) {
            return List.of();
        }
        var groups = new ArrayList<Group>();
        for (JsonValue v : entitlements.values()) {
            JsonObject e = v instanceof JsonObject o ? o : JsonObject.EMPTY;
            String type = e.get("group") instanceof JsonObject g ? g.string("groupType").orElse("") : "";
            String groupName = GROUP_TYPES.get(type);
            if (groupName == null) {
                throw AdoError.badRequest("VS403417: The group type '" + type + "' is not valid; expected one of "
                        + new java.util.TreeSet<>(GROUP_TYPES.keySet()) + ".");
            }
            String ref = e.get("projectRef") instanceof JsonObject p ? p.string("id").orElse("") : "";
            Project project = org.findProject(ref).orElseThrow(() -> AdoError.projectNotFound(ref));
            groups.add(directory.group(project.id(), groupName).orElseThrow());
        }
        return groups;
    }

    private static JsonArray refusal(String licence) {
        return new JsonArray(List.of(JsonObject.builder().put("key", 5032).put("value", "VS403418: The "
                + "access level '" + licence + "' cannot be assigned directly.").build()));
    }

    private Reply update(Call call) {
        User user = user(call);
        if (!(call.json() instanceof JsonArray ops)) {
            throw AdoError.badRequest("VS403411: The body must be a JSON Patch document.");
        }
        var licences = new ArrayList<String>();
        for (JsonValue v : ops.values()) {
            JsonObject op = v instanceof JsonObject o ? o : JsonObject.EMPTY;
            String path = op.string("path").orElse("");
            if (!path.equalsIgnoreCase("/accessLevel")) {
                throw AdoError.badRequest("VS403412: The path '" + path + "' cannot be changed.");
            }
            String licence = op.get("value") instanceof JsonObject a
                    ? a.string("accountLicenseType").orElse("express") : "express";
            checkLicence(licence);
            licences.add(licence);
        }
        for (String licence : licences) {
            if (NOT_ASSIGNABLE.contains(licence)) {
                // nothing changes: every operation of the document is refused with the first refusal
                return Reply.json(JsonObject.builder().put("isSuccess", false)
                        .put("userEntitlement", entitlement(call, user))
                        .put("operationResults", new JsonArray(List.of(JsonObject.builder().put("isSuccess", false)
                                .put("errors", refusal(licence)).put("userId", user.id().toString()).build())))
                        .build());
            }
        }
        licences.forEach(l -> directory.licence(user, l));
        return Reply.json(JsonObject.builder().put("isSuccess", true).put("userEntitlement", entitlement(call, user))
                .put("operationResults", new JsonArray(List.of(JsonObject.builder().put("isSuccess", true)
                        .put("errors", new JsonArray(List.of())).put("userId", user.id().toString()).build())))
                .build());
    }

    private static void checkLicence(String licence) {
        if (!LICENCES.contains(licence)) {
            throw AdoError.badRequest("VS403413: The licence type '" + licence + "' is not valid.");
        }
    }

    private User user(Call call) {
        UUID id;
        try {
            id = UUID.fromString(call.var("id"));
        } catch (IllegalArgumentException e) {
            throw AdoError.badRequest("The user id '" + call.var("id") + "' is not a GUID.");
        }
        return org.user(id).filter(u -> directory.users().contains(u)).orElseThrow(() -> new AdoError(404, "UserEntitlementNotFoundException",
                "Microsoft.VisualStudio.Services.MemberEntitlementManagement",
                "VS403414: The user " + id + " was not found."));
    }

    /** {@return a {@code ProjectEntitlement} per project group (of the default three) {@code u} is directly in} */
    private List<JsonValue> projectEntitlements(User u) {
        var out = new ArrayList<JsonValue>();
        for (Project p : org.projects()) {
            for (var type : List.of(Map.entry("projectAdministrator", Directory.ADMINISTRATORS),
                    Map.entry("projectContributor", Directory.CONTRIBUTORS),
                    Map.entry("projectReader", Directory.READERS))) {
                var group = directory.group(p.id(), type.getValue());
                if (group.isPresent() && directory.isMember(u.descriptor(), group.get().subjectDescriptor())) {
                    out.add(JsonObject.builder()
                            .put("group", JsonObject.builder().put("displayName", type.getValue())
                                    .put("groupType", type.getKey()).build())
                            .put("projectRef", JsonObject.builder().put("id", p.id().toString())
                                    .put("name", p.name()).build())
                            .put("projectPermissionInherited", "notInherited")
                            .put("assignmentSource", "unknown")
                            .put("teamRefs", new JsonArray(List.of()))
                            .build());
                    break;
                }
            }
        }
        return out;
    }

    private JsonObject entitlement(Call call, User u) {
        String licence = directory.licence(u);
        String display = switch (licence) {
            case "stakeholder" -> "Stakeholder";
            case "advanced" -> "Basic + Test Plans";
            case "none" -> "None";
            default -> "Basic";
        };
        return JsonObject.builder()
                .put("id", u.id().toString())
                .put("user", JsonObject.builder().put("subjectKind", "user").put("principalName", u.uniqueName())
                        .put("mailAddress", u.uniqueName()).put("origin", "aad").put("displayName", u.displayName())
                        .put("descriptor", u.descriptor()).build())
                .put("accessLevel", JsonObject.builder().put("licensingSource", "account")
                        .put("accountLicenseType", licence).put("msdnLicenseType", "none")
                        .put("licenseDisplayName", display).put("status", "active").put("statusMessage", "")
                        .put("assignmentSource", "unknown").build())
                .put("lastAccessedDate", "2024-01-02T00:00:00Z")
                .put("dateCreated", Wire.time(directory.added(u)))
                .put("projectEntitlements", new JsonArray(projectEntitlements(u)))
                .put("groupAssignments", new JsonArray(List.of()))
                .build();
    }
}
