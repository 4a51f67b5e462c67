package dev.taskorchestrator.cli.command;

import java.util.Map;
import picocli.CommandLine.Help.Ansi;

/** How a task's status looks in a table or a tree: a mark and, on a terminal, a colour. */
final class Marks {

    private static final Map<String, String> MARKS = Map.of("pending", "○", "in_progress", "▶", "blocked", "■",
            "completed", "✓", "failed", "✗", "cancelled", "⊘", "archived", "▪");
    private static final Map<String, String> STYLES = Map.of("in_progress", "yellow", "blocked", "magenta",
            "completed", "green", "failed", "red", "cancelled", "faint", "archived", "faint");

    private Marks() {
    }

    /** Text a user wrote, in bold on a terminal: never read as picocli markup, whatever it contains. */
    static String bold(String text, Ansi ansi) {
        return ansi.enabled() ? "\u001B[1m" + text + "\u001B[22m" : text;
    }

    static String status(String status, Ansi ansi) {
        if (status == null) {
            return "?";
        }
        String text = MARKS.getOrDefault(status, "?") + " " + status;
        String style = STYLES.get(status);
        return style == null ? text : ansi.string("@|" + style + " " + text + "|@");
    }

    static String mark(String status, Ansi ansi) {
        if (status == null) {
            return "?";
        }
        String mark = MARKS.getOrDefault(status, "?");
        String style = STYLES.get(status);
        return style == null ? mark : ansi.string("@|" + style + " " + mark + "|@");
    }
}
