package dev.taskorchestrator.cli.command;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field of the published language an option or parameter fills, so that an error about that
 * field names what the person typed ({@code --parent}) rather than the field ({@code parent_task_id}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Field {

    String value();
}
