package dev.taskorchestrator.domain.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks and freezes JSON-like values (maps, lists, strings, numbers, booleans) without a JSON
 * library, so that the core can carry a client's free-form {@code context} safely.
 */
public final class JsonValues {

    private static final int MAX_DEPTH = 10;

    private JsonValues() {
    }

    public static Map<String, Object> object(Map<String, ?> value, String field) {
        Checks.required(value, field);
        if (value.size() > Limits.CONTEXT_ENTRIES_MAX) {
            throw OrchestratorException.invalid(field, field + " may hold at most " + Limits.CONTEXT_ENTRIES_MAX + " keys",
                    List.of("a JSON object of at most " + Limits.CONTEXT_ENTRIES_MAX + " keys"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> frozen = (Map<String, Object>) freeze(value, field, 0);
        return frozen;
    }

    /**
     * One representation per kind of number, so that a context read back from any store equals
     * the one written: whole numbers as {@code Long}, others as {@code Double}.
     */
    private static Number normalized(Number number, String field) {
        if (number instanceof Long) {
            return number;
        }
        if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return number.longValue();
        }
        if (number instanceof java.math.BigInteger big && big.bitLength() < 64) {
            return big.longValue();
        }
        if (number instanceof java.math.BigDecimal decimal) {
            try {
                return decimal.longValueExact();
            } catch (ArithmeticException fractional) {
                return decimal.doubleValue();
            }
        }
        double asDouble = number.doubleValue();
        if (Double.isNaN(asDouble) || Double.isInfinite(asDouble)) {
            throw OrchestratorException.invalid(field, field + " holds a number JSON cannot carry: " + number);
        }
        return asDouble;
    }

    private static Object freeze(Object value, String field, int depth) {
        if (depth > MAX_DEPTH) {
            throw OrchestratorException.invalid(field, field + " is nested deeper than " + MAX_DEPTH + " levels");
        }
        if (value == null || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            return normalized(number, field);
        }
        if (value instanceof String text) {
            if (text.length() > Limits.CONTEXT_VALUE_MAX) {
                throw OrchestratorException.invalid(field,
                        field + " holds a text longer than " + Limits.CONTEXT_VALUE_MAX + " characters");
            }
            return text;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw OrchestratorException.invalid(field, field + " keys must be strings");
                }
                copy.put(key, freeze(entry.getValue(), field + "." + key, depth + 1));
            }
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                copy.add(freeze(element, field, depth + 1));
            }
            return Collections.unmodifiableList(copy);
        }
        throw OrchestratorException.invalid(field,
                field + " holds a value of type " + value.getClass().getSimpleName() + ", which is not JSON",
                List.of("string", "number", "boolean", "null", "array", "object"));
    }
}
