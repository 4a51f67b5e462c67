package dev.taskorchestrator.persistence;

import dev.taskorchestrator.application.port.in.CompleteTaskUseCase;
import dev.taskorchestrator.application.port.in.ExecuteTaskUseCase;
import dev.taskorchestrator.application.port.in.InitializeSessionUseCase;
import dev.taskorchestrator.application.port.in.NextTaskUseCase;
import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.port.in.PlannedTask;
import dev.taskorchestrator.application.port.in.QueryTasksUseCase;
import dev.taskorchestrator.application.port.in.UpdateTaskUseCase;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.TaskChanges;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.testkit.memory.InMemoryTemplateCatalog;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A program, not a test: the shapes beads publishes for 10,000 issues (ready work, text search, a
 * dependency at the end of a 5,000-long chain, create, update, 100 sequential closes, a 100 KB
 * description), on a store of 10,000 and of 20,000 tasks, on SQLite and on PostgreSQL. Run it as
 * docs/benchmarks.md says.
 */
public final class LargePlanBenchmark {

    private static final Actor AGENT = Actor.agent("bench-agent");
    private static final int PLAN_SIZE = 50;
    private static final int CHAIN = 5_000;
    private static final int SEGMENT = 1_000;
    private static final String[] WORDS = {"parser", "invoice", "login", "cache", "schema", "export", "billing",
        "search", "upload", "retry", "queue", "report", "token", "session", "render", "migrate"};

    private LargePlanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Latencies.onEachStore(args, "10000,20000", (kind, size, database, settings) ->
                run(kind + " " + size / 1000 + "k", database, settings, size));
        System.exit(0);
    }

    private static void run(String label, OrchestratorDatabase database, DatabaseSettings settings, int size)
            throws SQLException {
        Orchestrator core = Orchestrator.create(database.orchestratorPorts(RoleCatalog.builtIn(),
                new InMemoryTemplateCatalog(), Clock.systemUTC()));
        SessionId session = core.initializeSession(new InitializeSessionUseCase.Command("/bench/" + label,
                Optional.empty())).session().session().id();
        long start = System.nanoTime();
        List<TaskId> ids = new ArrayList<>(size);
        TaskId chainEnd = null;
        for (int segment = 0; segment < CHAIN / SEGMENT; segment++) {
            chainEnd = plan(core, session, segment(segment, Optional.ofNullable(chainEnd)), ids);
        }
        for (int p = 0; ids.size() < size; p++) {
            plan(core, session, plan(p), ids);
        }
        System.out.printf(Locale.ROOT, "%n%s: %,d tasks (a chain of %,d, then plans of %d) stored in %.1f s%n", label,
                ids.size(), CHAIN, PLAN_SIZE, (System.nanoTime() - start) / 1e9);
        TestDatabases.analyzed(settings);

        NextTaskUseCase.Query ready = new NextTaskUseCase.Query(Optional.of(session), Optional.empty(), false,
                Optional.empty());
        Latencies.report(label + " ready work (next_task)", 200, i -> core.nextTask(ready));
        Latencies.report(label + " search, a common word, page with total", 100, i -> core.queryTasks(QueryTasksUseCase.Query.of(
                TaskFilter.any().withText(WORDS[i % WORDS.length]))));
        Latencies.report(label + " search, a word in few tasks", 100, i -> core.queryTasks(QueryTasksUseCase.Query.of(
                TaskFilter.any().withText("needle" + (i % 10)))));
        TaskId chainStart = ids.get(1);
        TaskId chainLast = chainEnd;
        Latencies.report(label + " cycle check, 5,000-long chain (refused)", 20, i -> {
            try {
                core.updateTask(new UpdateTaskUseCase.Command(chainStart, OptionalLong.empty(), TaskChanges.none(),
                        Optional.empty(), Optional.empty(), List.of(chainLast), List.of(), AGENT, false));
                throw new IllegalStateException("a cycle was accepted");
            } catch (OrchestratorException refused) {
                // the cycle, found at the end of the chain
            }
        });
        Latencies.report(label + " create one task", 200, i -> core.planTask(PlanTaskUseCase.Command.of(
                PlannedTask.titled("Created " + i), AGENT)));
        Latencies.report(label + " update a title", 200, i -> core.updateTask(UpdateTaskUseCase.Command.changing(
                ids.get(ids.size() - 1 - i % 1000), new TaskChanges(Optional.of("Renamed " + i), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty()), AGENT)));
        String hundredKb = "A long description. ".repeat(5_120);
        Latencies.report(label + " create with a 100 KB description", 50, i -> core.planTask(PlanTaskUseCase.Command.of(
                PlannedTask.titled("Long " + i).withDescription(hundredKb), AGENT)));
        List<TaskId> toClose = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            toClose.add(core.planTask(PlanTaskUseCase.Command.of(PlannedTask.titled("Close me " + i), AGENT)).rootId());
        }
        long closing = System.nanoTime();
        for (TaskId id : toClose) {
            core.executeTask(new ExecuteTaskUseCase.Command(id, AGENT, false));
            core.completeTask(CompleteTaskUseCase.Command.of(id, "Done", "The work.", AGENT));
        }
        System.out.printf(Locale.ROOT, "%-48s total  %8.1f ms   (execute + complete each)%n",
                label + " 100 sequential closes", (System.nanoTime() - closing) / 1e6);
    }

    private static TaskId plan(Orchestrator core, SessionId session, PlannedTask root, List<TaskId> ids) {
        PlanTaskUseCase.Result result = core.planTask(new PlanTaskUseCase.Command(root, Optional.empty(),
                Optional.of(session), Optional.empty(), false, AGENT));
        result.created().forEach(task -> ids.add(task.id()));
        return result.created().get(result.created().size() - 1).id();
    }

    /**
     * One plan's part of the 5,000-long chain (a plan holds at most a thousand tasks): subtasks that
     * each wait for the one before, the first for the last of the part before.
     */
    private static PlannedTask segment(int number, Optional<TaskId> after) {
        List<PlannedTask> links = new ArrayList<>();
        for (int i = 1; i < SEGMENT; i++) {
            PlannedTask link = PlannedTask.titled("Link " + i + " of part " + number).withKey("c" + i);
            links.add(i > 1 ? link.withDependencies(List.of("c" + (i - 1)))
                    : after.map(last -> link.withDependencies(List.of(last.value()))).orElse(link));
        }
        return PlannedTask.titled("Part " + number + " of the long chain").withSubtasks(links);
    }

    /** A plan of tasks with words in their titles and descriptions, a few of them rare. */
    private static PlannedTask plan(int number) {
        List<PlannedTask> subtasks = new ArrayList<>();
        for (int i = 1; i < PLAN_SIZE; i++) {
            String word = WORDS[(number * 7 + i) % WORDS.length];
            String rare = (number * PLAN_SIZE + i) % 997 == 0 ? " needle" + (number % 10) : "";
            subtasks.add(PlannedTask.titled("Fix the " + word + " step " + i + " of plan " + number).withKey("s" + i)
                    .withDescription("Work on the " + word + " " + WORDS[(number + i) % WORDS.length]
                            + " part, then test it." + rare));
        }
        return PlannedTask.titled("Plan " + number).withSubtasks(subtasks);
    }
}
