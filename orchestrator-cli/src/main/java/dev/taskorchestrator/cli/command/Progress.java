package dev.taskorchestrator.cli.command;

import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How far a long command has come, on one line of stderr that a terminal redraws: {@code checking
 * line 4,200 of 10,003 (42%)}. Nothing at all when there is no terminal (a pipe, a file, a test,
 * an agent's shell), so scripts and logs never see it, and nothing for work under a thousand steps.
 */
final class Progress {

    private static final long REDRAW_NANOS = 100_000_000L;
    private static final long WORTH_SHOWING = 1_000;
    private static final Progress NONE = new Progress(null, "", 0);

    private final PrintWriter err;
    private final String what;
    private final long total;
    private long done;
    private long drawnAt;
    private int width;

    private Progress(PrintWriter err, String what, long total) {
        this.err = err;
        this.what = what;
        this.total = total;
    }

    /** Progress of {@code total} steps of {@code what}, shown only on a terminal. */
    static Progress of(CommandSpec spec, String what, long total) {
        return onTerminal() ? to(spec.commandLine().getErr(), what, total) : NONE;
    }

    /**
     * Whether the process talks to a terminal. Up to Java 21 a console exists only then; from Java
     * 22 one always exists and says so itself ({@code isTerminal}, read by reflection on Java 17).
     */
    private static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException beforeJava22) {
            return true;
        }
    }

    /** Progress drawn on {@code err} whatever it is, when the work is worth showing. */
    static Progress to(PrintWriter err, String what, long total) {
        return total >= WORTH_SHOWING ? new Progress(err, what, total) : NONE;
    }

    void step() {
        if (err == null) {
            return;
        }
        done++;
        long now = System.nanoTime();
        if (now - drawnAt >= REDRAW_NANOS || done == total) {
            drawnAt = now;
            draw(String.format(Locale.ROOT, "%s %,d of %,d (%d%%)", what, done, total, done * 100 / total));
        }
    }

    /** A stage with no count: {@code storing 10,003 tasks in one transaction…}. */
    void say(String text) {
        if (err != null) {
            draw(text);
        }
    }

    /** Clears the line, so that the result is printed where the progress was. */
    void done() {
        if (err != null) {
            draw("");
            err.print('\r');
            err.flush();
        }
    }

    private void draw(String line) {
        err.print('\r' + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
    }
}
