package ado.core.internal.json;

import ado.core.json.JsonType;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;

/** Helpers for generic types: raw classes, type arguments and type-variable substitution. */
final class Types {

    private Types() {
    }

    /** {@return the class {@code type} erases to} */
    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof WildcardType w) {
            return raw(bound(w));
        }
        if (type instanceof TypeVariable<?> v) {
            return raw(v.getBounds()[0]);
        }
        if (type instanceof GenericArrayType) {
            return Object[].class;
        }
        throw new IllegalArgumentException("unknown kind of type: " + type);
    }

    /** {@return type argument {@code index} of {@code type}, or {@code Object} when {@code type} is raw} */
    static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            Type argument = p.getActualTypeArguments()[index];
            return argument instanceof WildcardType w ? bound(w) : argument;
        }
        return Object.class;
    }

    /**
     * {@return {@code type} with the type variables of {@code owner} replaced by the arguments of
     * {@code ownerType}; variables without an argument become {@code Object}}
     */
    static Type resolve(Type type, Class<?> owner, Type ownerType) {
        if (type instanceof TypeVariable<?> v) {
            TypeVariable<?>[] parameters = owner.getTypeParameters();
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i].equals(v)) {
                    return argument(ownerType, i);
                }
            }
            return Object.class;
        }
        if (type instanceof ParameterizedType p) {
            Type[] arguments = p.getActualTypeArguments();
            boolean changed = false;
            for (int i = 0; i < arguments.length; i++) {
                Type resolved = resolve(arguments[i], owner, ownerType);
                changed |= resolved != arguments[i];
                arguments[i] = resolved;
            }
            return changed ? JsonType.of((Class<?>) p.getRawType(), arguments).type() : p;
        }
        if (type instanceof WildcardType w) {
            return resolve(bound(w), owner, ownerType);
        }
        return type;
    }

    private static Type bound(WildcardType w) {
        return w.getLowerBounds().length > 0 ? w.getLowerBounds()[0] : w.getUpperBounds()[0];
    }
}
