package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.QueryTasksUseCase;
import dev.taskorchestrator.application.port.in.TaskDetails;
import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Complexity;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.domain.task.TaskType;
import dev.taskorchestrator.wire.Projection;
import dev.taskorchestrator.wire.TaskDocuments;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Finds tasks by any combination of filters, a page at a time. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists tasks as an aligned table, a page at a time: every filter of a query is an option, "
                + "and several values of one option (comma-separated) mean any of them.",
        footerHeading = "%nExamples:%n",
        footer = {"  orchestrator task list --status pending,in_progress --priority high,critical",
            "  orchestrator task list --search parser --json"})
public final class TaskListCommand implements Callable<Integer> {

    private final QueryTasksUseCase queryTasks;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Field("status")
    @Option(names = "--status", split = ",", paramLabel = "STATUS", completionCandidates = Choices.Statuses.class,
            description = "${COMPLETION-CANDIDATES}.")
    private List<TaskStatus> statuses = new ArrayList<>();

    @Field("task_type")
    @Option(names = "--type", split = ",", paramLabel = "TYPE", completionCandidates = Choices.Types.class,
            description = "${COMPLETION-CANDIDATES}.")
    private List<TaskType> types = new ArrayList<>();

    @Field("specialist_type")
    @Option(names = "--specialist", split = ",", paramLabel = "ROLE", completionCandidates = Choices.Roles.class,
            description = "${COMPLETION-CANDIDATES}.")
    private List<String> specialists = new ArrayList<>();

    @Field("complexity")
    @Option(names = "--complexity", split = ",", paramLabel = "LEVEL", completionCandidates = Choices.Complexities.class,
            description = "${COMPLETION-CANDIDATES}.")
    private List<Complexity> complexities = new ArrayList<>();

    @Field("priority")
    @Option(names = "--priority", split = ",", paramLabel = "PRIORITY", completionCandidates = Choices.Priorities.class,
            description = "${COMPLETION-CANDIDATES}.")
    private List<Priority> priorities = new ArrayList<>();

    @Field("parent_task_id")
    @Option(names = "--parent", paramLabel = "TASK_ID", description = "Only the direct subtasks of this task.")
    private TaskId parent;

    @Field("session_id")
    @Option(names = "--session", paramLabel = "SESSION_ID", description = "Only this session's tasks.")
    private SessionId session;

    @Field("search_text")
    @Option(names = "--search", paramLabel = "TEXT", description = "Text in the title or description.")
    private String search;

    @Field("created_after")
    @Option(names = "--created-after", paramLabel = "DATE", description = "YYYY-MM-DD or an ISO-8601 date-time.")
    private Instant createdAfter;

    @Field("created_before")
    @Option(names = "--created-before", paramLabel = "DATE", description = "YYYY-MM-DD or an ISO-8601 date-time.")
    private Instant createdBefore;

    @Field("limit")
    @Option(names = "--limit", paramLabel = "N", description = "Rows per page, 1-500. Default: 50.")
    private int limit = QueryTasksUseCase.Query.DEFAULT_LIMIT;

    @Field("cursor")
    @Option(names = "--cursor", paramLabel = "CURSOR", description = "The cursor the previous page printed.")
    private String cursor;

    @Option(names = "--full", description = "Every field of each task (with --json).")
    private boolean full;

    public TaskListCommand(QueryTasksUseCase queryTasks, Console console) {
        this.queryTasks = queryTasks;
        this.console = console;
    }

    @Override
    public Integer call() {
        TaskFilter filter = new TaskFilter(Set.copyOf(statuses), Set.copyOf(types), Set.copyOf(specialists),
                Set.copyOf(complexities), Set.copyOf(priorities), Optional.ofNullable(parent), Optional.ofNullable(session),
                Optional.ofNullable(search), Optional.ofNullable(createdAfter), Optional.ofNullable(createdBefore));
        var page = queryTasks.query(new QueryTasksUseCase.Query(filter, limit, Optional.ofNullable(cursor), false,
                false));
        console.show(spec, TaskDocuments.page(page, new Projection(full, false, false)), (out, ansi) -> {
            if (page.tasks().isEmpty()) {
                out.println("No task matches.");
                return;
            }
            new Table<TaskDetails>().column("ID", row -> row.task().id().value())
                    .styledColumn("STATUS", row -> Marks.status(row.task().status(), ansi))
                    .column("PRIORITY", row -> row.task().priority().wire())
                    .column("SPECIALIST", row -> row.task().specialistType())
                    .column("TITLE", row -> row.task().title())
                    .print(out, ansi, page.tasks());
            out.println(page.tasks().size() + " task(s)" + (page.totalCount().isPresent()
                    ? " of " + page.totalCount().getAsLong() : ""));
            page.nextCursor().ifPresent(next -> out.println("More: orchestrator task list … --cursor " + next));
        });
        return 0;
    }
}
