package dev.taskorchestrator.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists tasks by any combination of filters, a page at a time. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists tasks, a page at a time. Filters combine with AND; a filter given several values "
                + "(comma-separated or repeated) matches any of them.",
        footerHeading = "%nExamples:%n",
        footer = {"  orchestrator task list --status pending,in_progress --specialist implementer",
            "  orchestrator task list --search parser --limit 20",
            "  orchestrator task list --cursor CURSOR_FROM_THE_LAST_PAGE"})
public final class TaskListCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    private CommandSpec spec;

    @Option(names = "--status", split = ",", paramLabel = "STATUS", description = "pending, in_progress, blocked, "
            + "completed, failed, cancelled, archived")
    private List<String> statuses = new ArrayList<>();

    @Option(names = "--type", split = ",", paramLabel = "TYPE", description = "standard, breakdown, milestone, …")
    private List<String> types = new ArrayList<>();

    @Option(names = "--specialist", split = ",", paramLabel = "ROLE", description = "architect, implementer, …")
    private List<String> specialists = new ArrayList<>();

    @Option(names = "--complexity", split = ",", paramLabel = "LEVEL", description = "trivial … very_complex")
    private List<String> complexities = new ArrayList<>();

    @Option(names = "--priority", split = ",", paramLabel = "PRIORITY", description = "low, medium, high, critical")
    private List<String> priorities = new ArrayList<>();

    @Option(names = "--parent", paramLabel = "TASK_ID", description = "Only the direct subtasks of this task.")
    private String parent;

    @Option(names = "--session", paramLabel = "SESSION_ID", description = "Only this session's tasks.")
    private String session;

    @Option(names = "--search", paramLabel = "TEXT", description = "Text in the title or description.")
    private String search;

    @Option(names = "--created-after", paramLabel = "DATE", description = "YYYY-MM-DD or an ISO-8601 date-time.")
    private String createdAfter;

    @Option(names = "--created-before", paramLabel = "DATE", description = "YYYY-MM-DD or an ISO-8601 date-time.")
    private String createdBefore;

    @Option(names = "--limit", paramLabel = "N", description = "Rows per page, 1-500. Default: 50.")
    private Integer limit;

    @Option(names = "--cursor", paramLabel = "CURSOR", description = "The cursor the previous page printed.")
    private String cursor;

    @Option(names = "--full", description = "Every field of each task (with --json).")
    private boolean full;

    public TaskListCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        var reply = console.client().call("orchestrator_query_tasks", ToolArgs.of().put("status", statuses)
                .put("task_type", types).put("specialist_type", specialists).put("complexity", complexities)
                .put("priority", priorities).put("parent_task_id", parent).put("session_id", session)
                .put("search_text", search).put("created_after", createdAfter).put("created_before", createdBefore)
                .put("limit", limit).put("cursor", cursor).flag("full", full).map());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) reply.structured().get("tasks");
        console.show(spec, reply.structured(), (out, ansi) -> {
            if (rows.isEmpty()) {
                out.println("No task matches.");
                return;
            }
            new Table().column("ID", "task_id")
                    .column("STATUS", row -> Marks.status((String) row.get("status"), ansi), true)
                    .column("PRIORITY", "priority").column("SPECIALIST", "specialist_type").column("TITLE", "title")
                    .print(out, ansi, rows);
            Object total = reply.structured().get("total_count");
            out.println(rows.size() + " task(s)" + (total == null ? "" : " of " + total));
            Object next = reply.structured().get("next_cursor");
            if (next != null) {
                out.println("More: orchestrator task list … --cursor " + next);
            }
        });
        return 0;
    }
}
