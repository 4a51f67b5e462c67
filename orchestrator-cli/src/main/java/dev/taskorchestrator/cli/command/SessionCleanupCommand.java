package dev.taskorchestrator.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists, and with --apply archives, sessions that are done or abandoned. */
@Command(name = "cleanup", mixinStandardHelpOptions = true,
        description = "Lists the sessions that are done or abandoned; with --apply, archives them (their tasks and "
                + "history are kept).",
        footerHeading = "%nExamples:%n",
        footer = {"  orchestrator session cleanup --type old --older-than-days 30",
            "  orchestrator session cleanup --type completed --apply"})
public final class SessionCleanupCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    private CommandSpec spec;

    @Option(names = "--type", paramLabel = "TYPE", description = "completed, orphaned, old or all. Default: completed.")
    private String type;

    @Option(names = "--older-than-days", paramLabel = "DAYS", description = "Idle for longer than this. Default: 7.")
    private Integer olderThanDays;

    @Option(names = "--apply", description = "Archive them; without it, only list them.")
    private boolean apply;

    public SessionCleanupCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        console.show(spec, console.client().call("orchestrator_cleanup_sessions", ToolArgs.of().put("cleanup_type", type)
                .put("older_than_days", olderThanDays).put("dry_run", apply ? Boolean.FALSE : null).map()));
        return 0;
    }
}
