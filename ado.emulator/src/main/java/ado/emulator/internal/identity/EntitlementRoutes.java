package ado.emulator.internal.identity;

import ado.core.json.JsonArray;
import ado.core.json.JsonNull;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.User;
import ado.emulator.internal.wire.Wire;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The member entitlement host (vsaex): user entitlements, with a licence per user. */
public final class EntitlementRoutes {

    private static final Set<String> LICENCES = Set.of("express", "stakeholder", "advanced", "professional",
            "earlyAdopter", "none");
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

    private Reply list(Call call) {
        List<JsonValue> members = directory.users().stream().map(u -> (JsonValue) entitlement(call, u)).toList();
        // PagedUserEntitlementsList names the list "items"; the service also sends it as "members" (see
        // spec-exceptions.txt), which clients written against the older PagedGraphMemberList read
        return Reply.json(JsonObject.builder().put("members", new JsonArray(members))
                .put("items", new JsonArray(members))
                .put("continuationToken", JsonNull.INSTANCE).put("totalCount", members.size()).build());
    }

    private Reply add(Call call) {
        JsonObject body = (JsonObject) call.json();
        JsonObject user = body.get("user") instanceof JsonObject u ? u : JsonObject.EMPTY;
        String principal = user.string("principalName").orElseThrow(() -> AdoError.missingArgument("principalName"));
        String licence = body.get("accessLevel") instanceof JsonObject a
                ? a.string("accountLicenseType").orElse("express") : "express";
        checkLicence(licence);
        String local = principal.contains("@") ? principal.substring(0, principal.indexOf('@')) : principal;
        User added = directory.addUser(principal, local);
        directory.licence(added, licence);
        return Reply.json(JsonObject.builder().put("isSuccess", true)
                .put("userEntitlement", entitlement(call, added))
                .put("operationResult", JsonObject.builder().put("isSuccess", true).put("errors", new JsonArray(
                        List.of())).put("userId", added.id().toString()).build())
                .build());
    }

    private Reply update(Call call) {
        User user = user(call);
        if (!(call.json() instanceof JsonArray ops)) {
            throw AdoError.badRequest("VS403411: The body must be a JSON Patch document.");
        }
        for (JsonValue v : ops.values()) {
            JsonObject op = (JsonObject) v;
            String path = op.string("path").orElse("");
            if (!path.equalsIgnoreCase("/accessLevel")) {
                throw AdoError.badRequest("VS403412: The path '" + path + "' cannot be changed.");
            }
            String licence = op.get("value") instanceof JsonObject a
                    ? a.string("accountLicenseType").orElse("express") : "express";
            checkLicence(licence);
            directory.licence(user, licence);
        }
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
                .put("projectEntitlements", new JsonArray(List.of()))
                .put("groupAssignments", new JsonArray(List.of()))
                .build();
    }
}
