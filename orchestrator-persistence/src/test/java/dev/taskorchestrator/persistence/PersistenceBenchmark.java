package dev.taskorchestrator.persistence;

import dev.taskorchestrator.application.port.in.InitializeSessionUseCase;
import dev.taskorchestrator.application.port.in.NextTaskUseCase;
import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.port.in.PlannedTask;
import dev.taskorchestrator.application.port.in.QueryTasksUseCase;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.testkit.memory.InMemoryTemplateCatalog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * A program, not a test: fills a database with 100,000 tasks in plans of 20 and prints how long
 * the reads and claims an agent makes take. Run it as docs/benchmarks.md says.
 */
public final class PersistenceBenchmark {

    private static final int PLANS = Integer.getInteger("plans", 5_000);
    private static final int PLAN_SIZE = 20;
    private static final int SESSIONS = 10;

    private PersistenceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> databases = args.length == 0 ? List.of("sqlite", "postgresql") : Arrays.asList(args);
        Latencies.machine();
        for (String kind : databases) {
            DatabaseSettings settings = kind.equals("sqlite") ? TestDatabases.freshSqlite() : TestDatabases.freshPostgres();
            try (OrchestratorDatabase database = OrchestratorDatabase.open(settings)) {
                run(kind, database);
            }
        }
        System.exit(0);
    }

    private static void run(String kind, OrchestratorDatabase database) {
        Orchestrator orchestrator = Orchestrator.create(database.orchestratorPorts(RoleCatalog.builtIn(),
                new InMemoryTemplateCatalog(), Clock.systemUTC()));
        List<SessionId> sessions = new ArrayList<>();
        for (int s = 0; s < SESSIONS; s++) {
            sessions.add(orchestrator.initializeSession(new InitializeSessionUseCase.Command("/bench/" + kind + "/" + s,
                    Optional.empty())).session().session().id());
        }
        List<TaskId> ids = new ArrayList<>(PLANS * PLAN_SIZE);
        long start = System.nanoTime();
        int perTransaction = 50;
        for (int from = 0; from < PLANS; from += perTransaction) {
            int first = from;
            database.unitOfWork().run(() -> {
                for (int p = first; p < Math.min(PLANS, first + perTransaction); p++) {
                    ids.addAll(orchestrator.planTask(new PlanTaskUseCase.Command(plan(p), Optional.empty(),
                            Optional.of(sessions.get(p % SESSIONS)), Optional.empty(), false, Actor.agent("bench-agent"))).created().stream().map(t -> t.id()).toList());
                }
            });
        }
        double insertSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%n%s: inserted %,d tasks in %,d plans of %d in %.1f s (%,.0f tasks/s)%n", kind,
                ids.size(), PLANS, PLAN_SIZE, insertSeconds, ids.size() / insertSeconds);

        SplittableRandom random = new SplittableRandom(7);
        SessionId session = sessions.get(0);
        report(kind, "get by id", 20_000, i -> database.tasks().findById(ids.get(random.nextInt(ids.size()))));
        TaskFilter filter = new TaskFilter(Set.of(TaskStatus.PENDING), Set.of(), Set.of("implementer"), Set.of(), Set.of(),
                Optional.empty(), Optional.of(session), Optional.empty(), Optional.empty(), Optional.empty());
        report(kind, "page of 50, from a random place", 2_000, i -> database.tasks().query(filter,
                Optional.of(ids.get(random.nextInt(ids.size()))), 50));
        report(kind, "query_tasks page of 50 with total", 1_000, i -> orchestrator.queryTasks(
                new QueryTasksUseCase.Query(filter, 50, Optional.empty(), false, false)));
        NextTaskUseCase.Query next = new NextTaskUseCase.Query(Optional.of(session), Optional.empty(), false, Optional.empty());
        report(kind, "next task (session of 10,000)", 500, i -> orchestrator.nextTask(next));
        NextTaskUseCase.Query nextAnywhere = NextTaskUseCase.Query.any();
        report(kind, "next task (all 100,000)", 200, i -> orchestrator.nextTask(nextAnywhere));
        int claims = 1_000;
        long claimStart = System.nanoTime();
        for (int i = 0; i < claims; i++) {
            orchestrator.nextTask(new NextTaskUseCase.Query(Optional.of(sessions.get(1 + i % (SESSIONS - 1))),
                    Optional.empty(), true, Optional.of(Actor.agent("bench-agent"))));
        }
        double claimSeconds = (System.nanoTime() - claimStart) / 1e9;
        System.out.printf(Locale.ROOT, "%-40s %,10.0f claims/s (next_task with claim, one agent, %d claims)%n",
                kind + " claims", claims / claimSeconds, claims);
    }

    /** A root with 19 subtasks in a chain (each waits for the one before), of mixed roles and priorities. */
    private static PlannedTask plan(int number) {
        String[] roles = {"architect", "implementer", "tester", "reviewer", "documenter"};
        List<PlannedTask> subtasks = new ArrayList<>();
        for (int i = 1; i < PLAN_SIZE; i++) {
            PlannedTask subtask = PlannedTask.titled("Step " + i + " of plan " + number).withKey("s" + i)
                    .withSpecialist(roles[i % roles.length]).withPriority(Priority.values()[(number + i) % 4]);
            subtasks.add(i == 1 ? subtask : subtask.withDependencies(List.of("s" + (i - 1))));
        }
        return PlannedTask.titled("Plan " + number).withSubtasks(subtasks);
    }

    private static void report(String kind, String what, int iterations, IntConsumer call) {
        Latencies.report(kind + " " + what, iterations, call);
    }
}
