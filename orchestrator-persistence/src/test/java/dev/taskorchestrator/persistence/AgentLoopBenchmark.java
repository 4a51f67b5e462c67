package dev.taskorchestrator.persistence;

import dev.taskorchestrator.application.port.in.CompleteTaskUseCase;
import dev.taskorchestrator.application.port.in.InitializeSessionUseCase;
import dev.taskorchestrator.application.port.in.NextTaskUseCase;
import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.port.in.PlannedTask;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.testkit.memory.InMemoryTemplateCatalog;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A program, not a test: an agent's loop on the use cases themselves, without MCP or JSON in the
 * way: find the next task, claim it, complete it, and plan one task, on a store of plans of 1,000
 * tasks (as {@code McpLatencyBenchmark} stores them) at each size asked for, on SQLite and on
 * PostgreSQL. What it prints is the share of the store and the use cases in what a client sees.
 * Run it as docs/benchmarks.md says.
 */
public final class AgentLoopBenchmark {

    private static final Actor AGENT = Actor.agent("bench-agent");
    private static final int PLAN_SIZE = 1_000;
    private static final String[] ROLES = {"implementer", "tester", "reviewer", "documenter", "architect"};

    private AgentLoopBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int calls = Integer.getInteger("calls", 400);
        Latencies.onEachStore(args, "1000", (kind, size, database, settings) ->
                run(kind + " " + String.format("%,d", size), database, settings, size, calls));
        System.exit(0);
    }

    private static void run(String label, OrchestratorDatabase database, DatabaseSettings settings, int size,
            int calls) throws SQLException {
        Orchestrator core = Orchestrator.create(database.orchestratorPorts(RoleCatalog.builtIn(),
                new InMemoryTemplateCatalog(), Clock.systemUTC()));
        SessionId session = core.initializeSession(new InitializeSessionUseCase.Command("/bench/" + label,
                Optional.empty())).session().session().id();
        for (int plan = 0; plan * PLAN_SIZE < size; plan++) {
            core.planTask(new PlanTaskUseCase.Command(plan(plan), Optional.empty(), Optional.of(session),
                    Optional.empty(), false, AGENT));
        }
        TestDatabases.analyzed(settings);
        System.out.printf("%n%s tasks%n", label);
        NextTaskUseCase.Query find = new NextTaskUseCase.Query(Optional.of(session), Optional.empty(), false,
                Optional.empty());
        Latencies.report(label + " next_task (find)", calls, i -> core.nextTask(find));
        NextTaskUseCase.Query claim = new NextTaskUseCase.Query(Optional.of(session), Optional.empty(), true,
                Optional.of(AGENT));
        List<TaskId> claimed = new ArrayList<>();
        Latencies.report(label + " next_task (claim)", calls / 4, i -> claimed.add(core.nextTask(claim).task()
                .orElseThrow(() -> new IllegalStateException("nothing to claim")).id()));
        Iterator<TaskId> toComplete = claimed.iterator();
        Latencies.report(label + " complete_task", calls / 4, i -> core.completeTask(CompleteTaskUseCase.Command.of(
                toComplete.next(), "Done.", "The part is implemented and tested.", AGENT)));
        Latencies.report(label + " plan_task, 1 task", calls / 4, i -> core.planTask(PlanTaskUseCase.Command.of(
                PlannedTask.titled("Small task " + i), AGENT)));
    }

    /** A root and 999 subtasks with mixed roles and priorities, none waiting for another. */
    private static PlannedTask plan(int number) {
        List<PlannedTask> subtasks = new ArrayList<>();
        for (int i = 1; i < PLAN_SIZE; i++) {
            subtasks.add(PlannedTask.titled("Part " + i + " of plan " + number).withKey("k" + i)
                    .withDescription("Implement and test this part of the service.")
                    .withSpecialist(ROLES[i % ROLES.length]).withPriority(Priority.values()[i % Priority.values().length]));
        }
        return PlannedTask.titled("Plan " + number).withSubtasks(subtasks);
    }
}
