package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.RenderPromptUseCase;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.wire.TaskDocuments;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A task as a specialist's prompt, without claiming it. */
@Command(name = "prompt", mixinStandardHelpOptions = true,
        description = "Prints the prompt a specialist works on a task with (its role, the task and the summaries of "
                + "the work it builds on), without claiming the task: to read it, or hand it to a model yourself.",
        footerHeading = "%nExamples:%n", footer = {"  orchestrator task prompt task_01jq2m3n4p5r",
            "  orchestrator task prompt task_01jq2m3n4p5r --role reviewer | pbcopy"})
public final class TaskPromptCommand implements Callable<Integer> {

    private final RenderPromptUseCase renderPrompt;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Field("task_id")
    @Parameters(paramLabel = "TASK_ID", description = "The task.")
    private TaskId taskId;

    @Field("role")
    @Option(names = "--role", paramLabel = "ROLE", completionCandidates = Choices.Roles.class,
            description = "Render it as this role: ${COMPLETION-CANDIDATES}. Default: the task's own specialist.")
    private String role;

    public TaskPromptCommand(RenderPromptUseCase renderPrompt, Console console) {
        this.renderPrompt = renderPrompt;
        this.console = console;
    }

    @Override
    public Integer call() {
        var prompt = renderPrompt.render(new RenderPromptUseCase.Query(taskId, Optional.ofNullable(role)));
        console.show(spec, TaskDocuments.prompt(prompt), prompt.text());
        return 0;
    }
}
