package ado.core.internal.json;

import ado.core.error.AdoJsonException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodHandles.Lookup;

/**
 * Chooses how the binder reaches a record's constructor and accessors. A public record in an exported package
 * needs nothing: {@link MethodHandles#publicLookup()} reaches it, so model modules need no {@code opens}. Any other
 * record must be in a package open to {@code ado.core} (every package on the class path is).
 */
final class RecordAccess {

    private RecordAccess() {
    }

    /** {@return the public lookup, or a private lookup into {@code type} when its package is open to us} */
    static Lookup lookup(Class<?> type, boolean publicAccess) {
        if (publicAccess) {
            return MethodHandles.publicLookup();
        }
        Module self = RecordAccess.class.getModule();
        Module target = type.getModule();
        if (!target.isOpen(type.getPackageName(), self)) {
            throw notAccessible(type, null);
        }
        self.addReads(target);
        try {
            return MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        } catch (IllegalAccessException e) {
            throw notAccessible(type, e);
        }
    }

    static AdoJsonException notAccessible(Class<?> type, Throwable cause) {
        return new AdoJsonException("Cannot bind " + type.getName() + ": the type is not accessible to ado.core."
                + " Make it public in an exported package, or open its package to ado.core", cause);
    }
}
