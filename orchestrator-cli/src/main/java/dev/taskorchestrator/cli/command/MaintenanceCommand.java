package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.MaintenanceActions;
import dev.taskorchestrator.application.port.in.MaintenanceReport;
import dev.taskorchestrator.application.port.in.MaintenanceRequest.Action;
import dev.taskorchestrator.application.port.in.MaintenanceRequest.Level;
import dev.taskorchestrator.application.port.in.MaintenanceRequest.Scope;
import dev.taskorchestrator.application.port.in.MaintenanceRequest;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.wire.ServerDocuments;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Scans, validates, documents or hands over the workspace; every run recorded with its report. */
@Command(name = "maintenance", mixinStandardHelpOptions = true,
        description = {"Keeps the workspace tidy and sound, and prints the run's report in Markdown:",
            "  scan_cleanup          stale tasks, expired claims, finished plans left open",
            "  validate_structure    dependency cycles, completed parents with open subtasks, the integrity check",
            "  update_documentation  a status report of the workspace",
            "  prepare_handover      what is done, in progress and ready next",
            "basic only reports; comprehensive and full_audit also archive stale tasks and release expired claims. "
                    + "Every run is recorded as a completed review task whose artifact is the report."},
        footerHeading = "%nExamples:%n",
        footer = {"  orchestrator maintenance scan_cleanup", "  orchestrator maintenance scan_cleanup --level comprehensive",
            "  orchestrator maintenance prepare_handover > HANDOVER.md"})
public final class MaintenanceCommand implements Callable<Integer> {

    /** The four runs, one use case each. */
    private final MaintenanceActions runs;
    private final Console console;
    private final Invocation invocation;

    @Spec
    private CommandSpec spec;

    @Field("action")
    @Parameters(paramLabel = "ACTION", completionCandidates = Choices.MaintenanceActions.class,
            description = "${COMPLETION-CANDIDATES}.")
    private Action action;

    @Field("scope")
    @Option(names = "--scope", paramLabel = "SCOPE", completionCandidates = Choices.Scopes.class,
            description = "${COMPLETION-CANDIDATES}. Default: the workspace's open session if it has one, else the "
                    + "whole project.")
    private Scope scope;

    @Field("validation_level")
    @Option(names = "--level", paramLabel = "LEVEL", completionCandidates = Choices.Levels.class,
            description = "${COMPLETION-CANDIDATES}. Default: basic.")
    private Level level = Level.DEFAULT;

    @Field("target_task_id")
    @Option(names = "--target", paramLabel = "TASK_ID", description = "The task whose subtree to examine "
            + "(with --scope specific_subtask, which it implies).")
    private TaskId target;

    public MaintenanceCommand(MaintenanceActions runs, Console console, Invocation invocation) {
        this.runs = runs;
        this.console = console;
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        MaintenanceRequest request = new MaintenanceRequest(Optional.ofNullable(scope), level, Optional.ofNullable(target),
                Optional.of(invocation.workspace()), invocation.operator());
        MaintenanceReport report = runs.run(action, request);
        console.show(spec, ServerDocuments.maintenance(report), report.markdown());
        return 0;
    }
}
