package ado.emulator.internal.library;

import ado.core.json.JsonArray;
import ado.core.json.JsonNull;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Service endpoints of the organisation as stored documents, secret authorization parameters included. Reads
 * ({@link #render}) null every parameter that is not known to be public; an update that sends a parameter as
 * {@code null} keeps the stored value. Thread-safe.
 */
public final class ServiceEndpointStore {

    /** Authorization parameters Azure DevOps returns; every other parameter is treated as secret. */
    private static final Set<String> PUBLIC = Set.of("username", "tenantid", "serviceprincipalid",
            "authenticationtype", "scope", "serviceprincipalcertificatepath", "workloadidentityfederationissuer",
            "workloadidentityfederationsubject", "azurespnroleassignmentid", "azurespnpermissions");

    private final OrgStore org;
    private static final String FIELD = "serviceEndpointProjectReferences";
    private final ProjectShares shares;
    private final Map<UUID, JsonObject> endpoints = new LinkedHashMap<>();
    private int created;

    /** Creates an empty store. */
    public ServiceEndpointStore(OrgStore org) {
        this.org = org;
        this.shares = new ProjectShares(org, FIELD);
    }

    /** {@return the stored document of endpoint {@code id}, secrets included, or null} */
    public synchronized JsonObject document(UUID id) {
        return endpoints.get(id);
    }

    /** {@return the endpoints shared into {@code project}} */
    public synchronized List<JsonObject> inProject(Project project) {
        return endpoints.values().stream().filter(e -> shares.projects(e).contains(project.id())).toList();
    }

    /** {@return endpoint {@code id} if shared into {@code project}; 404 otherwise} */
    public synchronized JsonObject get(Project project, UUID id) {
        JsonObject e = endpoints.get(id);
        if (e == null || !shares.projects(e).contains(project.id())) {
            throw LibraryErrors.endpointNotFound(id.toString());
        }
        return e;
    }

    /** Creates an endpoint from {@code body}; ids are derived from a counter, so they are the same in every run. */
    public synchronized JsonObject create(JsonObject body) {
        UUID id = org.idFor("serviceendpoint", Integer.toString(++created));
        String name = Docs.required(body, "name", "endpoint.Name");
        Docs.required(body, "type", "endpoint.Type");
        List<JsonObject> refs = references(body, name);
        checkUnique(name, refs, null);
        JsonObject stored = body.toBuilder().put("id", id.toString()).put("isReady", true)
                .put("owner", Docs.string(body, "owner").orElse("library"))
                .put("createdBy", Docs.who(org.me().id())).build();
        stored = shares.with(stored, refs);
        endpoints.put(id, stored);
        return stored;
    }

    /** Replaces endpoint {@code id}; parameters sent as null keep their stored values. */
    public synchronized JsonObject update(UUID id, JsonObject body) {
        JsonObject old = endpoints.get(id);
        if (old == null) {
            throw LibraryErrors.endpointNotFound(id.toString());
        }
        String name = Docs.required(body, "name", "endpoint.Name");
        List<JsonObject> refs = Docs.absent(body, FIELD) ? shares.of(old) : references(body, name);
        checkUnique(name, refs, id);
        var b = body.toBuilder().put("id", id.toString()).put("createdBy", old.get("createdBy"))
                .put("isReady", true);
        if (body.get("authorization") instanceof JsonObject auth && old.get("authorization") instanceof JsonObject was
                && auth.get("parameters") instanceof JsonObject params
                && was.get("parameters") instanceof JsonObject stored) {
            var merged = params.toBuilder();
            params.members().forEach((k, v) -> {
                if (v instanceof JsonNull && stored.has(k)) {
                    merged.put(k, stored.get(k));
                }
            });
            b.put("authorization", auth.toBuilder().put("parameters", merged.build()).build());
        }
        JsonObject stored = shares.with(b.build(), refs);
        endpoints.put(id, stored);
        return stored;
    }

    /** Shares endpoint {@code id} into the projects of {@code references}. */
    public synchronized void share(UUID id, List<JsonValue> references) {
        JsonObject old = endpoints.get(id);
        if (old == null) {
            throw LibraryErrors.endpointNotFound(id.toString());
        }
        endpoints.put(id, shares.share(old, references, Docs.string(old, "name").orElseThrow()));
    }

    /** Removes endpoint {@code id} from {@code projectIds}; deletes it when no project is left. */
    public synchronized void delete(UUID id, List<UUID> projectIds) {
        JsonObject old = endpoints.get(id);
        if (old == null || shares.projects(old).stream().noneMatch(projectIds::contains)) {
            throw LibraryErrors.endpointNotFound(id.toString());
        }
        List<JsonObject> left = shares.without(old, projectIds);
        if (left.isEmpty()) {
            endpoints.remove(id);
        } else {
            endpoints.put(id, shares.with(old, left));
        }
    }

    /** {@return {@code doc} as a read returns it: secret authorization parameters null} */
    public static JsonObject withoutSecrets(JsonObject doc) {
        if (!(doc.get("authorization") instanceof JsonObject auth
                && auth.get("parameters") instanceof JsonObject params)) {
            return doc;
        }
        var hidden = JsonObject.builder();
        params.members().forEach((k, v) -> hidden.put(k, PUBLIC.contains(k.toLowerCase(Locale.ROOT)) ? v
                : JsonNull.INSTANCE));
        return doc.toBuilder().put("authorization", auth.toBuilder().put("parameters", hidden.build()).build())
                .build();
    }

    private List<JsonObject> references(JsonObject body, String name) {
        if (Docs.absent(body, FIELD)) {
            throw AdoError.missingArgument("endpoint.ServiceEndpointProjectReferences");
        }
        return shares.read(body.get(FIELD), name);
    }

    private void checkUnique(String name, List<JsonObject> refs, UUID self) {
        for (JsonObject ref : refs) {
            for (var e : endpoints.entrySet()) {
                if (!e.getKey().equals(self) && shares.projects(e.getValue()).contains(ProjectShares.projectOf(ref))
                        && Docs.string(e.getValue(), "name").orElse("").equalsIgnoreCase(name)) {
                    throw LibraryErrors.endpointExists(name);
                }
            }
        }
    }
}
