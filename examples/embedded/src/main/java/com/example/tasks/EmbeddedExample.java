package com.example.tasks;

import dev.taskorchestrator.application.port.in.CompleteTaskUseCase;
import dev.taskorchestrator.application.port.in.NextTaskUseCase;
import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.port.in.PlannedTask;
import dev.taskorchestrator.application.port.in.SynthesizeResultsUseCase;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.persistence.DatabaseSettings;
import dev.taskorchestrator.persistence.OrchestratorDatabase;
import dev.taskorchestrator.persistence.templates.FileTemplateCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Task Orchestrator as a library: a plan of three tasks on a SQLite file, worked through by one
 * agent (claim the next ready task, complete it with its result), then the results synthesized.
 * The README's "Embedding" section quotes the lines between the README markers.
 */
public final class EmbeddedExample {

    private EmbeddedExample() {
    }

    public static void main(String[] args) throws Exception {
        Path workspace = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("tasks-embedded");
        SynthesizeResultsUseCase.Report report = run(workspace);
        System.out.println(report.markdown());
        System.out.printf("%d of %d tasks completed (%d%%)%n", report.completed(), report.total(), report.successRate());
    }

    /** Plans, works through and synthesizes a plan in {@code workspace}'s own SQLite file. */
    public static SynthesizeResultsUseCase.Report run(Path workspace) {
        // README: embedded
        try (OrchestratorDatabase database = OrchestratorDatabase.open(DatabaseSettings.forWorkspace(workspace))) {
            Orchestrator orchestrator = Orchestrator.create(database.orchestratorPorts(RoleCatalog.builtIn(),
                    FileTemplateCatalog.forWorkspace(workspace, System.getenv()), Clock.systemUTC()));

            PlanTaskUseCase.Result plan = orchestrator.planTask(PlanTaskUseCase.Command.of(
                    PlannedTask.titled("Ship the parser").withSubtasks(List.of(
                            PlannedTask.titled("Write the grammar").withKey("grammar").withSpecialist("architect"),
                            PlannedTask.titled("Build it").withKey("build").withSpecialist("implementer")
                                    .withDependencies(List.of("grammar")),
                            PlannedTask.titled("Test it").withKey("test").withSpecialist("tester")
                                    .withDependencies(List.of("build")))),
                    Actor.operator("my-app")));

            Actor agent = Actor.agent("worker-1");
            NextTaskUseCase.Query claimNext = new NextTaskUseCase.Query(Optional.empty(), Optional.empty(), true,
                    Optional.of(agent));
            for (Optional<Task> next = orchestrator.nextTask(claimNext).task(); next.isPresent();
                    next = orchestrator.nextTask(claimNext).task()) {
                TaskId task = next.get().id();
                // Here your program does the work, in the role the task names: next.get().specialistType().
                orchestrator.completeTask(CompleteTaskUseCase.Command.of(task, "Done: " + next.get().title(),
                        "# " + next.get().title() + "\n\nWhat was done, in full.", agent));
            }
            return orchestrator.synthesizeResults(plan.rootId());
        }
        // README: end
    }
}
