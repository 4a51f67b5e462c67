package dev.taskorchestrator.domain.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Parses wire spellings into enumeration constants, naming the field and the allowed values on failure. */
public final class WireValues {

    private WireValues() {
    }

    public static <E extends Enum<E> & WireValue> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw OrchestratorException.invalid(field, field + " is required; allowed: " + String.join(", ", allowed(type)),
                    allowed(type));
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.wire().equals(wanted)) {
                return constant;
            }
        }
        throw OrchestratorException.invalid(field,
                field + " '" + value + "' is not one of: " + String.join(", ", allowed(type)), allowed(type));
    }

    public static <E extends Enum<E> & WireValue> List<String> allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireValue::wire).toList();
    }

    /** The lower-case snake_case spelling of an enum constant's name. */
    public static String wireOf(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
