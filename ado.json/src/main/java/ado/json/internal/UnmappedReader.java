package ado.json.internal;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.core.json.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.impl.PropertyBasedCreator;
import com.fasterxml.jackson.databind.deser.impl.PropertyValueBuffer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a record with a {@link JsonUnmapped} component in one pass: each mapped member goes straight to its
 * component's deserializer (Jackson's own creator property, so nulls, absent members, duplicates, coercion rules and
 * errors naming the field and the record are Jackson's), every other member is collected into the marked component
 * as it streams by, and the record is built by Jackson's creator at the end of the object.
 *
 * <p>Where Jackson's record deserializer is not the expected property-based one (a caller's mapper with a naming
 * strategy or its own deserializer for the record), it falls back to buffering: the mapped members are copied into a
 * {@link TokenBuffer} with the collected object appended, and the delegate reads that.
 */
final class UnmappedReader extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    private final Set<String> known;
    private final String unmappedName;
    /** How to read in one pass; {@code null} until the first read, {@link Plan#BUFFERED} for the fallback. */
    private transient volatile Plan plan;

    UnmappedReader(JsonDeserializer<?> delegate, Set<String> known, String unmappedName) {
        super(delegate);
        this.known = Set.copyOf(known);
        this.unmappedName = unmappedName;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
        return new UnmappedReader(newDelegatee, known, unmappedName);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            t = p.nextToken();
        } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
            return _delegatee.deserialize(p, ctxt); // let Jackson report the mismatch
        }
        Plan current = plan(ctxt);
        return current == Plan.BUFFERED ? buffered(p, ctxt, t) : current.read(p, ctxt, t);
    }

    /** {@return whether this reader reads in one pass rather than falling back to buffering} */
    boolean readsInOnePass(DeserializationContext ctxt) throws IOException {
        return plan(ctxt) != Plan.BUFFERED;
    }

    private Plan plan(DeserializationContext ctxt) throws IOException {
        Plan current = plan;
        if (current == null) {
            current = Plan.of(_delegatee, ctxt, known, unmappedName);
            plan = current; // a race computes the same plan twice, harmlessly
        }
        return current;
    }

    /** The fallback: buffers the mapped members, appends the collected others and lets the delegate read that. */
    private Object buffered(JsonParser p, DeserializationContext ctxt, JsonToken first) throws IOException {
        TokenBuffer buffer = ctxt.bufferForInputBuffering(p);
        buffer.writeStartObject();
        var others = new LinkedHashMap<String, JsonValue>();
        for (JsonToken t = first; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            if (known.contains(name)) {
                buffer.writeFieldName(name);
                buffer.copyCurrentStructure(p);
            } else {
                others.put(name, JsonValues.read(p));
            }
        }
        buffer.writeFieldName(unmappedName);
        JsonValues.write(new JsonObject(others), buffer);
        buffer.writeEndObject();
        try (JsonParser buffered = buffer.asParserOnFirstToken()) {
            return _delegatee.deserialize(buffered, ctxt);
        }
    }

    /** Jackson's creator and creator properties of one record, by wire name. */
    private static final class Plan {
        static final Plan BUFFERED = new Plan(null, null, Map.of(), null);

        private final BeanDeserializerBase bean;
        private final PropertyBasedCreator creator;
        private final Map<String, SettableBeanProperty> mapped;
        private final SettableBeanProperty unmapped;

        private Plan(BeanDeserializerBase bean, PropertyBasedCreator creator, Map<String, SettableBeanProperty> mapped,
                SettableBeanProperty unmapped) {
            this.bean = bean;
            this.creator = creator;
            this.mapped = mapped;
            this.unmapped = unmapped;
        }

        /**
         * {@return the plan for {@code delegate}}, or {@link #BUFFERED} unless it is a property-based record
         * deserializer whose creator properties are exactly the components, by their wire names
         */
        static Plan of(JsonDeserializer<?> delegate, DeserializationContext ctxt, Set<String> known,
                String unmappedName) throws IOException {
            if (!(delegate instanceof BeanDeserializerBase bean)
                    || !bean.getValueInstantiator().canCreateFromObjectWith()) {
                return BUFFERED;
            }
            List<SettableBeanProperty> props = new ArrayList<>();
            bean.creatorProperties().forEachRemaining(props::add);
            props.sort(Comparator.comparingInt(SettableBeanProperty::getCreatorIndex));
            var mapped = new HashMap<String, SettableBeanProperty>();
            SettableBeanProperty unmapped = null;
            for (int i = 0; i < props.size(); i++) {
                SettableBeanProperty prop = props.get(i);
                if (prop.getCreatorIndex() != i || prop.getInjectableValueId() != null
                        || !prop.hasValueDeserializer()) {
                    return BUFFERED;
                }
                if (prop.getName().equals(unmappedName)) {
                    unmapped = prop;
                } else {
                    mapped.put(prop.getName(), prop);
                }
            }
            if (unmapped == null || !mapped.keySet().equals(known)) {
                return BUFFERED;
            }
            var creator = PropertyBasedCreator.construct(ctxt, bean.getValueInstantiator(),
                    props.toArray(new SettableBeanProperty[0]), false);
            return new Plan(bean, creator, Map.copyOf(mapped), unmapped);
        }

        Object read(JsonParser p, DeserializationContext ctxt, JsonToken first) throws IOException {
            PropertyValueBuffer buffer = creator.startBuilding(p, ctxt, null);
            JsonObject.Builder others = null;
            for (JsonToken t = first; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                SettableBeanProperty prop = mapped.get(name);
                if (prop != null) {
                    buffer.assignParameter(prop, value(prop, p, ctxt)); // a repeated member: the last one wins
                } else {
                    if (others == null) {
                        others = JsonObject.builder();
                    }
                    others.put(name, JsonValues.read(p)); // a repeated one keeps its first place, the last value
                }
            }
            buffer.assignParameter(unmapped, others == null ? JsonObject.EMPTY : others.build());
            try {
                return creator.build(ctxt, buffer);
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                return instantiationProblem(e, ctxt);
            }
        }

        /** Reads a mapped member as Jackson's record deserializer does, its errors naming the field and the record. */
        private Object value(SettableBeanProperty prop, JsonParser p, DeserializationContext ctxt) throws IOException {
            try {
                return prop.deserialize(p, ctxt);
            } catch (Exception e) {
                bean.wrapAndThrow(e, bean.handledType(), prop.getName(), ctxt);
                return null; // not reached: wrapAndThrow throws
            }
        }

        /** As Jackson's bean deserializer reports a constructor that failed other than by an IOException. */
        private Object instantiationProblem(Exception e, DeserializationContext ctxt) throws IOException {
            Throwable t = e;
            while (t instanceof InvocationTargetException && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof IOException io) {
                throw io;
            }
            if (!ctxt.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS) && t instanceof RuntimeException r) {
                throw r;
            }
            return ctxt.handleInstantiationProblem(bean.handledType(), null, t);
        }
    }
}
