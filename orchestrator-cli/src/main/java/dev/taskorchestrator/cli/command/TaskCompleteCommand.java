package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.CompleteTaskUseCase;
import dev.taskorchestrator.domain.artifact.ArtifactType;
import dev.taskorchestrator.domain.task.NextAction;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.wire.TaskDocuments;
import dev.taskorchestrator.wire.TaskTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Hands in a task's work: the work becomes an artifact, the summary stays on the task. */
@Command(name = "complete", mixinStandardHelpOptions = true,
        description = {"Hands in a task's work: the full work is kept as an artifact, the summary on the task. "
                + "Prints the parent's progress and the next ready task.",
            "A task an agent holds is refused; --force overrides the claim (recorded in its history)."},
        footerHeading = "%nExamples:%n",
        footer = {"  orchestrator task complete task_01jq2m3n4p5r --summary \"Parser done\" --work-file notes.md",
            "  git diff | orchestrator task complete task_01jq2m3n4p5r --summary \"Fixed\" --work-file - --type code"})
public final class TaskCompleteCommand implements Callable<Integer> {

    private final CompleteTaskUseCase completeTask;
    private final Console console;
    private final Invocation invocation;

    @Spec
    private CommandSpec spec;

    @Field("task_id")
    @Parameters(paramLabel = "TASK_ID", description = "The task.")
    private TaskId taskId;

    @Field("summary")
    @Option(names = "--summary", required = true, paramLabel = "TEXT", description = "What was done, in a few sentences.")
    private String summary;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Work work;

    @Field("artifact_type")
    @Option(names = "--type", paramLabel = "TYPE", completionCandidates = Choices.ArtifactTypes.class,
            description = "The artifact's type: ${COMPLETION-CANDIDATES}. Default: general.")
    private ArtifactType artifactType = CompleteTaskUseCase.Command.DEFAULT_ARTIFACT_TYPE;

    @Field("artifact_name")
    @Option(names = "--name", paramLabel = "TEXT", description = "The artifact's name.")
    private String artifactName;

    @Field("file_paths")
    @Option(names = "--file-path", paramLabel = "PATH", description = "A file created or changed (repeatable).")
    private List<String> filePaths = new ArrayList<>();

    @Field("next_action")
    @Option(names = "--next-action", paramLabel = "ACTION", completionCandidates = Choices.NextActions.class,
            description = "${COMPLETION-CANDIDATES}. Default: continue.")
    private NextAction nextAction = CompleteTaskUseCase.Command.DEFAULT_NEXT_ACTION;

    @Field("force")
    @Option(names = "--force", description = "Override the claim of the agent that holds the task (recorded).")
    private boolean force;

    @Mixin
    private ActingAs actingAs;

    /** The work, given inline or read from a file ({@code -} for stdin). */
    static final class Work {
        @Field("detailed_work")
        @Option(names = "--work", paramLabel = "TEXT", description = "The full work, inline.")
        String text;

        @Field("work_file")
        @Option(names = "--work-file", paramLabel = "FILE", description = "Read the full work from FILE (- for stdin).")
        String file;
    }

    public TaskCompleteCommand(CompleteTaskUseCase completeTask, Console console, Invocation invocation) {
        this.completeTask = completeTask;
        this.console = console;
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        String detailedWork = work.text != null ? work.text : console.read(work.file, "work_file");
        var result = completeTask.complete(new CompleteTaskUseCase.Command(taskId, summary, detailedWork, artifactType,
                Optional.ofNullable(artifactName), filePaths, nextAction, actingAs.actor(), force,
                Optional.of(invocation.workspace())));
        console.show(spec, TaskDocuments.completed(result), TaskTexts.completed(result));
        return 0;
    }
}
