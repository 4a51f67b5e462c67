package dev.taskorchestrator.board;

import dev.taskorchestrator.application.port.in.BoardUseCase;
import dev.taskorchestrator.domain.task.Task;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Every plan as a tree: each task with its status, role, holder and, for a parent, its progress. */
final class PlansView {

    private PlansView() {
    }

    static Html render(BoardUseCase.Board board) {
        Html html = new Html();
        List<Task> roots = board.roots();
        html.raw("<h1>Plans</h1>");
        if (roots.isEmpty()) {
            return html.raw("<p class=\"empty\">No tasks yet. Plan one with <code>orchestrator plan</code> or an agent's "
                    + "<code>orchestrator_plan_task</code>; it shows here as soon as it is stored.</p>");
        }
        html.raw("<p class=\"summary\">").text(roots.size() + (roots.size() == 1 ? " plan or task" : " plans and tasks")
                + ", " + board.tasks().size() + " tasks in all").raw("</p>");
        html.raw("<ul class=\"tree\">");
        for (Task root : roots) {
            tree(html, board, root);
        }
        return html.raw("</ul>");
    }

    /** Depth first without recursion: a plan nested thousands deep does not overflow the stack. */
    private static void tree(Html html, BoardUseCase.Board board, Task root) {
        Deque<Object> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Object next = work.pop();
            if (next instanceof String closing) {
                html.raw(closing);
                continue;
            }
            Task task = (Task) next;
            List<Task> children = board.children(task.id());
            html.raw("<li").attr("data-id", task.id().value()).raw(">");
            Fragments.status(html, board, task);
            html.raw(" ").link(Paths.task(task.id()), "title", task.title()).raw(" ");
            Fragments.holder(html, board, task);
            Fragments.progress(html, board, task);
            if (!children.isEmpty() && task.parentId().isEmpty()) {
                html.raw(" ").link(Paths.graph(task.id()), "graph-link", "graph");
            }
            if (children.isEmpty()) {
                html.raw("</li>");
                continue;
            }
            html.raw("<ul>");
            work.push("</ul></li>");
            for (int i = children.size() - 1; i >= 0; i--) {
                work.push(children.get(i));
            }
        }
    }
}
