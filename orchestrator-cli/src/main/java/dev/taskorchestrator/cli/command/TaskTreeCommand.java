package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.TaskTreeUseCase.TaskTree;
import dev.taskorchestrator.application.port.in.TaskTreeUseCase;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.wire.TaskDocuments;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A plan as a tree, with each task's status mark, read in one snapshot. */
@Command(name = "tree", mixinStandardHelpOptions = true,
        description = "Shows a task and all its subtasks as a tree, each with its status (○ pending, ▶ in progress, "
                + "■ blocked, ✓ completed, ✗ failed, ⊘ cancelled, ▪ archived).",
        footerHeading = "%nExample:%n", footer = "  orchestrator task tree task_01jq2m3n4p5r")
public final class TaskTreeCommand implements Callable<Integer> {

    private final TaskTreeUseCase taskTree;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Field("task_id")
    @Parameters(paramLabel = "TASK_ID", description = "The root of the tree.")
    private TaskId taskId;

    public TaskTreeCommand(TaskTreeUseCase taskTree, Console console) {
        this.taskTree = taskTree;
        this.console = console;
    }

    @Override
    public Integer call() {
        TaskTree tree = taskTree.tree(taskId);
        console.show(spec, TaskDocuments.tree(tree), (out, ansi) -> print(out, ansi, tree, "", "", ""));
        return 0;
    }

    private static void print(PrintWriter out, Ansi ansi, TaskTree node, String lead, String branch, String indent) {
        out.println(lead + branch + Marks.mark(node.task().status(), ansi) + " " + node.task().title() + "  "
                + Marks.faint(node.task().id() + " · " + node.task().specialistType(), ansi));
        for (int i = 0; i < node.subtasks().size(); i++) {
            boolean last = i == node.subtasks().size() - 1;
            print(out, ansi, node.subtasks().get(i), lead + indent, last ? "└─ " : "├─ ", last ? "   " : "│  ");
        }
    }
}
