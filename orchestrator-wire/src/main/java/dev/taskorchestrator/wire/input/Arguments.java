package dev.taskorchestrator.wire.input;

import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.common.WireValues;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.TaskId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A tool call's arguments once they have passed their parameters' checks: present when required,
 * of the declared JSON type, within the enum, no unknown names. The getters then only convert.
 * Nested objects (a plan's subtasks) carry their path, so an error names {@code subtasks[1].title}.
 */
public final class Arguments {

    private final ToolInput input;
    private final Map<String, Object> values;
    private final String prefix;

    private Arguments(ToolInput input, Map<String, Object> values, String prefix) {
        this.input = input;
        this.values = values;
        this.prefix = prefix;
    }

    static Arguments checked(ToolInput input, List<Param> params, Map<String, Object> values, String prefix) {
        List<String> names = params.stream().map(Param::name).toList();
        for (String key : values.keySet()) {
            if (!names.contains(key)) {
                throw OrchestratorException.invalid(prefix + key, "unknown parameter '" + prefix + key
                        + "'; this takes: " + String.join(", ", names), names);
            }
        }
        for (Param param : params) {
            Object value = values.get(param.name());
            if (value == null) {
                if (param.required()) {
                    throw OrchestratorException.invalid(prefix + param.name(), prefix + param.name() + " is required",
                            param.kind().expected(param));
                }
            } else {
                checkValue(input, param, value, prefix);
            }
        }
        return new Arguments(input, values, prefix);
    }

    private static void checkValue(ToolInput input, Param param, Object value, String prefix) {
        String field = prefix + param.name();
        boolean fits = switch (param.kind()) {
            case TEXT -> value instanceof String;
            case INTEGER -> integral(value).isPresent();
            case BOOLEAN -> value instanceof Boolean;
            case OBJECT -> value instanceof Map;
            case TEXT_LIST, ENUM_LIST -> value instanceof String || value instanceof List<?> list
                    && list.stream().allMatch(String.class::isInstance);
            case ENUM -> value instanceof String;
            case OBJECT_LIST -> value instanceof List<?> list && list.stream().allMatch(Map.class::isInstance);
        };
        if (!fits) {
            throw OrchestratorException.invalid(field, field + " must be " + param.kind().expectedText(),
                    param.kind().expected(param));
        }
        switch (param.kind()) {
            case TEXT -> requireLength(field, (String) value, param.max());
            case INTEGER -> requireRange(field, integral(value).orElseThrow(), param);
            case ENUM -> requireAllowed(field, (String) value, param.allowed());
            case ENUM_LIST -> asList(value).forEach(item -> requireAllowed(field, item, param.allowed()));
            case TEXT_LIST, OBJECT_LIST -> requireAtMost(field, ((value instanceof List<?> list) ? list.size() : 1),
                    param.max());
            default -> {
            }
        }
        if (param.kind() == ParamKind.OBJECT_LIST) {
            List<?> items = (List<?>) value;
            for (int i = 0; i < items.size(); i++) {
                checked(input, input.definitions().get(param.definition()), asObject(items.get(i)),
                        field + "[" + i + "].");
            }
        }
    }

    private static void requireLength(String field, String value, long max) {
        if (max > 0 && value.length() > max) {
            throw OrchestratorException.invalid(field, field + " is " + value.length() + " characters long; the most is "
                    + max, List.of("at most " + max + " characters"));
        }
    }

    private static void requireRange(String field, long value, Param param) {
        if (value < param.min() || value > param.max()) {
            throw OrchestratorException.invalid(field, field + " " + value + " is out of range "
                    + param.min() + "-" + param.max(), param.kind().expected(param));
        }
    }

    private static void requireAllowed(String field, String value, List<String> allowed) {
        if (!allowed.contains(normalized(value))) {
            throw OrchestratorException.invalid(field, field + " '" + value + "' is not one of: "
                    + String.join(", ", allowed), allowed);
        }
    }

    private static void requireAtMost(String field, int items, long max) {
        if (max > 0 && items > max) {
            throw OrchestratorException.invalid(field, field + " has " + items + " items; the most is " + max,
                    List.of("at most " + max + " items"));
        }
    }

    /** The field's name as an error should give it: with the path of the object it sits in. */
    public String field(String name) {
        return prefix + name;
    }

    public boolean has(String name) {
        return values.get(name) != null;
    }

    public Optional<String> text(String name) {
        return Optional.ofNullable((String) values.get(name));
    }

    public String requiredText(String name) {
        return text(name).orElseThrow(() -> OrchestratorException.invalid(field(name), field(name) + " is required"));
    }

    public int integer(String name, int fallback) {
        return Math.toIntExact(longInteger(name).orElse(fallback));
    }

    public OptionalLong longInteger(String name) {
        return values.get(name) == null ? OptionalLong.empty() : OptionalLong.of(integral(values.get(name)).orElseThrow());
    }

    public boolean flag(String name, boolean fallback) {
        return values.get(name) == null ? fallback : (Boolean) values.get(name);
    }

    public Optional<Map<String, Object>> object(String name) {
        return Optional.ofNullable(values.get(name)).map(Arguments::asObject);
    }

    public List<String> texts(String name) {
        return values.get(name) == null ? List.of() : asList(values.get(name));
    }

    /** An enum value, trimmed and lower-cased as every enum on the wire is. */
    public Optional<String> choice(String name) {
        return text(name).map(Arguments::normalized);
    }

    public <E extends Enum<E> & WireValue> Optional<E> choice(String name, Class<E> type) {
        return text(name).map(value -> WireValues.parse(type, value, field(name)));
    }

    public <E extends Enum<E> & WireValue> Set<E> choices(String name, Class<E> type) {
        Set<E> parsed = new LinkedHashSet<>();
        texts(name).forEach(value -> parsed.add(WireValues.parse(type, value, field(name))));
        return parsed;
    }

    public Optional<TaskId> taskId(String name) {
        return text(name).map(value -> TaskId.parse(value.strip(), field(name)));
    }

    public TaskId requiredTaskId(String name) {
        return TaskId.parse(requiredText(name).strip(), field(name));
    }

    public Optional<SessionId> sessionId(String name) {
        return text(name).map(value -> SessionId.parse(value.strip(), field(name)));
    }

    /** A date ({@code 2026-12-01}, read as midnight UTC) or an ISO-8601 date-time with its offset. */
    public Optional<Instant> instant(String name) {
        return text(name).map(value -> Dates.parse(value, field(name)));
    }

    /** The objects of a list, each with its own checked arguments and its path. */
    public List<Arguments> objects(String name) {
        Object value = values.get(name);
        if (value == null) {
            return List.of();
        }
        List<Arguments> objects = new ArrayList<>();
        List<?> items = (List<?>) value;
        for (int i = 0; i < items.size(); i++) {
            objects.add(new Arguments(input, asObject(items.get(i)), field(name) + "[" + i + "]."));
        }
        return objects;
    }

    private static Optional<Long> integral(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Optional.of(((Number) value).longValue());
        }
        if (value instanceof BigInteger big && big.bitLength() < 63) {
            return Optional.of(big.longValue());
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            BigDecimal decimal = new BigDecimal(value.toString());
            try {
                return Optional.of(decimal.longValueExact());
            } catch (ArithmeticException notWhole) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String normalized(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> asList(Object value) {
        return value instanceof String single ? List.of(single) : (List<String>) value;
    }
}
