package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.ExportUseCase;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.wire.exchange.ExportRecords;
import dev.taskorchestrator.wire.exchange.MarkdownReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the store, or one session, as JSON Lines that {@code import} reads back unchanged. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes every session, task (with every field), dependency, artifact (with its content) and "
                + "task history as JSON Lines: a header with the format, its version and the counts, then one "
                + "record a line. `orchestrator import` reads it back into another workspace; exporting that "
                + "one again gives the same file but for the header's exported_at. Read in one snapshot, a page "
                + "at a time: memory does not grow with the store. A file is written whole or not at all (to a "
                + "temporary file first, then moved into place).",
        footerHeading = "%nExamples:%n",
        footer = {"  orchestrator export --out backup.jsonl",
            "  orchestrator export --session session_01jq2m3n4p5r > session.jsonl",
            "  orchestrator export --format markdown --out PLAN.md",
            "  orchestrator export | orchestrator import - --workspace ../other"})
public final class ExportCommand implements Callable<Integer> {

    private static final List<String> FORMATS = List.of("jsonl", "markdown");

    private final ExportUseCase export;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Field("format")
    @Option(names = "--format", paramLabel = "jsonl|markdown", description = "jsonl (the default): lossless, for"
            + " import. markdown: the plans as a document to read (a pull request, a wiki), not to import.")
    private String format = "jsonl";

    @Field("session_id")
    @Option(names = "--session", paramLabel = "SESSION_ID", description = "Only this session and its tasks.")
    private SessionId session;

    @Field("out")
    @Option(names = "--out", paramLabel = "FILE|-", description = "Where to write. Default: - (stdout).")
    private String out = "-";

    public ExportCommand(ExportUseCase export, Console console) {
        this.export = export;
        this.console = console;
    }

    @Override
    public Integer call() {
        if (!FORMATS.contains(format)) {
            throw OrchestratorException.invalid("format", "format '" + format + "' is not one of: "
                    + String.join(", ", FORMATS), FORMATS);
        }
        ExportUseCase.Query query = new ExportUseCase.Query(Optional.ofNullable(session));
        Writing writing = "markdown".equals(format) ? markdown(query) : jsonLines(query);
        ExportUseCase.Header header = "-".equals(out) ? toStdout(writing) : toFile(writing, target());
        ExportUseCase.Counts counts = header.counts();
        String summary = String.format("exported %d sessions, %d tasks, %d dependencies, %d artifacts, %d events%s%s",
                counts.sessions(), counts.tasks(), counts.dependencies(), counts.artifacts(), counts.events(),
                "markdown".equals(format) ? " as Markdown" : "", "-".equals(out) ? "" : " to " + out);
        if ("-".equals(out)) {
            // stdout is the export itself: the summary is for the person watching.
            spec.commandLine().getErr().println(summary);
            spec.commandLine().getErr().flush();
            return 0;
        }
        Map<String, Object> counted = new LinkedHashMap<>();
        counted.put("sessions", counts.sessions());
        counted.put("tasks", counts.tasks());
        counted.put("dependencies", counts.dependencies());
        counted.put("artifacts", counts.artifacts());
        counted.put("events", counts.events());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", format);
        document.put("out", out);
        document.put("exported_at", header.exportedAt().toString());
        document.put("counts", counted);
        console.show(spec, document, summary);
        return 0;
    }

    /** Writes an export's text through {@code writer}, returning its header. */
    @FunctionalInterface
    private interface Writing {
        ExportUseCase.Header to(Writer writer) throws IOException;
    }

    /** A line an item, each written as it is read: memory does not grow with the store. */
    private Writing jsonLines(ExportUseCase.Query query) {
        return writer -> {
            Progress[] progress = {Progress.of(spec, "", 0)};
            try {
                return export.export(query, item -> {
                    if (item instanceof ExportUseCase.Header first) {
                        progress[0] = Progress.of(spec, "exporting task", first.counts().tasks());
                    } else if (item instanceof ExportUseCase.TaskItem) {
                        progress[0].step();
                    }
                    write(writer, console.json().write(ExportRecords.write(item)));
                });
            } finally {
                progress[0].done();
            }
        };
    }

    /** The report needs the whole tree before its first line; it is for reading, not for a whole store's backup. */
    private Writing markdown(ExportUseCase.Query query) {
        return writer -> {
            List<ExportUseCase.Item> items = new ArrayList<>();
            ExportUseCase.Header header = export.export(query, item -> {
                if (!(item instanceof ExportUseCase.ArtifactItem) && !(item instanceof ExportUseCase.EventItem)) {
                    items.add(item);
                }
            });
            writer.write(MarkdownReport.of(items));
            return header;
        };
    }

    private ExportUseCase.Header toStdout(Writing writing) {
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            return writing.to(stdout);
        } catch (IOException | UncheckedIOException e) {
            throw OrchestratorException.invalid("out", "out: cannot write to stdout: " + e.getMessage());
        } finally {
            stdout.flush();
        }
    }

    /** Into a temporary file beside the target, moved into place only once it is whole. */
    private ExportUseCase.Header toFile(Writing writing, Path target) {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial),
                StandardCharsets.UTF_8))) {
            ExportUseCase.Header header = writing.to(writer);
            writer.close();
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return header;
        } catch (IOException | UncheckedIOException e) {
            throw OrchestratorException.invalid("out", "out: cannot write " + out + ": " + e.getMessage());
        } finally {
            deleteQuietly(partial);
        }
    }

    private Path target() {
        try {
            return Path.of(out).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw OrchestratorException.invalid("out", "out: '" + out + "' is not a file name: " + e.getMessage());
        }
    }

    private static void write(Writer writer, String line) {
        try {
            writer.write(line);
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // stdout's PrintWriter keeps a closed pipe (`export | head`) to itself: asked, it ends the export.
        if (writer instanceof PrintWriter stdout && stdout.checkError()) {
            throw new UncheckedIOException(new IOException("the reader of stdout has gone"));
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover .partial file names itself; it is never taken for an export
        }
    }
}
