package ado.oop;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The work item field a record component holds, by reference name: declare a record whose every component carries
 * one, and {@link TypedWorkItems} reads work items into it and writes it back as a JSON Patch.
 *
 * <pre>{@code
 * record Bug(@Field("System.Id") int id, @Field("System.Rev") int rev,
 *            @Field("System.Title") String title,
 *            @Field("Microsoft.VSTS.Common.Priority") Integer priority,
 *            @Field("System.AssignedTo") Optional<IdentityRef> assignedTo) {}
 * }</pre>
 *
 * <p>Which Java types a component may have, and how absent values read, is listed on {@link TypedWorkItems}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Field {

    /** {@return the field's reference name, such as {@code System.Title} or {@code Custom.Approved}} */
    String value();
}
