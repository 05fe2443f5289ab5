package ado.core.json;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The integer by which Azure DevOps knows an enum constant: the value of the service's .NET enum, which Microsoft's
 * generated clients send instead of the name ({@code "status": 2}). Both codecs read a JSON number as the constant
 * that declares it; writing always writes the name. An integer that no constant declares (a later value, or a
 * combination of flags) reads as {@code UNKNOWN} when the enum has that constant, else as {@code null}; an enum
 * without these annotations reads every integer that way. The spec's {@code x-ms-enum} lists names only, and its
 * order is not the numbers (flags enums count in powers of two), so the numbers are declared here.
 *
 * <pre>{@code
 * public enum BuildStatus {
 *     @JsonEnumNumber(0) NONE, @JsonEnumNumber(1) IN_PROGRESS, @JsonEnumNumber(2) COMPLETED, UNKNOWN
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface JsonEnumNumber {

    /** {@return the service's integer for this constant} */
    int value();
}
