package dev.taskorchestrator.wire.exchange;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.common.WireValues;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One record of a file being read: typed getters whose errors name the line and the field
 * ({@code line 12.status}), and a check that the record has no field its kind does not know.
 */
final class Fields {

    private final Map<String, Object> row;
    private final String at;

    private Fields(Map<String, Object> row, String at) {
        this.row = row;
        this.at = at;
    }

    static Fields onLine(Map<String, Object> row, int line) {
        return new Fields(row, "line " + line + ".");
    }

    /** A record found at {@code place} in a document, e.g. {@code master.tasks[3]}. */
    static Fields at(Map<String, Object> row, String place) {
        return new Fields(row, place + ".");
    }

    /** A whole document, whose fields are named as they are: {@code master}. */
    static Fields document(Map<String, Object> root) {
        return new Fields(root, "");
    }

    /** The place of this record, without the dot a field follows. */
    String place() {
        return at.isEmpty() ? "" : at.substring(0, at.length() - 1);
    }

    Optional<Object> optional(String name) {
        return Optional.ofNullable(row.get(name));
    }

    /** A list of objects, empty when the field is absent. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> objects(String name) {
        Object value = row.get(name);
        if (value == null) {
            return List.of();
        }
        List<?> list = as(name, value, List.class, "a list of objects");
        if (!list.stream().allMatch(Map.class::isInstance)) {
            throw OrchestratorException.invalid(at + name, at + name + " must be a list of objects",
                    List.of("a list of objects"));
        }
        return (List<Map<String, Object>>) list;
    }

    /** A list of any values, empty when the field is absent. */
    List<?> list(String name) {
        Object value = row.get(name);
        return value == null ? List.of() : as(name, value, List.class, "a list");
    }

    /** The object in field {@code name}, its errors named {@code line 3.counts.tasks}. */
    Fields nested(String name) {
        return new Fields(object(name), at + name + ".");
    }

    String at() {
        return at;
    }

    void onlyThese(Set<String> known) {
        for (String name : row.keySet()) {
            if (!known.contains(name)) {
                throw OrchestratorException.invalid(at + name, at + name + ": unknown field; this record takes: "
                        + String.join(", ", known.stream().sorted().toList()), known.stream().sorted().toList());
            }
        }
    }

    Object required(String name) {
        Object value = row.get(name);
        if (value == null) {
            throw OrchestratorException.invalid(at + name, at + name + " is required");
        }
        return value;
    }

    String text(String name) {
        return withoutNul(name, as(name, required(name), String.class, "text"));
    }

    Optional<String> optionalText(String name) {
        return Optional.ofNullable(row.get(name)).map(value -> withoutNul(name, as(name, value, String.class, "text")));
    }

    /** PostgreSQL cannot keep a NUL character in text; no store may get what another refuses. */
    private String withoutNul(String name, String text) {
        if (text.indexOf('\u0000') >= 0) {
            throw OrchestratorException.invalid(at + name, at + name + " holds a NUL character (\\u0000), which no"
                    + " store keeps in text");
        }
        return text;
    }

    Instant instant(String name) {
        return parseInstant(name, text(name));
    }

    Optional<Instant> optionalInstant(String name) {
        return optionalText(name).map(text -> parseInstant(name, text));
    }

    long integer(String name) {
        Object value = required(name);
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        throw OrchestratorException.invalid(at + name, at + name + " must be a whole number", List.of("a whole number"));
    }

    boolean flag(String name) {
        return as(name, required(name), Boolean.class, "true or false");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(String name) {
        return as(name, required(name), Map.class, "an object");
    }

    List<String> texts(String name) {
        List<?> list = as(name, required(name), List.class, "a list of texts");
        if (!list.stream().allMatch(String.class::isInstance)) {
            throw OrchestratorException.invalid(at + name, at + name + " must be a list of texts", List.of("a list of texts"));
        }
        return list.stream().map(String.class::cast).toList();
    }

    <E extends Enum<E> & WireValue> E choice(String name, Class<E> type) {
        return placed(() -> WireValues.parse(type, text(name), name));
    }

    /** Another tool's word for something of ours, read through {@code allowed} (its words, any case). */
    <T> T mapped(String name, String value, Map<String, T> allowed) {
        T chosen = allowed.get(value.toLowerCase(java.util.Locale.ROOT));
        if (chosen == null) {
            List<String> names = allowed.keySet().stream().sorted().toList();
            throw OrchestratorException.invalid(at + name, at + name + " '" + value + "' is not one of: "
                    + String.join(", ", names), names);
        }
        return chosen;
    }

    /** Runs a domain constructor or parser, its error placed on this line. */
    <T> T placed(java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (OrchestratorException refused) {
            if (refused.code() == ErrorCode.INTERNAL) {
                // A rule between fields (a completed task without completed_at, an assignee without a lease):
                // our own code never breaks it, a file can.
                throw OrchestratorException.invalid(place(), place() + ": " + refused.getMessage());
            }
            throw refused.field().filter(field -> field.startsWith(at)).isPresent() ? refused : refused.underField(at);
        }
    }

    /** A whole number that fits an int. */
    int smallInteger(String name) {
        long value = integer(name);
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw OrchestratorException.invalid(at + name, at + name + " " + value + " is out of range 0-"
                    + Integer.MAX_VALUE, List.of("0-" + Integer.MAX_VALUE));
        }
        return (int) value;
    }

    /** A time a store keeps: between {@link Checks#EARLIEST} and {@link Checks#LATEST}. */
    static Instant within(String field, Instant value) {
        if (value.isBefore(Checks.EARLIEST) || value.isAfter(Checks.LATEST)) {
            throw OrchestratorException.invalid(field, field + " " + value + " is not between " + Checks.EARLIEST
                    + " and " + Checks.LATEST, List.of("1900-01-01..2200-01-01"));
        }
        return value;
    }

    private Instant parseInstant(String name, String text) {
        try {
            return within(at + name, Instant.parse(text));
        } catch (DateTimeParseException notAnInstant) {
            throw OrchestratorException.invalid(at + name, at + name + " '" + text + "' is not an ISO-8601 instant",
                    List.of("an ISO-8601 instant, e.g. 2026-11-30T10:15:30Z"));
        }
    }

    private <T> T as(String name, Object value, Class<T> type, String expected) {
        if (!type.isInstance(value)) {
            throw OrchestratorException.invalid(at + name, at + name + " must be " + expected, List.of(expected));
        }
        return type.cast(value);
    }
}
