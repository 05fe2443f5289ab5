package ado.model.wit;

import ado.core.json.JsonBoolean;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.model.IdentityRef;
import ado.model.JsonPatchOperation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds the JSON Patch document of a work item create or update, writing each value the way Azure DevOps takes it:
 *
 * <ul>
 *   <li>{@link String}: as is (strings, HTML, identities by display name or {@code "Name <email>"}); for the area
 *       and iteration path fields {@code /} becomes {@code \}</li>
 *   <li>{@link Integer}, {@link Long}, {@link Short}, {@link Byte}, {@link BigInteger}: an integer;
 *       {@link Double}, {@link Float}, {@link BigDecimal}: a number</li>
 *   <li>{@link Boolean}: {@code true}/{@code false}</li>
 *   <li>{@link Instant}, {@link OffsetDateTime}, {@link ZonedDateTime}: an ISO-8601 UTC time;
 *       {@link LocalDate}: midnight UTC of that day</li>
 *   <li>{@link IdentityRef}: an identity object ({@code id}, {@code displayName}, {@code uniqueName},
 *       {@code descriptor}); {@link UUID}: its text</li>
 *   <li>a {@link Collection} for {@code System.Tags}: the tags joined with {@code "; "}</li>
 *   <li>a {@link JsonValue}: as is; {@code null}: a {@code remove} of the field</li>
 * </ul>
 *
 * <pre>{@code
 * List<JsonPatchOperation> patch = WorkItemPatch.builder()
 *         .testRev(3)
 *         .fields(Map.of(WorkItemFieldName.TITLE, "Fix login", "Microsoft.VSTS.Common.Priority", 1))
 *         .build();
 * }</pre>
 */
public final class WorkItemPatch {

    private final List<JsonPatchOperation> operations = new ArrayList<>();

    private WorkItemPatch() {
    }

    /** {@return an empty patch builder} */
    public static WorkItemPatch builder() {
        return new WorkItemPatch();
    }

    /**
     * {@return the operations that set {@code fields}, in the map's order}
     *
     * @param fields the values by field: keys {@link WorkItemFieldName} or reference-name strings, values as the
     *               class comment lists; a {@code null} value removes the field
     * @throws NullPointerException     if {@code fields} is null
     * @throws IllegalArgumentException if a key is not a field name or a value has no wire form
     */
    public static List<JsonPatchOperation> of(Map<?, ?> fields) {
        return builder().fields(fields).build();
    }

    /**
     * Adds a {@code test} that the work item is still at revision {@code rev} (optimistic concurrency).
     *
     * @param rev the revision the caller read ({@link WorkItem#rev()})
     * @return this builder
     * @throws IllegalArgumentException if {@code rev} is not positive
     */
    public WorkItemPatch testRev(int rev) {
        operations.add(JsonPatchOperation.test("/rev", JsonNumber.of(ado.model.internal.Copies.positive(rev, "rev"))));
        return this;
    }

    /**
     * Sets every entry of {@code fields}, in the map's order.
     *
     * @param fields the values by field: keys {@link WorkItemFieldName} or reference-name strings; a
     *               {@code null} value removes the field
     * @return this builder
     * @throws NullPointerException     if {@code fields} is null
     * @throws IllegalArgumentException if a key is not a field name or a value has no wire form
     */
    public WorkItemPatch fields(Map<?, ?> fields) {
        Objects.requireNonNull(fields, "fields == null");
        fields.forEach((k, v) -> set(fieldName(k), v));
        return this;
    }

    /**
     * Sets {@code field} to {@code value} ({@code null} removes it).
     *
     * @param field the field
     * @param value the value, of a type the class comment lists, or {@code null}
     * @return this builder
     * @throws NullPointerException     if {@code field} is null
     * @throws IllegalArgumentException if the value's type has no wire form
     */
    public WorkItemPatch set(WorkItemFieldName field, Object value) {
        Objects.requireNonNull(field, "field == null");
        operations.add(value == null ? JsonPatchOperation.remove(field.patchPath())
                : JsonPatchOperation.add(field.patchPath(), wireValue(field, value)));
        return this;
    }

    /**
     * Removes {@code field}'s value.
     *
     * @param field the field
     * @return this builder
     * @throws NullPointerException if {@code field} is null
     */
    public WorkItemPatch remove(WorkItemFieldName field) {
        return set(field, null);
    }

    /**
     * Adds {@code relation} (an {@code add} at {@code /relations/-}).
     *
     * @param relation the relation, such as {@link WorkItemLinks} makes
     * @return this builder
     * @throws NullPointerException if {@code relation} is null
     */
    public WorkItemPatch addRelation(WorkItemRelation relation) {
        Objects.requireNonNull(relation, "relation == null");
        var b = JsonObject.builder().put("rel", relation.rel()).put("url", relation.url());
        if (!relation.attributes().members().isEmpty()) {
            b.put("attributes", relation.attributes());
        }
        operations.add(JsonPatchOperation.add("/relations/-", b.build()));
        return this;
    }

    /**
     * Removes the relation at {@code index} of the work item's {@code relations}.
     *
     * @param index the position in {@link WorkItem#relations()}, from 0
     * @return this builder
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public WorkItemPatch removeRelation(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        operations.add(JsonPatchOperation.remove("/relations/" + index));
        return this;
    }

    /**
     * Adds {@code operation} as is.
     *
     * @param operation the operation
     * @return this builder
     * @throws NullPointerException if {@code operation} is null
     */
    public WorkItemPatch operation(JsonPatchOperation operation) {
        operations.add(Objects.requireNonNull(operation, "operation == null"));
        return this;
    }

    /** {@return the operations, in the order added} */
    public List<JsonPatchOperation> build() {
        return List.copyOf(operations);
    }

    /**
     * {@return a map key as a field name}
     *
     * @param key a {@link WorkItemFieldName} or a reference-name string
     * @throws NullPointerException     if {@code key} is null
     * @throws IllegalArgumentException if {@code key} is of another type or not a reference name
     */
    public static WorkItemFieldName fieldName(Object key) {
        if (key instanceof WorkItemFieldName f) {
            return f;
        }
        if (key instanceof String s) {
            return WorkItemFieldName.of(s);
        }
        throw new IllegalArgumentException("field keys must be WorkItemFieldName or String: " + key);
    }

    /**
     * {@return {@code value} as Azure DevOps takes it for {@code field}}
     *
     * @param field the field, which decides how a path value or tags are written
     * @param value the value
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the value's type has no wire form
     */
    public static JsonValue wireValue(WorkItemFieldName field, Object value) {
        Objects.requireNonNull(field, "field == null");
        Objects.requireNonNull(value, () -> "value of " + field + " == null");
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof String s) {
            return JsonString.of(field.isTreePath() ? s.replace('/', '\\') : s);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return JsonNumber.of(((Number) value).longValue());
        }
        if (value instanceof BigInteger i) {
            return JsonNumber.of(new BigDecimal(i));
        }
        if (value instanceof BigDecimal d) {
            return JsonNumber.of(d);
        }
        if (value instanceof Double || value instanceof Float) {
            return JsonNumber.of(((Number) value).doubleValue());
        }
        if (value instanceof Boolean b) {
            return JsonBoolean.of(b);
        }
        if (value instanceof Instant t) {
            return JsonString.of(t.toString());
        }
        if (value instanceof OffsetDateTime t) {
            return JsonString.of(t.toInstant().toString());
        }
        if (value instanceof ZonedDateTime t) {
            return JsonString.of(t.toInstant().toString());
        }
        if (value instanceof LocalDate d) {
            return JsonString.of(d.atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        }
        if (value instanceof UUID u) {
            return JsonString.of(u.toString());
        }
        if (value instanceof IdentityRef ref) {
            var b = JsonObject.builder();
            if (ref.id() != null) {
                b.put("id", ref.id().toString());
            }
            if (ref.displayName() != null) {
                b.put("displayName", ref.displayName());
            }
            if (ref.uniqueName() != null) {
                b.put("uniqueName", ref.uniqueName());
            }
            if (ref.descriptor() != null) {
                b.put("descriptor", ref.descriptor());
            }
            return b.build();
        }
        if (value instanceof Collection<?> c && field.equals(WorkItemFieldName.TAGS)) {
            return JsonString.of(c.stream().map(String::valueOf).map(String::strip).filter(t -> !t.isEmpty())
                    .collect(Collectors.joining("; ")));
        }
        throw new IllegalArgumentException("value of " + field + " has no wire form: " + value.getClass().getName());
    }
}
