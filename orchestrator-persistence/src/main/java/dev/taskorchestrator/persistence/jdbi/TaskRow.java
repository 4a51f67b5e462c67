package dev.taskorchestrator.persistence.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;

/** One row of {@code tasks}, as the database holds it. */
public record TaskRow(
        String id,
        String parentId,
        String sessionId,
        String title,
        String description,
        String taskType,
        String status,
        String specialistType,
        String complexity,
        int priority,
        String estimatedEffort,
        Long dueDate,
        String context,
        boolean autoCompleteParent,
        String summary,
        String statusReason,
        String assignee,
        Long leaseExpiresAt,
        int attempts,
        long version,
        long createdAt,
        long updatedAt,
        Long startedAt,
        Long completedAt) {

    /**
     * Reads the columns of {@link JdbiTaskRepository}'s select list by position: every ranking
     * maps a few hundred rows, and a reflective mapper made per query cost more than the queries.
     */
    static final RowMapper<TaskRow> MAPPER = (rs, ctx) -> new TaskRow(rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getString(9), rs.getInt(10), rs.getString(11), nullableLong(rs, 12), rs.getString(13),
            rs.getBoolean(14), rs.getString(15), rs.getString(16), rs.getString(17), nullableLong(rs, 18),
            rs.getInt(19), rs.getLong(20), rs.getLong(21), rs.getLong(22), nullableLong(rs, 23), nullableLong(rs, 24));

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
