package dev.taskorchestrator.persistence.jdbi;

/** One row of {@code tasks}, as the database holds it (Jdbi maps snake_case columns to these names). */
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
}
