package ado.core.json;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The wire name of a record component or enum constant, for names that are not Java identifiers or differ from
 * the Java name. Both codecs (built-in and {@code ado.json}) honour it.
 *
 * <pre>{@code
 * public record WorkItem(int id, int rev, JsonObject fields,
 *                        @JsonName("_links") Map<String, ReferenceLink> links) {}
 *
 * public enum ItemContentType { @JsonName("rawtext") RAW_TEXT, @JsonName("base64encoded") BASE64_ENCODED }
 * }</pre>
 *
 * <p>Without it, a record component's wire name is its Java name, and an enum constant's wire name is its name in
 * lower camel case ({@code IN_PROGRESS} is {@code inProgress}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface JsonName {

    /** {@return the name on the wire} */
    String value();
}
