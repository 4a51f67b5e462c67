package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.ImportUseCase;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.wire.exchange.ExportRecords;
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
        description = {"Reads a file that `orchestrator export` wrote (any version it wrote) into this workspace.",
            "Every line is checked before anything is stored, then everything is stored in one transaction: a bad",
            "record refuses the whole file, naming its line and field, and nothing is imported. A dependency cycle",
            "is refused with the cycle named. What the workspace already holds (the same ids) is skipped, so",
            "importing the same file again changes nothing. --dry-run checks and counts without storing."},
        footerHeading = "%nExamples:%n",
        footer = {"  orchestrator import backup.jsonl", "  orchestrator import backup.jsonl --dry-run",
            "  orchestrator export --workspace ../old | orchestrator import -"})
public final class ImportCommand implements Callable<Integer> {

    private static final List<String> SOURCES = List.of("auto", "jsonl");
    private static final List<String> KINDS = List.of("sessions", "tasks", "dependencies", "artifacts", "events");

    private final ImportUseCase importer;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Field("file")
    @Parameters(paramLabel = "FILE", description = "The file to read, or - for stdin.")
    private String file;

    @Field("from")
    @Option(names = "--from", paramLabel = "auto|jsonl",
            description = "The file's format. Default: auto, recognised by its content.")
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
        List<ImportUseCase.Numbered> items = console.readLines(file, "file", reader -> {
            List<ImportUseCase.Numbered> read = new ArrayList<>();
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> row = console.json().readObject(line, "line " + number);
                if (read.isEmpty() && !ExportRecords.isHeader(row)) {
                    throw OrchestratorException.invalid("file", "file: " + file + " is not an orchestrator export: its"
                            + " first record has no \"format\": \"" + ExportRecords.FORMAT + "\"", SOURCES);
                }
                read.add(new ImportUseCase.Numbered(number, ExportRecords.read(row, number)));
            }
            return read;
        });
        if (items.isEmpty()) {
            throw OrchestratorException.invalid("file", "file: " + file + " is empty; an export begins with its header");
        }
        ImportUseCase.Result result = importer.importItems(new ImportUseCase.Command(items, dryRun));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("dry_run", result.dryRun());
        document.put("created", inOrder(result.created()));
        document.put("skipped", inOrder(result.skipped()));
        console.show(spec, document, summary(result));
        return 0;
    }

    private static Map<String, Object> inOrder(Map<String, Long> counts) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        KINDS.forEach(kind -> ordered.put(kind, counts.get(kind)));
        return ordered;
    }

    private static String summary(ImportUseCase.Result result) {
        StringBuilder text = new StringBuilder(result.dryRun() ? "would import (dry run, nothing stored):" : "imported:");
        for (String kind : KINDS) {
            text.append(String.format("%n  %-13s %6d new, %6d already here", kind, result.created().get(kind),
                    result.skipped().get(kind)));
        }
        return text.toString();
    }
}
