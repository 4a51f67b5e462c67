package dev.taskorchestrator.domain.task;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.JsonValues;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.session.SessionId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every persisted field of a task, checked for structural consistency only. Repositories build
 * it from rows and hand it to {@link Task#restore}; creation policy lives in {@link Task#create}.
 */
public record TaskData(
        TaskId id,
        Optional<TaskId> parentId,
        Optional<SessionId> sessionId,
        String title,
        String description,
        TaskType taskType,
        TaskStatus status,
        String specialistType,
        Complexity complexity,
        Priority priority,
        Optional<String> estimatedEffort,
        Optional<Instant> dueDate,
        Map<String, Object> context,
        List<TaskId> dependencies,
        boolean autoCompleteParent,
        Optional<String> summary,
        Optional<String> statusReason,
        Optional<String> assignee,
        Optional<Instant> leaseExpiresAt,
        int attempts,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> startedAt,
        Optional<Instant> completedAt) {

    public TaskData {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(sessionId, "sessionId");
        title = Checks.text(title, "title", 1, Limits.TITLE_MAX);
        description = Objects.requireNonNull(description, "description");
        Objects.requireNonNull(taskType, "taskType");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(specialistType, "specialistType");
        Objects.requireNonNull(complexity, "complexity");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(estimatedEffort, "estimatedEffort");
        Objects.requireNonNull(dueDate, "dueDate");
        context = JsonValues.object(context, "context");
        dependencies = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(dependencies, "dependencies")));
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(statusReason, "statusReason");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(leaseExpiresAt, "leaseExpiresAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(completedAt, "completedAt");
        if (parentId.filter(id::equals).isPresent()) {
            throw OrchestratorException.invalid("parent_task_id", "task " + id + " cannot be its own parent");
        }
        if (dependencies.contains(id)) {
            throw new OrchestratorException(dev.taskorchestrator.domain.common.ErrorCode.DEPENDENCY_CYCLE,
                    "task " + id + " cannot depend on itself: " + id + " -> " + id, "dependencies", List.of());
        }
        if (assignee.isPresent() != leaseExpiresAt.isPresent()) {
            throw OrchestratorException.internal("assignee and lease go together");
        }
        if (assignee.isPresent() && status != TaskStatus.IN_PROGRESS) {
            throw OrchestratorException.internal("only an in-progress task can be claimed, " + id + " is " + status.wire());
        }
        if (status == TaskStatus.COMPLETED && completedAt.isEmpty()) {
            throw OrchestratorException.internal("completed task " + id + " lacks completed_at");
        }
        if (attempts < 0 || version < 0) {
            throw OrchestratorException.internal("attempts and version are never negative");
        }
    }

    /** Whether the claim is held by someone and its lease still runs at {@code now}. */
    public boolean claimedAt(Instant now) {
        return leaseExpiresAt.filter(now::isBefore).isPresent();
    }

    Builder toBuilder() {
        return new Builder(this);
    }

    /** A mutable copy used only inside the aggregate to derive the next state. */
    static final class Builder {
        TaskId id;
        Optional<TaskId> parentId;
        Optional<SessionId> sessionId;
        String title;
        String description;
        TaskType taskType;
        TaskStatus status;
        String specialistType;
        Complexity complexity;
        Priority priority;
        Optional<String> estimatedEffort;
        Optional<Instant> dueDate;
        Map<String, Object> context;
        List<TaskId> dependencies;
        boolean autoCompleteParent;
        Optional<String> summary;
        Optional<String> statusReason;
        Optional<String> assignee;
        Optional<Instant> leaseExpiresAt;
        int attempts;
        long version;
        Instant createdAt;
        Instant updatedAt;
        Optional<Instant> startedAt;
        Optional<Instant> completedAt;

        private Builder(TaskData d) {
            id = d.id;
            parentId = d.parentId;
            sessionId = d.sessionId;
            title = d.title;
            description = d.description;
            taskType = d.taskType;
            status = d.status;
            specialistType = d.specialistType;
            complexity = d.complexity;
            priority = d.priority;
            estimatedEffort = d.estimatedEffort;
            dueDate = d.dueDate;
            context = d.context;
            dependencies = d.dependencies;
            autoCompleteParent = d.autoCompleteParent;
            summary = d.summary;
            statusReason = d.statusReason;
            assignee = d.assignee;
            leaseExpiresAt = d.leaseExpiresAt;
            attempts = d.attempts;
            version = d.version;
            createdAt = d.createdAt;
            updatedAt = d.updatedAt;
            startedAt = d.startedAt;
            completedAt = d.completedAt;
        }

        Builder releaseClaim() {
            assignee = Optional.empty();
            leaseExpiresAt = Optional.empty();
            return this;
        }

        TaskData build() {
            return new TaskData(id, parentId, sessionId, title, description, taskType, status, specialistType, complexity,
                    priority, estimatedEffort, dueDate, context, dependencies, autoCompleteParent, summary, statusReason,
                    assignee, leaseExpiresAt, attempts, version, createdAt, updatedAt, startedAt, completedAt);
        }
    }
}
