package dev.taskorchestrator.board;

import dev.taskorchestrator.application.port.in.BoardUseCase;
import dev.taskorchestrator.domain.task.PlanProgress;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The pieces every view shows of a task: its status, who holds it until when, how far its subtasks are. */
final class Fragments {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Fragments() {
    }

    /** The status as a word in a coloured badge, "ready" beside it for a pending task an agent could start. */
    static void status(Html html, BoardUseCase.Board board, Task task) {
        html.element("span", "st st-" + task.status().wire(), task.status().wire());
        if (board.isReady(task.id())) {
            html.element("span", "st st-ready", "ready");
        }
    }

    /** The specialist, and the assignee with the lease's end when the task is held. */
    static void holder(Html html, BoardUseCase.Board board, Task task) {
        html.element("span", "role", task.specialistType());
        task.assignee().ifPresent(assignee -> {
            html.raw(" ").element("span", "who", assignee);
            task.data().leaseExpiresAt().ifPresent(until -> html.raw(" ").element("span", "lease",
                    "lease " + until(until, board.readAt())));
        });
    }

    /** Completed of total, and a bar; nothing for a task without subtasks. */
    static void progress(Html html, BoardUseCase.Board board, Task task) {
        board.progress(task.id()).ifPresent(progress -> bar(html, progress));
    }

    static void bar(Html html, PlanProgress progress) {
        html.raw("<span class=\"progress\"").attr("title", progress.completed() + " of " + progress.total()
                + " subtasks done").raw("><meter min=\"0\"").attr("max", String.valueOf(progress.total()))
                .attr("value", String.valueOf(progress.completed())).raw("></meter>")
                .text(progress.completed() + "/" + progress.total()).raw("</span>");
    }

    static String time(Instant at) {
        return MINUTES.format(at);
    }

    /** When a lease ends, as a person reads it: "in 4 min", "ended 2 min ago". */
    static String until(Instant end, Instant now) {
        long minutes = Duration.between(now, end).toMinutes();
        if (end.isBefore(now)) {
            return "ended " + Math.max(1, -minutes) + " min ago";
        }
        return minutes < 1 ? "ends in under a minute" : "ends in " + minutes + " min";
    }

    /** The statuses in the order work moves through them, for columns and legends. */
    static final TaskStatus[] FLOW = {TaskStatus.PENDING, TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED, TaskStatus.FAILED,
            TaskStatus.COMPLETED, TaskStatus.CANCELLED, TaskStatus.ARCHIVED};
}
