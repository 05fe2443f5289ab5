package ado.json.internal;

import ado.core.json.JsonName;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;

/** Gives record components the wire names of their {@link JsonName}. */
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

    private static PropertyName name(Annotated a) {
        JsonName name = a.getAnnotation(JsonName.class);
        return name == null ? null : PropertyName.construct(name.value());
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }
}
