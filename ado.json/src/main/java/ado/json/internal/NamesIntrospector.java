package ado.json.internal;

import ado.core.json.JsonName;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import java.lang.reflect.RecordComponent;

/**
 * Gives record components the wire names of their {@link JsonName}, and hides a record's other methods (derived
 * accessors such as {@code isBranch()} or {@code getShortName()}): a record's members are its components.
 */
public final class NamesIntrospector extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public PropertyName findNameForSerialization(Annotated a) {
        return name(a);
    }

    @Override
    public PropertyName findNameForDeserialization(Annotated a) {
        return name(a);
    }

    @Override
    public boolean hasIgnoreMarker(AnnotatedMember m) {
        return m instanceof AnnotatedMethod method && method.getDeclaringClass().isRecord()
                && !isComponentAccessor(method);
    }

    private static boolean isComponentAccessor(AnnotatedMethod method) {
        if (method.getParameterCount() != 0) {
            return false;
        }
        for (RecordComponent component : method.getDeclaringClass().getRecordComponents()) {
            if (component.getName().equals(method.getName())) {
                return true;
            }
        }
        return false;
    }

    private static PropertyName name(Annotated a) {
        JsonName name = a.getAnnotation(JsonName.class);
        return name == null ? null : PropertyName.construct(name.value());
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }
}
