package dev.taskorchestrator.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Recommends, and with --claim takes, the best ready task. */
@Command(name = "next", mixinStandardHelpOptions = true,
        description = "Recommends the best ready task; with --claim, claims it and prints its specialist prompt.",
        footerHeading = "%nExamples:%n",
        footer = {"  orchestrator task next", "  orchestrator task next --specialist tester --claim"})
public final class TaskNextCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    private CommandSpec spec;

    @Option(names = "--specialist", paramLabel = "ROLE", description = "Only tasks for this role.")
    private String specialist;

    @Option(names = "--session", paramLabel = "SESSION_ID", description = "Only this session's tasks.")
    private String session;

    @Option(names = "--claim", description = "Claim it now.")
    private boolean claim;

    @Option(names = "--agent", paramLabel = "NAME", description = "Who the claim is for. Default: cli@$USER.")
    private String agent;

    public TaskNextCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        console.show(spec, console.client().call("orchestrator_next_task", ToolArgs.of()
                .put("specialist_type", specialist).put("session_id", session).flag("claim", claim)
                .put("agent", agent).map()));
        return 0;
    }
}
