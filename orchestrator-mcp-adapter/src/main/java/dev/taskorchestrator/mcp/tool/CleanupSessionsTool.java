package dev.taskorchestrator.mcp.tool;

import static dev.taskorchestrator.mcp.wire.Shapes.ARRAY;
import static dev.taskorchestrator.mcp.wire.Shapes.BOOLEAN;
import static dev.taskorchestrator.mcp.wire.Shapes.INTEGER;

import dev.taskorchestrator.application.port.in.CleanupSessionsUseCase.Command;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.common.WireValues;
import dev.taskorchestrator.domain.session.CleanupType;
import dev.taskorchestrator.mcp.tool.ToolDescriptor.Hints;
import dev.taskorchestrator.mcp.wire.Shapes;
import dev.taskorchestrator.wire.SessionDocuments;
import dev.taskorchestrator.wire.SessionTexts;
import dev.taskorchestrator.wire.input.Arguments;
import dev.taskorchestrator.wire.input.Param;
import dev.taskorchestrator.wire.input.ToolInput;
import java.util.function.Supplier;

/** Archives finished or abandoned sessions; a dry run by default. */
final class CleanupSessionsTool extends UseCaseTool {

    private static final ToolDescriptor DESCRIPTOR = new ToolDescriptor("orchestrator_cleanup_sessions",
            "Archive old sessions",
            "Finds sessions to tidy away: completed, orphaned (no tasks, idle), old (idle over older_than_days) or "
                    + "all. Lists them by default; dry_run false archives them, keeping their tasks and history.",
            ToolInput.of(
                    Param.oneOf("cleanup_type", WireValues.allowed(CleanupType.class), "Which sessions. Default: " + Command.DEFAULT_TYPE.wire() + "."),
                    Param.integer("older_than_days", 0, Command.MAX_OLDER_THAN_DAYS,
                            "Idle for longer than this many days. Default: " + Command.DEFAULT_OLDER_THAN_DAYS + "."),
                    Param.flag("dry_run", "Only list what would be archived. Default: " + Command.DEFAULT_DRY_RUN + ".")),
            Shapes.reply("dry_run", BOOLEAN, "examined", INTEGER, "sessions", ARRAY, "count", INTEGER),
            Hints.DESTROYS_IDEMPOTENT);

    CleanupSessionsTool(Supplier<Orchestrator> orchestrator) {
        super(DESCRIPTOR, orchestrator);
    }

    @Override
    public ToolReply call(Arguments arguments, Caller caller) {
        var result = orchestrator().cleanupSessions(new Command(
                arguments.choice("cleanup_type", CleanupType.class).orElse(Command.DEFAULT_TYPE),
                arguments.integer("older_than_days", Command.DEFAULT_OLDER_THAN_DAYS),
                arguments.flag("dry_run", Command.DEFAULT_DRY_RUN)));
        var reply = ToolReply.of(SessionDocuments.cleanup(result));
        if (result.dryRun() && !result.sessions().isEmpty()) {
            reply.next("Archive them: call again with dry_run false");
        }
        reply.next("See what is left: orchestrator_list_sessions");
        return reply.text(SessionTexts.cleanup(result));
    }

}
