package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.ListRolesUseCase;
import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.port.in.PlannedTask;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.wire.TaskDocuments;
import dev.taskorchestrator.wire.TaskTexts;
import dev.taskorchestrator.wire.input.PlanInput;
import dev.taskorchestrator.wire.input.RoleNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Stores a task, or a whole plan, in one transaction. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Stores a task, or a whole plan of nested subtasks with dependencies, in one transaction.",
            "A plan file holds the arguments of orchestrator_plan_task as JSON: {\"title\": …, \"subtasks\": "
                    + "[{\"key\": …, \"title\": …, \"dependencies\": [keys or task ids], \"subtasks\": […]}]}; the "
                    + "options given beside it override its fields. Without a session, the plan goes to the "
                    + "workspace's open session, as an agent's does."},
        footerHeading = "%nExamples:%n",
        footer = {"  orchestrator plan \"Ship v1\" --subtask \"Design the API\" --subtask \"Build it\"",
            "  orchestrator plan --file plan.json", "  cat plan.json | orchestrator plan --file -"})
public final class PlanCommand implements Callable<Integer> {

    private final PlanTaskUseCase planTask;
    private final ListRolesUseCase roles;
    private final Console console;
    private final Invocation invocation;

    @Spec
    private CommandSpec spec;

    @Field("title")
    @Parameters(arity = "0..1", paramLabel = "TITLE", description = "The task's title (or the plan file's).")
    private String title;

    @Field("description")
    @Option(names = "--description", paramLabel = "TEXT", description = "What is to be done.")
    private String description;

    @Option(names = "--subtask", paramLabel = "TITLE", description = "A subtask (repeatable), keyed s1, s2, … in order.")
    private List<String> subtasks = new ArrayList<>();

    @Field("file")
    @Option(names = "--file", paramLabel = "FILE", description = "Read the plan from FILE (- for stdin).")
    private String file;

    @Field("parent_task_id")
    @Option(names = "--parent", paramLabel = "TASK_ID", description = "Attach the plan under this task.")
    private TaskId parent;

    @Field("specialist_type")
    @Option(names = "--specialist", paramLabel = "ROLE", completionCandidates = Choices.Roles.class,
            description = "The role for the task itself: ${COMPLETION-CANDIDATES}.")
    private String specialist;

    @Field("priority")
    @Option(names = "--priority", paramLabel = "PRIORITY", completionCandidates = Choices.Priorities.class,
            description = "${COMPLETION-CANDIDATES}.")
    private Priority priority;

    @Option(names = "--auto-complete", description = "Complete each parent by itself once its subtasks are done.")
    private boolean autoComplete;

    public PlanCommand(PlanTaskUseCase planTask, ListRolesUseCase roles, Console console, Invocation invocation) {
        this.planTask = planTask;
        this.roles = roles;
        this.console = console;
        this.invocation = invocation;
    }

    /** The plan in the file; an error in it says it is in the file, then names the field as the file spells it. */
    private PlanInput.Plan readFile(String source) {
        var text = console.read(source, "file");
        try {
            return PlanInput.read(PlanInput.declaration(RoleNames.of(roles.roles()))
                    .parse(PlanInput.upgraded(console.json().readObject(text, "file"))));
        } catch (OrchestratorException invalid) {
            throw invalid.field().filter("file"::equals).isPresent() ? invalid : invalid.underField("file: ");
        }
    }

    @Override
    public Integer call() {
        Optional<PlanInput.Plan> fromFile = Optional.ofNullable(file).map(this::readFile);
        PlannedTask root = fromFile.map(PlanInput.Plan::root).orElseGet(() -> PlannedTask.titled(title));
        if (title != null) {
            root = root.withTitle(title);
        }
        if (description != null) {
            root = root.withDescription(description);
        }
        if (specialist != null) {
            root = root.withSpecialist(specialist);
        }
        if (priority != null) {
            root = root.withPriority(priority);
        }
        List<PlannedTask> all = new ArrayList<>(root.subtasks());
        for (int i = 0; i < subtasks.size(); i++) {
            all.add(PlannedTask.titled(subtasks.get(i)).withKey("s" + (i + 1)));
        }
        var result = planTask.plan(new PlanTaskUseCase.Command(root.withSubtasks(all),
                Optional.ofNullable(parent).or(() -> fromFile.flatMap(PlanInput.Plan::parentId)),
                fromFile.flatMap(PlanInput.Plan::sessionId), Optional.of(invocation.workspace()),
                autoComplete || fromFile.map(PlanInput.Plan::autoCompleteParent).orElse(false), invocation.operator()));
        console.show(spec, TaskDocuments.planned(result), TaskTexts.planned(result));
        return 0;
    }
}
