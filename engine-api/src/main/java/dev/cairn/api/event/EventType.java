package dev.cairn.api.event;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable name and revision under which an event is stored in the log. The Java class may move
 * or be renamed; the stored name may not. A change to an event's fields that old readers cannot
 * ignore raises its revision.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** The stored type name, dotted, e.g. {@code cairn.user.UserCreated}. */
    String value();

    /** The payload revision, starting at 1. */
    int revision() default 1;
}
