package ado.emulator.internal.security;

import ado.core.json.JsonArray;
import ado.core.json.JsonBoolean;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.identity.Directory;
import ado.emulator.internal.identity.Subject;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.wire.Wire;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Security namespaces, access control lists and entries (read and write), and the caller's permissions, on the
 * organisation host. Tokens are checked against the namespace's format and bits against its actions.
 */
public final class SecurityRoutes {

    private final OrgStore org;
    private final Directory directory;
    private final SecurityStore store;

    /** Creates the security routes. */
    public SecurityRoutes(OrgStore org, Directory directory, SecurityStore store) {
        this.org = org;
        this.directory = directory;
        this.store = store;
    }

    /** Adds the routes. */
    public void register(Router r) {
        r.add("GET", "_apis/securitynamespaces", call -> Reply.json(Wire.envelope(Namespace.all().stream()
                        .map(n -> (JsonValue) namespace(n)).toList())))
                .add("GET", "_apis/securitynamespaces/{namespaceId}", call -> Reply.json(Wire.envelope(List.of(
                        namespace(SecurityStore.namespace(call.var("namespaceId")))))))
                .add("GET", "_apis/accesscontrollists/{namespaceId}", this::query)
                .add("POST", "_apis/accesscontrollists/{namespaceId}", this::setLists)
                .add("DELETE", "_apis/accesscontrollists/{namespaceId}", this::removeLists)
                .add("POST", "_apis/accesscontrolentries/{namespaceId}", this::setEntries)
                .add("DELETE", "_apis/accesscontrolentries/{namespaceId}", this::removeEntries)
                .add("GET", "_apis/permissions/{namespaceId}/{permissions}", this::has)
                .add("POST", "_apis/security/permissionevaluationbatch", this::evaluate);
    }

    private Reply query(Call call) {
        Namespace ns = SecurityStore.namespace(call.var("namespaceId"));
        String token = call.query("token").map(t -> SecurityStore.checkToken(ns, t)).orElse(null);
        boolean extended = call.flag("includeExtendedInfo");
        var filter = call.query("descriptors").map(d -> Set.of(d.toLowerCase(Locale.ROOT).split(",")));
        List<JsonValue> acls = store.query(ns, token, call.flag("recurse")).stream().map(acl -> {
            var aces = JsonObject.builder();
            acl.aces().values().stream()
                    .filter(a -> filter.isEmpty() || filter.get().contains(a.descriptor().toLowerCase(Locale.ROOT)))
                    .forEach(a -> {
                        var e = JsonObject.builder().put("descriptor", a.descriptor()).put("allow", a.allow())
                                .put("deny", a.deny());
                        if (extended) {
                            long[] eff = store.effective(ns, acl.token(), Set.of(a.descriptor()
                                    .toLowerCase(Locale.ROOT)));
                            e.put("extendedInfo", JsonObject.builder().put("effectiveAllow", eff[0])
                                    .put("effectiveDeny", eff[1]).put("inheritedAllow", eff[0] & ~a.allow())
                                    .put("inheritedDeny", eff[1] & ~a.deny()).build());
                        }
                        aces.put(a.descriptor(), e.build());
                    });
            return (JsonValue) JsonObject.builder().put("inheritPermissions", acl.inherit()).put("token", acl.token())
                    .put("acesDictionary", aces.build()).build();
        }).toList();
        return Reply.json(Wire.envelope(acls));
    }

    private Reply setLists(Call call) {
        Namespace ns = SecurityStore.namespace(call.var("namespaceId"));
        JsonValue body = call.json();
        JsonArray value = body instanceof JsonObject o && o.get("value") instanceof JsonArray a ? a
                : body instanceof JsonArray a ? a : null;
        if (value == null) {
            throw AdoError.missingArgument("value");
        }
        var acls = new ArrayList<SecurityStore.Acl>();
        for (JsonValue v : value.values()) {
            JsonObject acl = (JsonObject) v;
            String token = SecurityStore.checkToken(ns, acl.string("token").orElse(null));
            var aces = new TreeMap<String, SecurityStore.Ace>(String.CASE_INSENSITIVE_ORDER);
            if (acl.get("acesDictionary") instanceof JsonObject dict) {
                dict.members().values().forEach(e -> {
                    SecurityStore.Ace ace = ace(ns, (JsonObject) e);
                    aces.put(ace.descriptor(), ace);
                });
            }
            boolean inherit = !(acl.get("inheritPermissions") instanceof JsonBoolean b) || b.value();
            acls.add(new SecurityStore.Acl(token, inherit, aces));
        }
        store.set(ns, acls);
        return Reply.json(204, ado.core.json.JsonNull.INSTANCE);
    }

    private Reply removeLists(Call call) {
        Namespace ns = SecurityStore.namespace(call.var("namespaceId"));
        String tokens = call.query("tokens").orElseThrow(() -> AdoError.missingArgument("tokens"));
        List<String> list = Arrays.stream(tokens.split(",")).map(t -> SecurityStore.checkToken(ns, t)).toList();
        return Reply.json(JsonBoolean.of(store.remove(ns, list, call.flag("recurse"))));
    }

    private Reply setEntries(Call call) {
        Namespace ns = SecurityStore.namespace(call.var("namespaceId"));
        JsonObject body = (JsonObject) call.json();
        String token = SecurityStore.checkToken(ns, body.string("token").orElse(null));
        if (!(body.get("accessControlEntries") instanceof JsonArray entries) || entries.size() == 0) {
            throw AdoError.missingArgument("accessControlEntries");
        }
        boolean merge = body.get("merge") instanceof JsonBoolean b && b.value();
        List<SecurityStore.Ace> aces = entries.values().stream().map(e -> ace(ns, (JsonObject) e)).toList();
        List<JsonValue> out = store.setEntries(ns, token, aces, merge).stream().map(a -> (JsonValue) JsonObject
                .builder().put("descriptor", a.descriptor()).put("allow", a.allow()).put("deny", a.deny()).build())
                .toList();
        return Reply.json(Wire.envelope(out));
    }

    private Reply removeEntries(Call call) {
        Namespace ns = SecurityStore.namespace(call.var("namespaceId"));
        String token = SecurityStore.checkToken(ns, call.query("token").orElse(null));
        String descriptors = call.query("descriptors").orElseThrow(() -> AdoError.missingArgument("descriptors"));
        return Reply.json(JsonBoolean.of(store.removeEntries(ns, token, List.of(descriptors.split(",")))));
    }

    private SecurityStore.Ace ace(Namespace ns, JsonObject e) {
        String descriptor = e.string("descriptor").orElseThrow(() -> AdoError.missingArgument("descriptor"));
        if (directory.byIdentityDescriptor(descriptor).isEmpty()) {
            throw new AdoError(400, "IdentityNotFoundException", "Microsoft.VisualStudio.Services.Identity",
                    "VS403325: The identity descriptor '" + descriptor + "' could not be resolved.");
        }
        return new SecurityStore.Ace(descriptor, SecurityStore.checkBits(ns, bits(e, "allow")),
                SecurityStore.checkBits(ns, bits(e, "deny")));
    }

    private static long bits(JsonObject e, String name) {
        JsonValue v = e.get(name);
        if (v == null) {
            return 0;
        }
        if (!(v instanceof JsonNumber n)) {
            throw AdoError.badRequest("The value of " + name + " must be a number.");
        }
        try {
            return Long.parseLong(n.toJson());
        } catch (NumberFormatException ex) {
            throw AdoError.badRequest("The value of " + name + " must be an integer: " + n.toJson());
        }
    }

    private Set<String> caller() {
        Subject me = directory.subject(org.me().descriptor()).orElseThrow();
        return directory.identityDescriptorsOf(me);
    }

    private Reply has(Call call) {
        Namespace ns = SecurityStore.namespace(call.var("namespaceId"));
        long bits;
        try {
            bits = Long.parseLong(call.var("permissions"));
        } catch (NumberFormatException e) {
            throw AdoError.badRequest("The permissions '" + call.var("permissions") + "' are not a number.");
        }
        SecurityStore.checkBits(ns, bits);
        String delimiter = call.query("delimiter").orElse(",");
        String tokens = call.query("tokens").orElseThrow(() -> AdoError.missingArgument("tokens"));
        Set<String> me = caller();
        List<JsonValue> out = Arrays.stream(tokens.split(java.util.regex.Pattern.quote(delimiter)))
                .map(t -> (JsonValue) JsonBoolean.of(store.has(ns, SecurityStore.checkToken(ns, t), me, bits)))
                .toList();
        return Reply.json(Wire.envelope(out));
    }

    private Reply evaluate(Call call) {
        JsonObject body = (JsonObject) call.json();
        if (!(body.get("evaluations") instanceof JsonArray evaluations)) {
            throw AdoError.missingArgument("evaluations");
        }
        Set<String> me = caller();
        var out = new ArrayList<JsonValue>();
        for (JsonValue v : evaluations.values()) {
            JsonObject e = (JsonObject) v;
            Namespace ns = SecurityStore.namespace(e.string("securityNamespaceId").orElse(""));
            String token = SecurityStore.checkToken(ns, e.string("token").orElse(null));
            long bits = SecurityStore.checkBits(ns, bits(e, "permissions"));
            out.add(e.toBuilder().put("value", store.has(ns, token, me, bits)).build());
        }
        return Reply.json(body.toBuilder().put("evaluations", new JsonArray(out)).build());
    }

    private static JsonObject namespace(Namespace n) {
        List<JsonValue> actions = n.actions().entrySet().stream().map((Map.Entry<String, Long> a) -> (JsonValue)
                JsonObject.builder().put("bit", a.getValue()).put("name", a.getKey())
                        .put("displayName", a.getKey()).put("namespaceId", n.id().toString()).build()).toList();
        var b = JsonObject.builder().put("namespaceId", n.id().toString()).put("name", n.name())
                .put("displayName", n.displayName());
        b.put("separatorValue", n.separator() == null ? "\u0000" : n.separator());
        return b.put("elementLength", -1).put("writePermission", n.writePermission())
                .put("readPermission", n.readPermission()).put("dataspaceCategory", "Default")
                .put("actions", new JsonArray(actions)).put("structureValue", n.separator() == null ? 0 : 1)
                .put("isRemotable", false).put("systemBitMask", 0).build();
    }
}
