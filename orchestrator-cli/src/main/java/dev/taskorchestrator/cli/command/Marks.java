package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.domain.task.TaskStatus;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Help.Ansi;

/** How a task's status looks in a table or a tree: a mark and, on a terminal, a colour. */
final class Marks {

    private static final Map<TaskStatus, String> MARKS = new EnumMap<>(Map.of(TaskStatus.PENDING, "○",
            TaskStatus.IN_PROGRESS, "▶", TaskStatus.BLOCKED, "■", TaskStatus.COMPLETED, "✓", TaskStatus.FAILED, "✗",
            TaskStatus.CANCELLED, "⊘", TaskStatus.ARCHIVED, "▪"));
    private static final Map<TaskStatus, String> STYLES = new EnumMap<>(Map.of(TaskStatus.IN_PROGRESS, "yellow",
            TaskStatus.BLOCKED, "magenta", TaskStatus.COMPLETED, "green", TaskStatus.FAILED, "red",
            TaskStatus.CANCELLED, "faint", TaskStatus.ARCHIVED, "faint"));

    private Marks() {
    }

    /** Text a user wrote, in bold on a terminal: never read as picocli markup, whatever it contains. */
    static String bold(String text, Ansi ansi) {
        return ansi.enabled() ? "\u001B[1m" + text + "\u001B[22m" : text;
    }

    /** {@code ✓ completed}, in the status's colour. */
    static String status(TaskStatus status, Ansi ansi) {
        return styled(status, MARKS.get(status) + " " + status.wire(), ansi);
    }

    /** {@code ✓}, in the status's colour. */
    static String mark(TaskStatus status, Ansi ansi) {
        return styled(status, MARKS.get(status), ansi);
    }

    private static String styled(TaskStatus status, String text, Ansi ansi) {
        String style = STYLES.get(status);
        return style == null ? text : ansi.string("@|" + style + " " + text + "|@");
    }

    /** In a dimmer colour on a terminal: ids and roles beside a title. */
    static String faint(String text, Ansi ansi) {
        return ansi.enabled() ? "\u001B[2m" + text + "\u001B[22m" : text;
    }
}
