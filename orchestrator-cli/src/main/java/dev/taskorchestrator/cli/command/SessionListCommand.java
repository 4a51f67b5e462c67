package dev.taskorchestrator.cli.command;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists sessions, most recently active first. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists sessions, most recently active first, with their task counts and progress.",
        footerHeading = "%nExample:%n", footer = "  orchestrator session list --all --limit 20")
public final class SessionListCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    private CommandSpec spec;

    @Option(names = "--all", description = "Also completed and archived sessions.")
    private boolean all;

    @Option(names = "--limit", paramLabel = "N", description = "How many, 1-100. Default: 10.")
    private Integer limit;

    public SessionListCommand(Console console) {
        this.console = console;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Integer call() {
        var reply = console.client().call("orchestrator_list_sessions", ToolArgs.of().flag("include_completed", all)
                .put("limit", limit).map());
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) reply.structured().get("sessions");
        console.show(spec, reply.structured(), (out, ansi) -> {
            if (sessions.isEmpty()) {
                out.println("No session yet: an agent's orchestrator_initialize_session starts one.");
                return;
            }
            new Table().column("ID", "session_id").column("STATUS", "status").column("TASKS", "total_tasks")
                    .column("DONE", row -> row.get("progress_percent") + "%", false).column("NAME", "name")
                    .column("WORKSPACE", "workspace").print(out, ansi, sessions);
        });
        return 0;
    }
}
