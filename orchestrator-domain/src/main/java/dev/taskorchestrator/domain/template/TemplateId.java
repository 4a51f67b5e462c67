package dev.taskorchestrator.domain.template;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A template's name as files and tools use it: lower-case letters, digits, '_' and '-', starting
 * with a letter or digit. The shape keeps every id a plain file name in its folder: no separator,
 * no dot, nothing a file system reads differently by case.
 */
public record TemplateId(String value) {

    public static final String FORMAT = "[a-z0-9][a-z0-9_-]{0,63}";

    private static final Pattern SHAPE = Pattern.compile(FORMAT);

    public TemplateId {
        Checks.required(value, "template_id");
        if (!SHAPE.matcher(value).matches()) {
            throw OrchestratorException.invalid("template_id", "template_id '" + value
                    + "' must be 1-64 of a-z, 0-9, '_' and '-', starting with a letter or digit",
                    List.of(FORMAT));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
