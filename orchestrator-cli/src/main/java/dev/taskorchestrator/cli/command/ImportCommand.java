package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.ImportUseCase;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.wire.exchange.BeadsFile;
import dev.taskorchestrator.wire.exchange.Converted;
import dev.taskorchestrator.wire.exchange.ExportRecords;
import dev.taskorchestrator.wire.exchange.ShrimpFile;
import dev.taskorchestrator.wire.exchange.TaskMasterFile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Reads an export back: every record checked first, then all stored in one transaction, or none. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Reads into this workspace a file that `orchestrator export` wrote (any version it wrote), or "
                + "another tool's plan: Task Master's .taskmaster/tasks/tasks.json (every tag), Shrimp's "
                + "tasks.json or beads' .beads/issues.jsonl, recognised by their content. Every record is "
                + "checked before anything is stored, then everything is stored in one transaction: a bad "
                + "record refuses the whole file, naming its line (or its place in the document) and the field, "
                + "and nothing is imported. A dependency cycle is refused with the cycle named. What the "
                + "workspace already holds is skipped, so importing the same file again changes nothing "
                + "(another tool's task keeps where it came from in its context). The summary says what was "
                + "mapped on the way (a status this tool does not have, say). --dry-run checks and counts only.",
        footerHeading = "%nExamples:%n",
        footer = {"  orchestrator import backup.jsonl", "  orchestrator import .taskmaster/tasks/tasks.json --dry-run",
            "  orchestrator import .beads/issues.jsonl", "  orchestrator import tasks.json --from shrimp",
            "  orchestrator export --workspace ../old | orchestrator import -"})
public final class ImportCommand implements Callable<Integer> {

    private static final List<String> SOURCES = List.of("auto", "jsonl", "taskmaster", "shrimp", "beads");
    private static final List<String> KINDS = List.of("sessions", "tasks", "dependencies", "artifacts", "events");

    private final ImportUseCase importer;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Field("file")
    @Parameters(paramLabel = "FILE", description = "The file to read, or - for stdin.")
    private String file;

    @Field("from")
    @Option(names = "--from", paramLabel = "FORMAT",
            description = "auto (the default: recognised by the content, not the name), jsonl (ours),"
                    + " taskmaster (.taskmaster/tasks/tasks.json), shrimp (tasks.json) or beads (.beads/issues.jsonl).")
    private String from = "auto";

    @Option(names = "--dry-run", description = "Check the file and say what would be stored, storing nothing.")
    private boolean dryRun;

    public ImportCommand(ImportUseCase importer, Console console) {
        this.importer = importer;
        this.console = console;
    }

    @Override
    public Integer call() {
        if (!SOURCES.contains(from)) {
            throw OrchestratorException.invalid("from", "from '" + from + "' is not one of: " + String.join(", ", SOURCES),
                    SOURCES);
        }
        String text = console.read(file, "file");
        if (text.isBlank()) {
            throw OrchestratorException.invalid("file", "file: " + file + " is empty");
        }
        String source = source(text);
        String format = "auto".equals(from) ? recognised(text) : from;
        Instant now = Instant.now();
        Converted converted = switch (format) {
            case "jsonl" -> new Converted("jsonl", ours(text), List.of());
            case "beads" -> BeadsFile.convert(lines(text).stream().map(line -> new BeadsFile.Line(line.number(),
                    line.object())).toList(), source, now);
            case "taskmaster" -> TaskMasterFile.convert(document(text), source, now);
            default -> ShrimpFile.convert(document(text), source, now);
        };
        Progress progress = Progress.of(spec, "", converted.items().size());
        progress.say((dryRun ? "checking " : "checking and storing ") + String.format(java.util.Locale.ROOT, "%,d",
                converted.items().size()) + " records in one transaction…");
        ImportUseCase.Result result;
        try {
            result = importer.importItems(new ImportUseCase.Command(converted.items(), dryRun));
        } finally {
            progress.done();
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", converted.format());
        document.put("dry_run", result.dryRun());
        document.put("created", inOrder(result.created()));
        document.put("skipped", inOrder(result.skipped()));
        document.put("mapped", converted.mapped());
        console.show(spec, document, summary(converted, result));
        return 0;
    }

    /**
     * What another tool's tasks' ids are derived from, with the tool's own ids: the file's path, so
     * that importing it again after it changed adds only what is new; for stdin, which has no path,
     * the content, so that two projects piped in one after the other stay two.
     */
    private String source(String text) {
        if (!"-".equals(file)) {
            return Path.of(file).toAbsolutePath().normalize().toString();
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
            return "stdin:" + java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    /** A line of a JSON Lines file, read as an object; blank lines are skipped. */
    private record Line(int number, Map<String, Object> object) {
    }

    private List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        String[] all = text.split("\n", -1);
        Progress progress = Progress.of(spec, "reading line", all.length);
        try {
            for (int i = 0; i < all.length; i++) {
                if (!all[i].isBlank()) {
                    lines.add(new Line(i + 1, console.json().readObject(all[i], "line " + (i + 1))));
                }
                progress.step();
            }
        } finally {
            progress.done();
        }
        return lines;
    }

    private List<ImportUseCase.Located> ours(String text) {
        List<Line> lines = lines(text);
        if (!ExportRecords.isHeader(lines.get(0).object())) {
            throw OrchestratorException.invalid("file", "file: " + file + " is not an orchestrator export: its first"
                    + " record has no \"format\": \"" + ExportRecords.FORMAT + "\"", SOURCES);
        }
        return lines.stream().map(line -> ImportUseCase.Located.onLine(line.number(),
                ExportRecords.read(line.object(), line.number()))).toList();
    }

    private Map<String, Object> document(String text) {
        return console.json().readObject(text, "file");
    }

    /** Which format the content is, from its first line, or else from the whole document. */
    private String recognised(String text) {
        String first = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        Map<String, Object> firstObject = null;
        try {
            firstObject = console.json().readObject(first, "line 1");
        } catch (OrchestratorException notOneObject) {
            // a document spread over lines: judged whole below
        }
        if (firstObject != null && ExportRecords.isHeader(firstObject)) {
            return "jsonl";
        }
        if (firstObject != null && BeadsFile.recognises(firstObject)) {
            return "beads";
        }
        Map<String, Object> whole;
        try {
            whole = document(text);
        } catch (OrchestratorException notADocument) {
            throw unrecognised();
        }
        if (ShrimpFile.recognises(whole)) {
            return "shrimp";
        }
        if (TaskMasterFile.recognises(whole)) {
            return "taskmaster";
        }
        throw unrecognised();
    }

    private OrchestratorException unrecognised() {
        return OrchestratorException.invalid("file", "file: " + file + " is not a format this imports: an orchestrator"
                + " export (jsonl), Task Master's tasks.json, Shrimp's tasks.json or beads' issues.jsonl; name it with"
                + " --from if it is one of them", SOURCES);
    }

    private static Map<String, Object> inOrder(Map<String, Long> counts) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        KINDS.forEach(kind -> ordered.put(kind, counts.get(kind)));
        return ordered;
    }

    private static String summary(Converted converted, ImportUseCase.Result result) {
        StringBuilder text = new StringBuilder(result.dryRun() ? "would import (dry run, nothing stored)" : "imported")
                .append(" from ").append(converted.format()).append(':');
        for (String kind : KINDS) {
            text.append(String.format("%n  %-13s %6d new, %6d already here", kind, result.created().get(kind),
                    result.skipped().get(kind)));
        }
        if (!converted.mapped().isEmpty()) {
            text.append(String.format("%nmapped on the way:"));
            converted.mapped().forEach(note -> text.append(String.format("%n  %s", note)));
        }
        return text.toString();
    }
}
