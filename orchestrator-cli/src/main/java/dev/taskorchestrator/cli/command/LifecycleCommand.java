package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.LifecycleStatusUseCase;
import dev.taskorchestrator.wire.ServerDocuments;
import dev.taskorchestrator.wire.ServerTexts;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The servers of the store: each instance and its state, the recent starts and restarts, their history. */
@Command(name = "lifecycle", mixinStandardHelpOptions = true,
        description = "Shows the servers on this workspace's store: each instance (pid, host, live, stopped, dead or "
                + "recovered) and the recent starts and restarts with their reason, phases, duration and outcome; "
                + "with --history, every recorded phase.",
        footerHeading = "%nExamples:%n", footer = {"  orchestrator lifecycle",
            "  orchestrator lifecycle --history --limit 50"})
public final class LifecycleCommand implements Callable<Integer> {

    private final LifecycleStatusUseCase lifecycleStatus;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Option(names = "--history", description = "Every instance's recorded phases too, most recent first.")
    private boolean history;

    @Field("limit")
    @Option(names = "--limit", paramLabel = "N", description = "Phases of history shown, 1-200. Default: 20.")
    private int limit = 20;

    public LifecycleCommand(LifecycleStatusUseCase lifecycleStatus, Console console) {
        this.lifecycleStatus = lifecycleStatus;
        this.console = console;
    }

    @Override
    public Integer call() {
        var status = lifecycleStatus.status(new LifecycleStatusUseCase.Query(history ? limit : 1));
        console.show(spec, ServerDocuments.lifecycle(status, history, true), ServerTexts.lifecycle(status, history, true));
        return 0;
    }
}
