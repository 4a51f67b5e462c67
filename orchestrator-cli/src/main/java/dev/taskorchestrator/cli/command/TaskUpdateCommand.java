package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.UpdateTaskUseCase;
import dev.taskorchestrator.domain.task.Complexity;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.TaskChanges;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.domain.task.TaskType;
import dev.taskorchestrator.wire.TaskDocuments;
import dev.taskorchestrator.wire.TaskTexts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Changes a task's fields, status or dependencies. */
@Command(name = "update", mixinStandardHelpOptions = true,
        description = {"Changes a task's fields, moves it to another status (allowed moves only), or adds and removes "
                + "dependencies. --if-version applies the change only if nobody changed the task since.",
            "A task an agent holds is refused; --force overrides the claim (recorded in its history)."},
        footerHeading = "%nExamples:%n",
        footer = {"  orchestrator task update task_01jq2m3n4p5r --priority high --specialist reviewer",
            "  orchestrator task update task_01jq2m3n4p5r --status blocked --reason \"waiting for the API key\"",
            "  orchestrator task update task_01jq2m3n4p5r --status pending --force   (free a stuck agent's task)"})
public final class TaskUpdateCommand implements Callable<Integer> {

    private final UpdateTaskUseCase updateTask;
    private final Console console;
    private final Invocation invocation;

    @Spec
    private CommandSpec spec;

    @Field("task_id")
    @Parameters(paramLabel = "TASK_ID", description = "The task.")
    private TaskId taskId;

    @Field("title")
    @Option(names = "--title", paramLabel = "TEXT")
    private String title;

    @Field("description")
    @Option(names = "--description", paramLabel = "TEXT")
    private String description;

    @Field("task_type")
    @Option(names = "--type", paramLabel = "TYPE", completionCandidates = Choices.Types.class,
            description = "${COMPLETION-CANDIDATES}.")
    private TaskType type;

    @Field("specialist_type")
    @Option(names = "--specialist", paramLabel = "ROLE", completionCandidates = Choices.Roles.class,
            description = "${COMPLETION-CANDIDATES}.")
    private String specialist;

    @Field("complexity")
    @Option(names = "--complexity", paramLabel = "LEVEL", completionCandidates = Choices.Complexities.class,
            description = "${COMPLETION-CANDIDATES}.")
    private Complexity complexity;

    @Field("priority")
    @Option(names = "--priority", paramLabel = "PRIORITY", completionCandidates = Choices.Priorities.class,
            description = "${COMPLETION-CANDIDATES}.")
    private Priority priority;

    @Field("estimated_effort")
    @Option(names = "--effort", paramLabel = "TEXT", description = "Estimated effort, e.g. 2h.")
    private String effort;

    @Field("due_date")
    @Option(names = "--due", paramLabel = "DATE", description = "YYYY-MM-DD or an ISO-8601 date-time.")
    private Instant due;

    @Field("status")
    @Option(names = "--status", paramLabel = "STATUS", completionCandidates = Choices.Statuses.class,
            description = "${COMPLETION-CANDIDATES}.")
    private TaskStatus status;

    @Field("reason")
    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, kept in the history.")
    private String reason;

    @Field("add_dependencies")
    @Option(names = "--add-dependency", paramLabel = "TASK_ID", description = "Wait for this task (repeatable).")
    private List<TaskId> add = new ArrayList<>();

    @Field("remove_dependencies")
    @Option(names = "--remove-dependency", paramLabel = "TASK_ID", description = "Stop waiting for it (repeatable).")
    private List<TaskId> remove = new ArrayList<>();

    @Field("version")
    @Option(names = "--if-version", paramLabel = "N", description = "Apply only if the task is still at this "
            + "version (see task show).")
    private Long version;

    @Field("force")
    @Option(names = "--force", description = "Override the claim of the agent that holds the task (recorded).")
    private boolean force;

    public TaskUpdateCommand(UpdateTaskUseCase updateTask, Console console, Invocation invocation) {
        this.updateTask = updateTask;
        this.console = console;
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        TaskChanges changes = new TaskChanges(Optional.ofNullable(title), Optional.ofNullable(description),
                Optional.ofNullable(type), Optional.ofNullable(specialist), Optional.ofNullable(complexity),
                Optional.ofNullable(priority), Optional.ofNullable(effort), Optional.ofNullable(due), Optional.empty());
        var result = updateTask.update(new UpdateTaskUseCase.Command(taskId,
                version == null ? OptionalLong.empty() : OptionalLong.of(version), changes, Optional.ofNullable(status),
                Optional.ofNullable(reason), add, remove, invocation.operator(), force));
        console.show(spec, TaskDocuments.updated(result), TaskTexts.updated(result));
        return 0;
    }
}
