package dev.taskorchestrator.cli.command;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** One task in full: every field, its subtasks, artifacts and progress. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows one task in full: every field, its subtasks, its artifacts and its progress.",
        footerHeading = "%nExample:%n", footer = "  orchestrator task show task_01jq2m3n4p5r")
public final class TaskShowCommand implements Callable<Integer> {

    private static final List<String> FIELDS = List.of("task_type", "specialist_type", "priority", "complexity",
            "estimated_effort", "due_date", "parent_task_id", "session_id", "assignee", "lease_expires_at", "summary",
            "status_reason", "auto_complete_parent", "context", "attempts", "version", "created_at", "updated_at",
            "started_at", "completed_at");

    private final Console console;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TASK_ID", description = "The task.")
    private String taskId;

    public TaskShowCommand(Console console) {
        this.console = console;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Integer call() {
        Map<String, Object> task = console.client().read(Resources.task(taskId));
        console.show(spec, task, (out, ansi) -> {
            out.println(Marks.bold(String.valueOf(task.get("title")), ansi) + "  " + task.get("task_id") + "  "
                    + Marks.status((String) task.get("status"), ansi));
            if (!String.valueOf(task.get("description")).isEmpty()) {
                out.println(task.get("description"));
            }
            FIELDS.stream().filter(task::containsKey)
                    .forEach(field -> out.printf("  %-17s %s%n", field, task.get(field)));
            List<Object> dependencies = (List<Object>) task.getOrDefault("dependencies", List.of());
            if (!dependencies.isEmpty()) {
                out.println("  depends on        " + dependencies);
            }
            Object progress = task.get("progress");
            if (progress instanceof Map<?, ?> p) {
                out.println("  progress          " + p.get("completed") + "/" + p.get("total") + " done ("
                        + p.get("percentage") + "%)");
            }
            ((List<Map<String, Object>>) task.getOrDefault("subtasks", List.of())).forEach(sub -> out.println("  "
                    + Marks.mark((String) sub.get("status"), ansi) + " " + sub.get("task_id") + "  " + sub.get("title")));
            ((List<Map<String, Object>>) task.getOrDefault("artifacts", List.of())).forEach(artifact -> out.println(
                    "  artifact " + artifact.get("artifact_id") + "  " + artifact.get("name") + " (" + artifact.get("size")
                            + " bytes, " + artifact.get("type") + ")"));
        });
        return 0;
    }
}
