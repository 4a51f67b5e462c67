package dev.taskorchestrator.cli.command;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A plan as a tree, with each task's status mark. */
@Command(name = "tree", mixinStandardHelpOptions = true,
        description = "Shows a task and all its subtasks as a tree, each with its status (○ pending, ▶ in progress, "
                + "■ blocked, ✓ completed, ✗ failed, ⊘ cancelled, ▪ archived).",
        footerHeading = "%nExample:%n", footer = "  orchestrator task tree task_01jq2m3n4p5r")
public final class TaskTreeCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TASK_ID", description = "The root of the tree.")
    private String taskId;

    public TaskTreeCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Map<String, Object> tree = node(taskId);
        console.show(spec, tree, (out, ansi) -> print(out, ansi, tree, "", "", ""));
        return 0;
    }

    /** A task's compact row with its subtasks' trees under {@code subtasks}. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> node(String id) {
        Map<String, Object> task = console.client().read(Resources.task(id));
        Map<String, Object> node = new LinkedHashMap<>();
        for (String field : List.of("task_id", "title", "status", "specialist_type", "priority")) {
            node.put(field, task.get(field));
        }
        node.put("subtasks", ((List<Map<String, Object>>) task.getOrDefault("subtasks", List.of())).stream()
                .map(sub -> node((String) sub.get("task_id"))).toList());
        return node;
    }

    @SuppressWarnings("unchecked")
    private static void print(PrintWriter out, Ansi ansi, Map<String, Object> node, String lead, String branch,
            String indent) {
        out.println(lead + branch + Marks.mark((String) node.get("status"), ansi) + " " + node.get("title") + "  "
                + ansi.string("@|faint " + node.get("task_id") + " · " + node.get("specialist_type") + "|@"));
        List<Map<String, Object>> children = (List<Map<String, Object>>) node.get("subtasks");
        for (int i = 0; i < children.size(); i++) {
            boolean last = i == children.size() - 1;
            print(out, ansi, children.get(i), lead + indent, last ? "└─ " : "├─ ", last ? "   " : "│  ");
        }
    }
}
