package dev.taskorchestrator.persistence;

import dev.taskorchestrator.application.port.in.NextTaskUseCase;
import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.port.in.PlannedTask;
import dev.taskorchestrator.application.port.in.UpdateTaskUseCase;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.TaskChanges;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.testkit.memory.InMemoryTemplateCatalog;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A separate JVM that works on a shared database, driven by the multi-process tests. It prints
 * one line per acknowledged write ("ack <id>", "claimed <id>", "won", "lost <code>") and flushes
 * it, so the parent knows exactly what was acknowledged before it kills the process.
 */
public final class ProcessWorker {

    private ProcessWorker() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, "UTF-8");
        DatabaseSettings settings = DatabaseSettings.fromUrl(args[1], Optional.empty(), Optional.empty());
        try (OrchestratorDatabase database = OrchestratorDatabase.open(settings)) {
            Orchestrator orchestrator = Orchestrator.create(database.orchestratorPorts(RoleCatalog.builtIn(),
                    new InMemoryTemplateCatalog(), Clock.systemUTC()));
            switch (args[0]) {
                case "create" -> {
                    awaitGo(out);
                    create(orchestrator, out, new SessionId(args[2]), Integer.parseInt(args[3]));
                }
                case "claim" -> claim(orchestrator, out, new SessionId(args[2]), args[3]);
                case "update" -> update(orchestrator, out, new TaskId(args[2]), Long.parseLong(args[3]), args[4]);
                case "write-forever" -> create(orchestrator, out, new SessionId(args[2]), Integer.MAX_VALUE);
                case "hold-writes" -> database.unitOfWork().run(() -> {
                    try {
                        awaitGo(out);
                    } catch (Exception closed) {
                        throw new IllegalStateException(closed);
                    }
                });
                default -> throw new IllegalArgumentException("unknown mode " + args[0]);
            }
        }
        out.println("done");
    }

    private static void create(Orchestrator orchestrator, PrintStream out, SessionId session, int count) {
        for (int i = 0; i < count; i++) {
            PlanTaskUseCase.Result result = orchestrator.planTask(new PlanTaskUseCase.Command(
                    PlannedTask.titled("Task " + i + " of " + ProcessHandle.current().pid()), Optional.empty(),
                    Optional.of(session), Optional.empty(), false, Actor.agent("agent")));
            out.println("ack " + result.rootId());
        }
    }

    private static void claim(Orchestrator orchestrator, PrintStream out, SessionId session, String agent)
            throws Exception {
        awaitGo(out);
        while (true) {
            Optional<TaskId> claimed;
            try {
                claimed = orchestrator.nextTask(new NextTaskUseCase.Query(Optional.of(session), Optional.empty(), true,
                        Optional.of(Actor.agent(agent)))).execution().map(execution -> execution.task().id());
            } catch (OrchestratorException conflict) {
                if (conflict.retryable()) {
                    continue;
                }
                throw conflict;
            }
            if (claimed.isEmpty()) {
                return;
            }
            out.println("claimed " + claimed.get());
        }
    }

    /** Says it is ready and waits for a line on stdin, so that the processes of a test start their work together. */
    private static void awaitGo(PrintStream out) throws Exception {
        out.println("ready");
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }

    /** Updates with the version read before, once both writers are ready. */
    private static void update(Orchestrator orchestrator, PrintStream out, TaskId task, long version, String title)
            throws Exception {
        awaitGo(out);
        try {
            orchestrator.updateTask(new UpdateTaskUseCase.Command(task, OptionalLong.of(version), new TaskChanges(
                    Optional.of(title), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), Optional.empty(),
                    Optional.empty(), List.of(), List.of(), Actor.agent(title), false));
            out.println("won");
        } catch (OrchestratorException lost) {
            out.println("lost " + lost.code().wireName());
        }
    }
}
