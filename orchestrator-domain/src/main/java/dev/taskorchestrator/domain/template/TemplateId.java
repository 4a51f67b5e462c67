package dev.taskorchestrator.domain.template;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.util.List;
import java.util.regex.Pattern;

/** A template's name as files and tools use it: letters, digits, '_' and '-'. */
public record TemplateId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public TemplateId {
        Checks.required(value, "template_id");
        if (!SHAPE.matcher(value).matches()) {
            throw OrchestratorException.invalid("template_id", "template_id '" + value
                    + "' must be 1-64 letters, digits, '_' or '-'", List.of("1-64 of [A-Za-z0-9_-]"));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
