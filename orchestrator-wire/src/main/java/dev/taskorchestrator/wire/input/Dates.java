package dev.taskorchestrator.wire.input;

import dev.taskorchestrator.domain.common.OrchestratorException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Dates as the published language writes them: a day (midnight UTC) or an ISO-8601 date-time with its offset. */
public final class Dates {

    public static final List<String> FORMS = List.of("YYYY-MM-DD", "ISO-8601 date-time such as 2026-12-01T17:00:00Z");

    private Dates() {
    }

    /** {@code 2026-12-01} (midnight UTC) or {@code 2026-12-01T17:00:00+02:00}; anything else names {@code field}. */
    public static Instant parse(String text, String field) {
        String value = text.strip();
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw OrchestratorException.invalid(field, field + " '" + value
                    + "' is not a date; give YYYY-MM-DD or an ISO-8601 date-time", FORMS);
        }
    }
}
