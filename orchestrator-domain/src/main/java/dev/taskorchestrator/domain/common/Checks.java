package dev.taskorchestrator.domain.common;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shape checks shared by every record of the core. Each failure is an INVALID_ARGUMENT that names
 * the field and says what would have been accepted.
 */
public final class Checks {

    private Checks() {
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw OrchestratorException.invalid(field, field + " is required");
        }
        return value;
    }

    /** A required text of {@code min..max} characters after trimming; returns the trimmed text. */
    public static String text(String value, String field, int min, int max) {
        if (value == null) {
            throw OrchestratorException.invalid(field, field + " is required (" + min + "-" + max + " characters)",
                    List.of(min + ".." + max + " characters"));
        }
        String trimmed = value.strip();
        if (trimmed.length() < min || trimmed.length() > max) {
            throw OrchestratorException.invalid(field,
                    field + " must be " + min + "-" + max + " characters, got " + trimmed.length(),
                    List.of(min + ".." + max + " characters"));
        }
        return trimmed;
    }

    /** An optional text: absent or blank stays absent, otherwise at most {@code max} characters. */
    public static Optional<String> optionalText(Optional<String> value, String field, int max) {
        required(value, field);
        return value.map(String::strip).filter(v -> !v.isEmpty()).map(v -> text(v, field, 1, max));
    }

    /** A non-blank text of at most {@code max} characters, kept exactly as given (no trimming). */
    public static String content(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw OrchestratorException.invalid(field, field + " is required and must not be blank",
                    List.of("1.." + max + " characters"));
        }
        if (value.length() > max) {
            throw OrchestratorException.invalid(field, field + " must be at most " + max + " characters, got " + value.length(),
                    List.of("1.." + max + " characters"));
        }
        return value;
    }

    /** The dates every store can hold exactly (epoch nanoseconds in a 64-bit integer cover 1678-2262). */
    public static final java.time.Instant EARLIEST = java.time.Instant.parse("1900-01-01T00:00:00Z");
    public static final java.time.Instant LATEST = java.time.Instant.parse("2200-01-01T00:00:00Z");

    public static Optional<java.time.Instant> date(Optional<java.time.Instant> value, String field) {
        required(value, field);
        value.filter(v -> v.isBefore(EARLIEST) || v.isAfter(LATEST)).ifPresent(v -> {
            throw OrchestratorException.invalid(field, field + " " + v + " is out of range; give a date between "
                    + EARLIEST + " and " + LATEST, List.of("1900-01-01..2200-01-01"));
        });
        return value;
    }

    public static int range(int value, String field, int min, int max) {
        if (value < min || value > max) {
            throw OrchestratorException.invalid(field, field + " must be between " + min + " and " + max + ", got " + value,
                    List.of(min + ".." + max));
        }
        return value;
    }

    public static <T> List<T> list(Collection<T> values, String field, int maxSize) {
        required(values, field);
        if (values.size() > maxSize) {
            throw OrchestratorException.invalid(field, field + " may hold at most " + maxSize + " entries, got " + values.size(),
                    List.of("at most " + maxSize + " entries"));
        }
        for (T value : values) {
            if (value == null) {
                throw OrchestratorException.invalid(field, field + " must not contain empty entries");
            }
        }
        return List.copyOf(values);
    }

    public static <K, V> Map<K, V> map(Map<K, V> values, String field) {
        required(values, field);
        return Map.copyOf(values);
    }
}
