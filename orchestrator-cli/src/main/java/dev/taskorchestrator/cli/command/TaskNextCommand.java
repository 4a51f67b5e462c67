package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.NextTaskUseCase;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.wire.TaskDocuments;
import dev.taskorchestrator.wire.TaskTexts;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Recommends, and with --claim takes, the best ready task. */
@Command(name = "next", mixinStandardHelpOptions = true,
        description = "Recommends the best ready task; with --claim, claims it and prints its specialist prompt.",
        footerHeading = "%nExamples:%n",
        footer = {"  orchestrator task next", "  orchestrator task next --specialist tester --claim"})
public final class TaskNextCommand implements Callable<Integer> {

    private final NextTaskUseCase nextTask;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Field("specialist_type")
    @Option(names = "--specialist", paramLabel = "ROLE", completionCandidates = Choices.Roles.class,
            description = "Only tasks for this role: ${COMPLETION-CANDIDATES}.")
    private String specialist;

    @Field("session_id")
    @Option(names = "--session", paramLabel = "SESSION_ID", description = "Only this session's tasks.")
    private SessionId session;

    @Option(names = "--claim", description = "Claim it now.")
    private boolean claim;

    @Mixin
    private ActingAs actingAs;

    public TaskNextCommand(NextTaskUseCase nextTask, Console console) {
        this.nextTask = nextTask;
        this.console = console;
    }

    @Override
    public Integer call() {
        var result = nextTask.next(new NextTaskUseCase.Query(Optional.ofNullable(session),
                Optional.ofNullable(specialist), claim, claim ? Optional.of(actingAs.actor()) : Optional.empty()));
        console.show(spec, TaskDocuments.next(result), TaskTexts.next(result));
        return 0;
    }
}
