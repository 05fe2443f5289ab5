package ado.emulator.internal.library;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The project references of an organisation-level document shared into projects (variable groups'
 * {@code variableGroupProjectReferences}, service endpoints' {@code serviceEndpointProjectReferences}): reading,
 * checking, sharing into more projects and removing from some.
 */
final class ProjectShares {

    private final OrgStore org;
    private final String field;

    ProjectShares(OrgStore org, String field) {
        this.org = org;
        this.field = field;
    }

    /** {@return the references of a request body, checked and completed; 400/404 naming the member otherwise} */
    List<JsonObject> read(JsonValue array, String name) {
        List<JsonObject> refs = new ArrayList<>();
        for (JsonValue v : Docs.array(array, field)) {
            refs.add(reference(Docs.object(v, field), name));
        }
        if (refs.isEmpty()) {
            throw AdoError.badRequest("The resource must be shared with at least one project: " + field
                    + " is empty.");
        }
        return refs;
    }

    /** {@return one reference with {@code projectReference} resolved to an existing project and a name} */
    JsonObject reference(JsonObject ref, String name) {
        JsonObject pr = Docs.optionalObject(ref, "projectReference")
                .orElseThrow(() -> AdoError.missingArgument(field + ".projectReference"));
        String id = Docs.required(pr, "id", field + ".projectReference.id");
        Project p = org.project(Docs.uuid(id, field + ".projectReference.id").toString());
        var b = ref.toBuilder().put("projectReference", projectRef(p));
        if (Docs.absent(ref, "name")) {
            b.put("name", name);
        }
        return b.build();
    }

    static JsonObject projectRef(Project p) {
        return JsonObject.builder().put("id", p.id().toString()).put("name", p.name()).build();
    }

    /** {@return the references stored in {@code doc}} */
    List<JsonObject> of(JsonObject doc) {
        return doc.get(field) instanceof JsonArray a ? a.values().stream().map(JsonObject.class::cast).toList()
                : List.of();
    }

    /** {@return the ids of the projects {@code doc} is shared into} */
    List<UUID> projects(JsonObject doc) {
        return of(doc).stream().map(ProjectShares::projectOf).toList();
    }

    /** {@return {@code doc} with {@code refs} and {@code isShared}} */
    JsonObject with(JsonObject doc, List<JsonObject> refs) {
        return doc.toBuilder().put(field, new JsonArray(List.copyOf(refs))).put("isShared", refs.size() > 1).build();
    }

    /** {@return {@code doc} also shared into the projects of {@code added} (replacing a project's old reference)} */
    JsonObject share(JsonObject doc, List<JsonValue> added, String name) {
        List<JsonObject> refs = new ArrayList<>(of(doc));
        for (JsonValue v : added) {
            JsonObject ref = reference(Docs.object(v, field), name);
            refs.removeIf(r -> projectOf(r).equals(projectOf(ref)));
            refs.add(ref);
        }
        return with(doc, refs);
    }

    /** {@return the references of {@code doc} left after removing {@code projectIds}} */
    List<JsonObject> without(JsonObject doc, List<UUID> projectIds) {
        List<JsonObject> refs = new ArrayList<>(of(doc));
        refs.removeIf(r -> projectIds.contains(projectOf(r)));
        return refs;
    }

    static UUID projectOf(JsonObject ref) {
        return UUID.fromString(((JsonObject) ref.get("projectReference")).string("id").orElseThrow());
    }
}
