package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.template.Template;
import dev.taskorchestrator.domain.template.TemplateParameter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --param name=value} as the template's parameters want it: a shell gives only text, so a
 * value becomes the type its parameter declares (an integer, a number, true or false, a JSON or
 * comma-separated array, a JSON object). A name the template lacks is passed on as text, for the
 * use case to refuse with the names it has.
 */
final class TemplateArguments {

    private TemplateArguments() {
    }

    static Map<String, Object> typed(Template template, Map<String, String> given, JsonCodec json) {
        Map<String, Object> typed = new LinkedHashMap<>();
        given.forEach((name, text) -> {
            Optional<TemplateParameter> parameter = template.parameters().stream()
                    .filter(each -> each.name().equals(name)).findFirst();
            typed.put(name, parameter.map(declared -> value(declared, text, json)).orElse(text));
        });
        return typed;
    }

    private static Object value(TemplateParameter parameter, String text, JsonCodec json) {
        String field = "parameters." + parameter.name();
        try {
            return switch (parameter.type()) {
                case STRING -> text;
                case INTEGER -> Long.parseLong(text.strip());
                case NUMBER -> Double.parseDouble(text.strip());
                case BOOLEAN -> switch (text.strip()) {
                    case "true" -> true;
                    case "false" -> false;
                    default -> throw new IllegalArgumentException();
                };
                case ARRAY -> text.strip().startsWith("[") ? json.readObject("{\"v\":" + text + "}", field).get("v")
                        : Arrays.stream(text.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
                case OBJECT -> json.readObject(text, field);
            };
        } catch (IllegalArgumentException unreadable) {
            throw OrchestratorException.invalid(field, field + " must be " + (parameter.type().wire().startsWith("i")
                    ? "an " : "a ") + parameter.type().wire() + ", got '" + text + "'", List.of(parameter.type().wire()));
        }
    }
}
