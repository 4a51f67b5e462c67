package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.artifact.Artifact;
import dev.taskorchestrator.domain.session.Session;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskId;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything the store holds, or one session's part of it, as a sequence of items a format can
 * write one at a time: a header with the counts, then each session, and each task followed by its
 * dependencies, artifacts (with their content) and history. Read in one snapshot, a page of tasks
 * at a time, so memory does not grow with the store.
 */
public interface ExportUseCase {

    /** The version of the items' shape; an import reads this one and every older one. */
    int VERSION = 1;

    /** Hands every item to {@code sink} in order and returns the header it began with. */
    Header export(Query query, Consumer<Item> sink);

    /** @param sessionId only this session's tasks (and the session itself); everything when empty */
    record Query(Optional<SessionId> sessionId) {
        public static Query everything() {
            return new Query(Optional.empty());
        }
    }

    /** One unit of an export, in the order written. */
    sealed interface Item permits Header, SessionItem, TaskItem, DependencyItem, ArtifactItem, EventItem {
    }

    record Header(int version, Instant exportedAt, Optional<SessionId> sessionId, Counts counts) implements Item {
    }

    record Counts(long sessions, long tasks, long dependencies, long artifacts, long events) {
    }

    record SessionItem(Session session) implements Item {
    }

    /** A task; its dependencies follow as {@link DependencyItem}s, in their order. */
    record TaskItem(Task task) implements Item {
    }

    /** {@code task} depends on {@code prerequisite}, the {@code position}-th of its dependencies (from 0). */
    record DependencyItem(TaskId task, TaskId prerequisite, int position) implements Item {
    }

    record ArtifactItem(Artifact artifact) implements Item {
    }

    record EventItem(TaskEvent event) implements Item {
    }
}
