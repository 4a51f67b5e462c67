package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.domain.common.OrchestratorException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every command uses to show its result: with {@code --json} the published document (what the
 * MCP tool's structured content holds, without the hints for agents), otherwise what a person reads
 * (tables, trees, colours on a terminal only). It also reads the files and stdin commands take.
 */
public final class Console {

    private final JsonCodec json;
    private final GlobalOptions options;
    private final Supplier<InputStream> stdin;

    public Console(JsonCodec json, GlobalOptions options, Supplier<InputStream> stdin) {
        this.json = json;
        this.options = options;
        this.stdin = stdin;
    }

    JsonCodec json() {
        return json;
    }

    /** Prints {@code document} as JSON with {@code --json}, else what {@code human} writes. */
    void show(CommandSpec spec, Map<String, Object> document, Human human) {
        PrintWriter out = spec.commandLine().getOut();
        if (options.json()) {
            out.println(json.write(document));
        } else {
            human.write(out, ansi(spec));
        }
        out.flush();
    }

    /** Prints {@code document} as JSON with {@code --json}, else {@code text} as it is. */
    void show(CommandSpec spec, Map<String, Object> document, String text) {
        show(spec, document, (out, ansi) -> out.println(text));
    }

    Ansi ansi(CommandSpec spec) {
        return options.noColor() ? Ansi.OFF : spec.commandLine().getColorScheme().ansi();
    }

    /** The text of a file, or of stdin when {@code source} is {@code -}; an unreadable one names {@code field}. */
    String read(String source, String field) {
        return read(source, field, Integer.MAX_VALUE - 8);
    }

    /**
     * At most {@code limit} bytes of a file or of stdin: enough for the use case to refuse what is
     * too large, without a device that never ends or a huge file filling the memory first.
     */
    String read(String source, String field, int limit) {
        try (InputStream in = open(source, field)) {
            return new String(in.readNBytes(limit), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable(source, field, e);
        }
    }

    private InputStream open(String source, String field) {
        try {
            return "-".equals(source) ? stdin.get() : Files.newInputStream(Path.of(source));
        } catch (IOException | InvalidPathException e) {
            throw unreadable(source, field, e);
        }
    }

    private static OrchestratorException unreadable(String source, String field, Exception e) {
        return e instanceof NoSuchFileException
                ? OrchestratorException.invalid(field, field + ": cannot read " + source + ": there is no such file")
                : OrchestratorException.invalid(field, field + ": cannot read " + source + ": " + e.getMessage());
    }

    /** Writes a result for a person. */
    @FunctionalInterface
    interface Human {
        void write(PrintWriter out, Ansi ansi);
    }
}
