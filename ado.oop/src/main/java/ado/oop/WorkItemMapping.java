package ado.oop;

import ado.core.error.AdoJsonException;
import ado.core.json.JsonBoolean;
import ado.core.json.JsonCodec;
import ado.core.json.JsonNull;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import ado.model.IdentityRef;
import ado.model.wit.WorkItemFieldName;
import ado.model.wit.WorkItemPatch;
import ado.model.wit.WorkItemTags;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * How one record class annotated with {@link Field} maps to work item fields: checked once when first asked for and
 * cached per class ({@link ClassValue}, so thread-safe and without holding the class's loader). Reads a work item's
 * field map into the record, and writes the record (or what changed between two copies) as field values for
 * {@link WorkItemPatch}.
 */
final class WorkItemMapping<R extends Record> {

    private static final ClassValue<WorkItemMapping<?>> MAPPINGS = new ClassValue<>() {
        @Override
        protected WorkItemMapping<?> computeValue(Class<?> type) {
            return new WorkItemMapping<>(type);
        }
    };

    private static final String SUPPORTED = "String, int, Integer, long, Long, double, Double, boolean, Boolean, "
            + "Instant, UUID, IdentityRef, JsonValue, Optional of one of the non-primitive ones, or List<String> for "
            + "System.Tags";

    /** The Java side of a component. */
    enum Kind { STRING, INT, LONG, DOUBLE, BOOLEAN, INSTANT, GUID, IDENTITY, JSON, TAGS }

    private static final Map<Class<?>, Kind> SCALARS = Map.ofEntries(
            Map.entry(String.class, Kind.STRING),
            Map.entry(int.class, Kind.INT), Map.entry(Integer.class, Kind.INT),
            Map.entry(long.class, Kind.LONG), Map.entry(Long.class, Kind.LONG),
            Map.entry(double.class, Kind.DOUBLE), Map.entry(Double.class, Kind.DOUBLE),
            Map.entry(boolean.class, Kind.BOOLEAN), Map.entry(Boolean.class, Kind.BOOLEAN),
            Map.entry(Instant.class, Kind.INSTANT), Map.entry(UUID.class, Kind.GUID),
            Map.entry(IdentityRef.class, Kind.IDENTITY), Map.entry(JsonValue.class, Kind.JSON));

    /**
     * One record component.
     *
     * @param name      the component's name
     * @param javaType  its declared type, as the source spells it (for messages)
     * @param field     the field it holds
     * @param kind      its Java type, without {@code Optional}
     * @param optional  whether it is an {@code Optional}
     * @param primitive whether it is a primitive (so needs a value)
     * @param accessor  its accessor
     */
    private record Slot(String name, String javaType, WorkItemFieldName field, Kind kind, boolean optional,
                        boolean primitive, Method accessor) {
    }

    private final Class<R> type;
    private final List<Slot> slots;
    private final List<WorkItemFieldName> fields;
    private final Constructor<R> constructor;

    @SuppressWarnings("unchecked")
    private WorkItemMapping(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record; typed work items are records whose "
                    + "components carry @ado.oop.Field");
        }
        this.type = (Class<R>) type;
        RecordComponent[] components = type.getRecordComponents();
        if (components.length == 0) {
            throw new IllegalArgumentException("record " + type.getName() + " has no components to map to fields");
        }
        var slots = new ArrayList<Slot>();
        var seen = new HashMap<WorkItemFieldName, String>();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            Slot slot = slot(components[i]);
            String other = seen.putIfAbsent(slot.field(), slot.name());
            if (other != null) {
                throw new IllegalArgumentException("record " + type.getName() + ": components " + other + " and "
                        + slot.name() + " both map field " + slot.field() + " (reference names ignore case)");
            }
            slots.add(slot);
            types[i] = components[i].getType();
        }
        this.slots = List.copyOf(slots);
        this.fields = slots.stream().map(Slot::field).toList();
        try {
            this.constructor = (Constructor<R>) type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record " + type.getName() + " has no canonical constructor", e);
        }
        boolean reachable = constructor.trySetAccessible();
        for (Slot s : slots) {
            reachable &= s.accessor().trySetAccessible();
        }
        if (!reachable) {
            throw new IllegalArgumentException(unreachable(type));
        }
    }

    /**
     * {@return the mapping of {@code type}, checked on first use and cached}
     *
     * @throws IllegalArgumentException naming the record and component, if {@code type} is not a record, a component
     *                                  has no {@link Field}, an unsupported type or the field of another component,
     *                                  or ado4j may not reach the record (module access)
     */
    @SuppressWarnings("unchecked")
    static <R extends Record> WorkItemMapping<R> of(Class<R> type) {
        Objects.requireNonNull(type, "type == null");
        return (WorkItemMapping<R>) MAPPINGS.get(type);
    }

    private Slot slot(RecordComponent c) {
        String where = "record " + c.getDeclaringRecord().getName() + ", component " + c.getName();
        Field annotation = c.getAnnotation(Field.class);
        if (annotation == null) {
            throw new IllegalArgumentException(where + ": has no @ado.oop.Field naming the work item field it holds");
        }
        WorkItemFieldName field;
        try {
            field = WorkItemFieldName.of(annotation.value());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": @Field(\"" + annotation.value() + "\") is not a reference "
                    + "name (dotted, such as System.Title)", e);
        }
        Type generic = c.getGenericType();
        String javaType = generic.getTypeName().replaceAll("[\\w$]+\\.", "");
        Kind kind = null;
        boolean optional = false;
        if (generic instanceof Class<?> raw) {
            kind = SCALARS.get(raw);
        } else if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> arg) {
            if (p.getRawType() == Optional.class && !arg.isPrimitive()) {
                kind = SCALARS.get(arg);
                optional = true;
            } else if (p.getRawType() == List.class && arg == String.class) {
                if (!field.equals(WorkItemFieldName.TAGS)) {
                    throw new IllegalArgumentException(where + " (" + javaType + ", field " + field + "): List<String> "
                            + "holds only System.Tags; declare String for other text fields");
                }
                kind = Kind.TAGS;
            }
        }
        if (kind == null) {
            throw new IllegalArgumentException(where + " (field " + field + ") has type " + javaType
                    + ", which ado4j cannot map to a work item field; use " + SUPPORTED);
        }
        if ((field.equals(WorkItemFieldName.ID) || field.equals(WorkItemFieldName.REV))
                && kind != Kind.INT && kind != Kind.LONG) {
            throw new IllegalArgumentException(where + " (field " + field + ") has type " + javaType
                    + "; the id and revision are int, Integer, long, Long or an Optional of them");
        }
        return new Slot(c.getName(), javaType, field, kind, optional, c.getType().isPrimitive(), c.getAccessor());
    }

    private static String unreachable(Class<?> type) {
        Module module = type.getModule();
        String pkg = type.getPackageName();
        Module self = WorkItemMapping.class.getModule();
        String to = self.isNamed() ? " to " + self.getName() : "";
        String reader = self.isNamed() ? self.getName() : "the unnamed module";
        boolean open = true;
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            open &= Modifier.isPublic(c.getModifiers());
        }
        String advice = "add `opens " + pkg + to + ";` to the module-info.java of module " + module.getName()
                + (open ? " (or `exports " + pkg + to + ";`, as the record is public)"
                        : " (or make the record public and add `exports " + pkg + to + ";`)");
        String problem = module.isExported(pkg, self)
                ? "it (or a class enclosing it) is not public and module " + module.getName()
                        + " does not open package " + pkg + to
                : "module " + module.getName() + " neither opens nor exports package " + pkg + to;
        return "ado4j (" + reader + ") cannot reach record " + type.getName() + ": " + problem + "; " + advice;
    }

    /** {@return the record class} */
    Class<R> type() {
        return type;
    }

    /** {@return the fields of the record's components, in their order} */
    List<WorkItemFieldName> fields() {
        return fields;
    }

    // ---- reading

    /**
     * {@return {@code item}'s fields as the record}
     *
     * @throws AdoJsonException naming the work item, field and component, if a primitive component's field has no
     *                          value or a value does not fit its component's type
     */
    R read(ado.model.wit.WorkItem item, JsonCodec codec) {
        Object[] args = new Object[slots.size()];
        for (int i = 0; i < args.length; i++) {
            Slot s = slots.get(i);
            JsonValue v = value(item, s.field());
            Object javaValue = v == null ? null : convert(s, v, item.id(), codec);
            if (javaValue == null && s.primitive()) {
                throw new AdoJsonException("work item " + item.id() + " has no value for " + s.field() + ", which "
                        + describe(s) + " requires; declare it " + boxed(s) + " or Optional<" + boxed(s)
                        + "> if it may be empty", "fields." + s.field(), -1, -1, null);
            }
            args[i] = s.optional() ? Optional.ofNullable(javaValue)
                    : s.kind() == Kind.TAGS && javaValue == null ? List.of() : javaValue;
        }
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("the constructor of " + type.getName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    /** {@return the value of {@code field}, ignoring case; id and rev from the top level when not among them} */
    private static JsonValue value(ado.model.wit.WorkItem item, WorkItemFieldName field) {
        JsonObject fields = item.fields();
        JsonValue v = fields.get(field.referenceName());
        if (v == null) {
            v = fields.members().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(field.referenceName()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        if (v == null || v instanceof JsonNull) {
            if (field.equals(WorkItemFieldName.ID)) {
                return JsonNumber.of(item.id());
            }
            if (field.equals(WorkItemFieldName.REV) && item.rev() != null) {
                return JsonNumber.of(item.rev());
            }
            return null;
        }
        return v;
    }

    private Object convert(Slot s, JsonValue v, int id, JsonCodec codec) {
        try {
            switch (s.kind()) {
                case STRING:
                    if (v instanceof JsonString t) {
                        return t.value();
                    }
                    break;
                case INT:
                    if (v instanceof JsonNumber n) {
                        return n.bigDecimalValue().intValueExact();
                    }
                    break;
                case LONG:
                    if (v instanceof JsonNumber n) {
                        return n.bigDecimalValue().longValueExact();
                    }
                    break;
                case DOUBLE:
                    if (v instanceof JsonNumber n) {
                        return n.doubleValue();
                    }
                    break;
                case BOOLEAN:
                    if (v instanceof JsonBoolean b) {
                        return b.value();
                    }
                    break;
                case INSTANT:
                    if (v instanceof JsonString t) {
                        return instant(t.value());
                    }
                    break;
                case GUID:
                    if (v instanceof JsonString t) {
                        return UUID.fromString(t.value());
                    }
                    break;
                case IDENTITY:
                    if (v instanceof JsonObject) {
                        return codec.fromTree(v, JsonType.of(IdentityRef.class));
                    }
                    break;
                case TAGS:
                    if (v instanceof JsonString t) {
                        return WorkItemTags.parse(t.value());
                    }
                    break;
                default:
                    return v;
            }
        } catch (ArithmeticException | DateTimeParseException | IllegalArgumentException e) {
            throw mismatch(s, v, id, e);
        }
        throw mismatch(s, v, id, null);
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        }
    }

    private AdoJsonException mismatch(Slot s, JsonValue v, int id, Exception cause) {
        String json = v.toJson();
        String shown = json.length() > 60 ? json.substring(0, 57) + "..." : json;
        return new AdoJsonException("work item " + id + ": field " + s.field() + " holds " + shown + ", which "
                + describe(s) + " cannot take", "fields." + s.field(), -1, -1, cause);
    }

    private String describe(Slot s) {
        return type.getSimpleName() + "." + s.name() + " (" + s.javaType() + ")";
    }

    private static String boxed(Slot s) {
        return switch (s.kind()) {
            case INT -> "Integer";
            case LONG -> "Long";
            case DOUBLE -> "Double";
            default -> "Boolean";
        };
    }

    // ---- writing

    /** {@return the value of {@code s} in {@code record} as {@link WorkItemPatch} writes it; null when empty} */
    private static Object get(Slot s, Record record) {
        Object v;
        try {
            v = s.accessor().invoke(record);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("accessor " + s.name() + " failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("accessor " + s.name() + " is not accessible", e);
        }
        if (v instanceof Optional<?> o) {
            v = o.orElse(null);
        }
        if (v instanceof JsonNull || v instanceof List<?> l && l.isEmpty()) {
            return null;
        }
        return v;
    }

    private static boolean identifies(Slot s) {
        return s.field().equals(WorkItemFieldName.ID) || s.field().equals(WorkItemFieldName.REV);
    }

    /**
     * {@return the fields to set on a new work item: every component with a value but the id and revision}
     *
     * @throws NullPointerException if {@code values} is null
     */
    Map<WorkItemFieldName, Object> values(R values) {
        Objects.requireNonNull(values, "values == null");
        var out = new LinkedHashMap<WorkItemFieldName, Object>();
        for (Slot s : slots) {
            Object v = get(s, values);
            if (v != null && !identifies(s)) {
                out.put(s.field(), v);
            }
        }
        return out;
    }

    /**
     * {@return the fields whose components differ between {@code before} and {@code after}, with their new values
     * ({@code null}: remove the field)}, id and revision left out
     */
    Map<WorkItemFieldName, Object> changes(R before, R after) {
        Objects.requireNonNull(before, "before == null");
        Objects.requireNonNull(after, "after == null");
        var out = new LinkedHashMap<WorkItemFieldName, Object>();
        for (Slot s : slots) {
            Object a = get(s, after);
            if (!identifies(s) && !Objects.equals(get(s, before), a)) {
                out.put(s.field(), a);
            }
        }
        return out;
    }

    /** {@return the work item id {@code value} holds, if the record maps System.Id and it is set (not 0)} */
    Optional<Integer> id(R value) {
        return number(value, WorkItemFieldName.ID);
    }

    /** {@return the revision {@code value} holds, if the record maps System.Rev and it is set (not 0)} */
    Optional<Integer> rev(R value) {
        return number(value, WorkItemFieldName.REV);
    }

    /** {@return whether the record maps {@code field}} */
    boolean maps(WorkItemFieldName field) {
        return fields.contains(field);
    }

    private Optional<Integer> number(R value, WorkItemFieldName field) {
        return slots.stream().filter(s -> s.field().equals(field)).findFirst().map(s -> get(s, value))
                .map(v -> Math.toIntExact(((Number) v).longValue())).filter(n -> n != 0);
    }
}
