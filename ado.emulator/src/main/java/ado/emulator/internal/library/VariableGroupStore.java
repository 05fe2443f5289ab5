package ado.emulator.internal.library;

import ado.core.json.JsonBoolean;
import ado.core.json.JsonNull;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.WireValues;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Variable groups of the organisation, as stored documents: secret values included, every member a client sent
 * kept. Ids are unique in the organisation; a group is visible in the projects its
 * {@code variableGroupProjectReferences} name. An update replaces the document, except that a secret sent without
 * a value keeps the stored value, as Azure DevOps does. Thread-safe.
 */
public final class VariableGroupStore {

    private final OrgStore org;
    private final Clock clock;
    private static final String FIELD = "variableGroupProjectReferences";
    private final ProjectShares shares;
    private final TreeMap<Integer, JsonObject> groups = new TreeMap<>();
    private int nextId = 1;

    /** Creates an empty store. */
    public VariableGroupStore(OrgStore org, Clock clock) {
        this.org = org;
        this.clock = clock;
        this.shares = new ProjectShares(org, FIELD);
    }

    /** {@return the stored document of group {@code id}, secrets included} */
    public synchronized Optional<JsonObject> document(int id) {
        return Optional.ofNullable(groups.get(id));
    }

    /** {@return the stored documents of the groups shared into {@code project}, by ascending id} */
    public synchronized List<JsonObject> inProject(Project project) {
        return groups.values().stream().filter(g -> shares.projects(g).contains(project.id())).toList();
    }

    /** {@return group {@code id} if it is shared into {@code project}; 404 otherwise} */
    public synchronized JsonObject get(Project project, int id) {
        JsonObject g = groups.get(id);
        if (g == null || !shares.projects(g).contains(project.id())) {
            throw LibraryErrors.variableGroupNotFound(id);
        }
        return g;
    }

    /**
     * Creates a group from {@code body} ({@code VariableGroupParameters}); {@code urlProject}, when the request
     * came to the older project-level URL, is the project to share into if the body names none.
     */
    public synchronized JsonObject create(JsonObject body, Project urlProject) {
        String name = Docs.required(body, "name", "variableGroupParameters.Name");
        checkProvider(body);
        List<JsonObject> refs = references(body, urlProject, name);
        checkUniqueName(name, refs, 0);
        int id = nextId++;
        var doc = body.toBuilder().put("id", id);
        if (Docs.absent(body, "type")) {
            doc.put("type", "Vsts");
        }
        String now = Docs.time(clock.instant());
        JsonObject me = Docs.who(org.me().id());
        doc.put("variables", variables(body, null))
                .put("createdBy", me).put("createdOn", now).put("modifiedBy", me).put("modifiedOn", now);
        JsonObject stored = shares.with(doc.build(), refs);
        groups.put(id, stored);
        return stored;
    }

    /** Replaces group {@code id} with {@code body}, keeping stored secrets the body sends without a value. */
    public synchronized JsonObject update(int id, JsonObject body, Project urlProject) {
        JsonObject old = groups.get(id);
        if (old == null || (urlProject != null && !shares.projects(old).contains(urlProject.id()))) {
            throw LibraryErrors.variableGroupNotFound(id);
        }
        String name = Docs.required(body, "name", "variableGroupParameters.Name");
        checkProvider(body);
        List<JsonObject> refs = !Docs.absent(body, FIELD) || urlProject == null
                ? references(body, urlProject, name) : shares.of(old);
        checkUniqueName(name, refs, id);
        var doc = body.toBuilder().put("id", id);
        if (Docs.absent(body, "type")) {
            doc.put("type", old.get("type"));
        }
        doc.put("variables", variables(body, (JsonObject) old.get("variables")))
                .put("createdBy", old.get("createdBy")).put("createdOn", old.get("createdOn"))
                .put("modifiedBy", Docs.who(org.me().id())).put("modifiedOn", Docs.time(clock.instant()));
        JsonObject stored = shares.with(doc.build(), refs);
        groups.put(id, stored);
        return stored;
    }

    /** Adds the projects of {@code references} to group {@code id}. */
    public synchronized void share(int id, List<JsonValue> references) {
        JsonObject old = groups.get(id);
        if (old == null) {
            throw LibraryErrors.variableGroupNotFound(id);
        }
        groups.put(id, shares.share(old, references, Docs.string(old, "name").orElseThrow()));
    }

    /** Removes group {@code id} from {@code projectIds}; deletes it when no project is left. */
    public synchronized void delete(int id, List<UUID> projectIds) {
        JsonObject old = groups.get(id);
        if (old == null || shares.projects(old).stream().noneMatch(projectIds::contains)) {
            throw LibraryErrors.variableGroupNotFound(id);
        }
        List<JsonObject> left = shares.without(old, projectIds);
        if (left.isEmpty()) {
            groups.remove(id);
        } else {
            groups.put(id, shares.with(old, left));
        }
    }

    // ---- checks ----------------------------------------------------------------------------------------------

    /** A Key Vault-linked group ({@code AzureKeyVault}) needs providerData with its service connection and vault. */
    private static void checkProvider(JsonObject body) {
        if (!Docs.string(body, "type").orElse("Vsts").equalsIgnoreCase("AzureKeyVault")) {
            return;
        }
        if (!(body.get("providerData") instanceof JsonObject data)) {
            throw AdoError.badRequest("An AzureKeyVault variable group needs providerData.");
        }
        String endpoint = Docs.string(data, "serviceEndpointId").orElse("");
        try {
            java.util.UUID.fromString(endpoint);
        } catch (IllegalArgumentException e) {
            throw AdoError.badRequest("The value '" + endpoint + "' of providerData.serviceEndpointId is not a valid"
                    + " identifier.");
        }
        if (Docs.string(data, "vault").map(String::isBlank).orElse(true)) {
            throw AdoError.badRequest("An AzureKeyVault variable group needs providerData.vault.");
        }
    }

    private List<JsonObject> references(JsonObject body, Project urlProject, String name) {
        if (!Docs.absent(body, FIELD)) {
            return shares.read(body.get(FIELD), name);
        }
        if (urlProject == null) {
            throw AdoError.missingArgument("variableGroupParameters.VariableGroupProjectReferences");
        }
        return List.of(JsonObject.builder().put("projectReference", ProjectShares.projectRef(urlProject))
                .put("name", name).put("description", body.get("description") == null ? JsonNull.INSTANCE
                        : body.get("description")).build());
    }

    private void checkUniqueName(String name, List<JsonObject> refs, int self) {
        for (JsonObject ref : refs) {
            UUID project = ProjectShares.projectOf(ref);
            for (JsonObject g : groups.values()) {
                if (Docs.number(g, "id").orElse(0L) != self && shares.projects(g).contains(project)
                        && Docs.string(g, "name").orElse("").equalsIgnoreCase(name)) {
                    throw LibraryErrors.variableGroupExists(name);
                }
            }
        }
    }

    /** The variables of {@code body}, each an object; a secret without a value keeps {@code old}'s value. */
    private static JsonObject variables(JsonObject body, JsonObject old) {
        if (Docs.absent(body, "variables")) {
            return JsonObject.EMPTY;
        }
        var out = JsonObject.builder();
        Docs.object(body.get("variables"), "variables").members().forEach((name, v) -> {
            if (name.isBlank()) {
                throw AdoError.badRequest("Variable names must not be empty: variables['" + name + "'].");
            }
            JsonObject var = WireValues.booleans(Docs.object(v, "variables['" + name + "']"), "isSecret",
                    "isReadOnly");
            boolean secret = var.get("isSecret") == JsonBoolean.TRUE;
            if (secret && Docs.absent(var, "value") && old != null && old.get(name) instanceof JsonObject stored
                    && stored.get("isSecret") == JsonBoolean.TRUE && stored.get("value") instanceof JsonString kept) {
                var = var.toBuilder().put("value", kept).build();
            }
            out.put(name, var);
        });
        return out.build();
    }
}
