package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.domain.common.OrchestratorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Hands in a task's work: the work becomes an artifact, the summary stays on the task. */
@Command(name = "complete", mixinStandardHelpOptions = true,
        description = "Hands in a task's work: the full work is kept as an artifact, the summary on the task. "
                + "Prints the parent's progress and the next ready task.",
        footerHeading = "%nExamples:%n",
        footer = {"  orchestrator task complete task_01jq2m3n4p5r --summary \"Parser done\" --work-file notes.md",
            "  git diff | orchestrator task complete task_01jq2m3n4p5r --summary \"Fixed\" --work-file - --type code"})
public final class TaskCompleteCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TASK_ID", description = "The task.")
    private String taskId;

    @Option(names = "--summary", required = true, paramLabel = "TEXT", description = "What was done, in a few sentences.")
    private String summary;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Work work;

    @Option(names = "--type", paramLabel = "TYPE", description = "The artifact's type: code, documentation, analysis, "
            + "design, test, config, data, general. Default: general.")
    private String artifactType;

    @Option(names = "--name", paramLabel = "TEXT", description = "The artifact's name.")
    private String artifactName;

    @Option(names = "--file-path", paramLabel = "PATH", description = "A file created or changed (repeatable).")
    private List<String> filePaths = new ArrayList<>();

    @Option(names = "--next-action", paramLabel = "ACTION", description = "continue, complete, needs_revision, blocked. "
            + "Default: continue.")
    private String nextAction;

    @Option(names = "--agent", paramLabel = "NAME", description = "Who holds the task. Default: cli@$USER.")
    private String agent;

    /** The work, given inline or read from a file ({@code -} for stdin). */
    static final class Work {
        @Option(names = "--work", paramLabel = "TEXT", description = "The full work, inline.")
        String text;

        @Option(names = "--work-file", paramLabel = "FILE", description = "Read the full work from FILE (- for stdin).")
        String file;
    }

    public TaskCompleteCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        console.show(spec, console.client().call("orchestrator_complete_task", ToolArgs.of().put("task_id", taskId)
                .put("summary", summary).put("detailed_work", detailedWork()).put("artifact_type", artifactType)
                .put("artifact_name", artifactName).put("file_paths", filePaths).put("next_action", nextAction)
                .put("agent", agent).map()));
        return 0;
    }

    private String detailedWork() {
        if (work.text != null) {
            return work.text;
        }
        try {
            return "-".equals(work.file) ? new String(console.stdin().readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(work.file));
        } catch (IOException e) {
            throw OrchestratorException.invalid("work-file", "cannot read the work from " + work.file + ": "
                    + e.getMessage());
        }
    }
}
