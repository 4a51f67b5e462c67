package dev.taskorchestrator.cli.command;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every command uses to do its work and show it: the client, the global options, and the
 * printing of a reply either as JSON (with {@code --json}, the MCP tool's structured content) or
 * for a person (tables, trees, colours on a terminal only).
 */
public final class Console {

    private final OrchestratorClient client;
    private final GlobalOptions options;
    private final Supplier<InputStream> stdin;

    public Console(OrchestratorClient client, GlobalOptions options, Supplier<InputStream> stdin) {
        this.client = client;
        this.options = options;
        this.stdin = stdin;
    }

    OrchestratorClient client() {
        return client;
    }

    InputStream stdin() {
        return stdin.get();
    }

    /** Prints a reply: its structured content with {@code --json}, else what {@code human} writes. */
    void show(CommandSpec spec, Map<String, Object> structured, Human human) {
        PrintWriter out = spec.commandLine().getOut();
        if (options.json()) {
            out.println(client.json(structured));
        } else {
            human.write(out, ansi(spec));
        }
        out.flush();
    }

    /** Prints a tool's reply; a person gets its text without the hints meant for an agent. */
    void show(CommandSpec spec, OrchestratorClient.Reply reply) {
        show(spec, reply.structured(), (out, ansi) -> out.println(withoutAgentHints(reply.text())));
    }

    Ansi ansi(CommandSpec spec) {
        return options.noColor() ? Ansi.OFF : spec.commandLine().getColorScheme().ansi();
    }

    /** The tools end their text with one "Next: …" line for agents; a report's own lines stay. */
    private static String withoutAgentHints(String text) {
        int last = text.lastIndexOf('\n');
        return last >= 0 && text.startsWith("Next: ", last + 1) ? text.substring(0, last) : text;
    }

    /** Writes a reply for a person. */
    @FunctionalInterface
    interface Human {
        void write(PrintWriter out, Ansi ansi);
    }
}
