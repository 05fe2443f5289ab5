package ado.emulator.internal.library;

import ado.core.json.JsonArray;
import ado.core.json.JsonBoolean;
import ado.core.json.JsonNull;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.wire.Wire;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Writes the library's stored documents as ADO returns them: identities expanded, secrets hidden. */
final class LibraryWire {

    private static final Set<String> IDENTITIES = Set.of("createdBy", "modifiedBy", "lastModifiedBy",
            "authorizedBy");

    private final Wire wire;

    private LibraryWire(Wire wire) {
        this.wire = wire;
    }

    static LibraryWire of(Call call, OrgStore org) {
        return new LibraryWire(Wire.of(call, org));
    }

    /** {@return {@code doc} with every {@code {id}} identity reference expanded to an IdentityRef, at any depth} */
    JsonValue expand(JsonValue v) {
        if (v instanceof JsonArray a) {
            return new JsonArray(a.values().stream().map(this::expand).toList());
        }
        if (!(v instanceof JsonObject o)) {
            return v;
        }
        var b = JsonObject.builder();
        o.members().forEach((k, child) -> b.put(k, IDENTITIES.contains(k) && child instanceof JsonObject ref
                && ref.members().size() == 1 && ref.string("id").isPresent()
                ? wire.identity(UUID.fromString(ref.string("id").orElseThrow())) : expand(child)));
        return b.build();
    }

    /** {@return {@code doc} expanded, as a JSON object} */
    JsonObject object(JsonObject doc) {
        return (JsonObject) expand(doc);
    }

    /** {@return a variable group as a read returns it: every secret's value {@code null}} */
    JsonObject variableGroup(JsonObject doc) {
        var vars = JsonObject.builder();
        if (doc.get("variables") instanceof JsonObject all) {
            all.members().forEach((name, v) -> vars.put(name, v instanceof JsonObject var
                    && var.get("isSecret") == JsonBoolean.TRUE ? var.toBuilder().put("value", JsonNull.INSTANCE)
                    .build() : v));
        }
        return object(doc.toBuilder().put("variables", vars.build()).build());
    }


    /** {@return {@code {"count", "value"}} of {@code docs} written by {@code writer}} */
    static JsonObject envelope(List<JsonObject> docs, java.util.function.Function<JsonObject, JsonObject> writer) {
        return Wire.envelope(docs.stream().map(d -> (JsonValue) writer.apply(d)).toList());
    }
}
