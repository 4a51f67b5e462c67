package dev.taskorchestrator.persistence.jdbi;

import dev.taskorchestrator.domain.common.OrchestratorException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversions between domain values and columns, shared by every repository. Instants are
 * epoch nanoseconds: exact, and they sort. JSON columns hold the free-form context and path lists.
 */
final class Columns {

    /** Made on first use: most tasks hold no context, and reading them needs no JSON library at all. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }
    private static final long NANOS = 1_000_000_000L;

    private Columns() {
    }

    static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS), instant.getNano());
    }

    static Long nanos(Optional<Instant> instant) {
        return instant.isEmpty() ? null : nanos(instant.get());
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
    }

    static Optional<Instant> instant(Long nanos) {
        return nanos == null ? Optional.empty() : Optional.of(instant(nanos.longValue()));
    }

    /** A nullable integer column; drivers disagree on getObject(..., Long.class) for NULL. */
    static Optional<Instant> instantOrEmpty(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(instant(value));
    }

    static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JacksonException failure) {
            throw OrchestratorException.internal("cannot write JSON: " + failure.getOriginalMessage());
        }
    }

    static Map<String, Object> jsonObject(String text) {
        if (text.equals("{}")) {
            return Map.of();
        }
        try {
            return Json.MAPPER.readValue(text, new TypeReference<Map<String, Object>>() { });
        } catch (JacksonException failure) {
            throw OrchestratorException.internal("a stored JSON object is corrupt: " + failure.getOriginalMessage());
        }
    }

    static List<Map<String, Object>> jsonObjects(String text) {
        try {
            return Json.MAPPER.readValue(text, new TypeReference<List<Map<String, Object>>>() { });
        } catch (JacksonException failure) {
            throw OrchestratorException.internal("a stored JSON list is corrupt: " + failure.getOriginalMessage());
        }
    }

    static List<String> jsonStrings(String text) {
        if (text.equals("[]")) {
            return List.of();
        }
        try {
            return Json.MAPPER.readValue(text, new TypeReference<List<String>>() { });
        } catch (JacksonException failure) {
            throw OrchestratorException.internal("a stored JSON list is corrupt: " + failure.getOriginalMessage());
        }
    }
}
