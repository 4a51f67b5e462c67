package dev.taskorchestrator.persistence.templates;

import dev.taskorchestrator.application.port.out.TemplateSyntax;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON5 as Jackson reads it: JSON plus what people write by hand (comments, trailing commas,
 * unquoted keys, single quotes, {@code .5}, {@code 5.}, {@code +1}, NaN and Infinity). A key given
 * twice and anything after the document are faults too, since either would silently drop text.
 */
public final class Json5TemplateSyntax implements TemplateSyntax {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @Override
    public Map<String, Object> read(String text, String field) {
        if (text.isBlank()) {
            throw OrchestratorException.invalid(field, field + " is empty; a template is a JSON5 object",
                    List.of("a JSON5 object"));
        }
        try {
            // Read as any value first: Jackson's words for a value of another kind name Java's types.
            Object tree = MAPPER.readValue(text, Object.class);
            if (!(tree instanceof Map<?, ?>)) {
                throw OrchestratorException.invalid(field, field + " is " + kind(tree) + "; a template is a JSON5 object",
                        List.of("a JSON5 object"));
            }
            return MAPPER.convertValue(tree, OBJECT);
        } catch (JacksonException unreadable) {
            throw OrchestratorException.invalid(field, field + " is not valid JSON5: " + where(unreadable.getLocation())
                    + firstLine(unreadable.getOriginalMessage()), List.of("a JSON5 object"));
        }
    }

    private static String kind(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof List<?>) {
            return "an array";
        }
        if (value instanceof String) {
            return "a string";
        }
        return value instanceof Boolean ? "a boolean" : "a number";
    }

    private static String where(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }

    /** Jackson's message without the hints about its own features, which mean nothing to a template's author. */
    private static String firstLine(String message) {
        String line = message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
        int hint = line.indexOf(" (for ");
        return hint > 0 ? line.substring(0, hint) : line;
    }
}
