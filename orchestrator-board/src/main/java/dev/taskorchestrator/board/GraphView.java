package dev.taskorchestrator.board;

import dev.taskorchestrator.application.port.in.BoardUseCase;
import dev.taskorchestrator.domain.task.DependencyChains;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plan's dependencies as a picture, drawn on the server as SVG: prerequisites to the left of what
 * waits on them (a column per step of the longest chain before a task), each column ordered by
 * where its prerequisites sit, so that edges cross little. Ready tasks and the critical path are
 * picked out; each box links to its task.
 */
final class GraphView {

    static final int WIDTH = 210;
    static final int HEIGHT = 46;
    static final int GAP_X = 70;
    static final int GAP_Y = 14;
    static final int PAD = 12;
    private static final int TITLE_CHARS = 27;

    /** Where each task's box is. */
    record Placed(Task task, int column, int row) {
        int x() {
            return PAD + column * (WIDTH + GAP_X);
        }

        int y() {
            return PAD + row * (HEIGHT + GAP_Y);
        }
    }

    private GraphView() {
    }

    static Html index(BoardUseCase.Board board) {
        Html html = new Html().raw("<h1>Dependency graphs</h1>");
        List<Task> plans = board.roots().stream().filter(root -> !board.children(root.id()).isEmpty()).toList();
        if (plans.isEmpty()) {
            return html.raw("<p class=\"empty\">No plan has subtasks yet; a plan's graph shows its subtasks and "
                    + "their dependencies.</p>");
        }
        html.raw("<ul class=\"plans\">");
        for (Task plan : plans) {
            html.raw("<li").attr("data-id", plan.id().value()).raw(">");
            Fragments.status(html, board, plan);
            html.raw(" ").link(Paths.graph(plan.id()), "title", plan.title()).raw(" ")
                    .element("span", "count", board.descendants(plan.id()).size() + " tasks");
            Fragments.progress(html, board, plan);
            html.raw("</li>");
        }
        return html.raw("</ul>");
    }

    static Html render(BoardUseCase.Board board, Task root) {
        List<Task> tasks = board.descendants(root.id());
        if (tasks.isEmpty()) {
            tasks = List.of(root);
        }
        List<Placed> placed = layout(tasks);
        List<TaskId> critical = board.criticalPath(root.id());
        Set<TaskId> onPath = new HashSet<>(critical);
        Set<String> criticalEdges = new HashSet<>();
        for (int i = 1; i < critical.size(); i++) {
            criticalEdges.add(critical.get(i - 1).value() + ">" + critical.get(i).value());
        }
        Map<TaskId, Placed> at = new HashMap<>();
        placed.forEach(box -> at.put(box.task().id(), box));
        int width = placed.stream().mapToInt(box -> box.x() + WIDTH + PAD).max().orElse(PAD);
        int height = placed.stream().mapToInt(box -> box.y() + HEIGHT + PAD).max().orElse(PAD);

        Html html = new Html().raw("<h1>").text(root.title()).raw(" <small>dependency graph</small></h1>");
        html.raw("<p class=\"summary\">").text(tasks.size() + " tasks; critical path " + critical.size()
                + (critical.size() == 1 ? " task" : " tasks") + " of work still to do. ")
                .link(Paths.task(root.id()), "", "The plan's page").raw("</p>");
        html.raw("<p class=\"legend\"><span class=\"key ready\">ready to start</span> "
                + "<span class=\"key crit\">critical path</span> prerequisites on the left</p>");
        html.raw("<div class=\"graph\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
                .attr("viewBox", "0 0 " + width + " " + height).attr("width", String.valueOf(width))
                .attr("height", String.valueOf(height)).raw("><title>").text("Dependencies of " + root.title())
                .raw("</title><defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerUnits=\"userSpaceOnUse\""
                        + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0 0L10 5L0 10z\"/></marker></defs>");
        for (Placed box : placed) {
            for (TaskId prerequisite : box.task().dependencies()) {
                Placed from = at.get(prerequisite);
                if (from == null) {
                    continue;
                }
                int x1 = from.x() + WIDTH;
                int y1 = from.y() + HEIGHT / 2;
                int x2 = box.x() - 2;
                int y2 = box.y() + HEIGHT / 2;
                boolean hot = criticalEdges.contains(prerequisite.value() + ">" + box.task().id().value());
                html.raw("<path class=\"edge").raw(hot ? " crit" : "").raw("\"")
                        .attr("d", "M" + x1 + " " + y1 + "C" + (x1 + GAP_X / 2) + " " + y1 + " " + (x2 - GAP_X / 2)
                                + " " + y2 + " " + x2 + " " + y2).raw(" marker-end=\"url(#arrow)\"/>");
            }
        }
        for (Placed box : placed) {
            Task task = box.task();
            String classes = "node st-" + task.status().wire() + (board.isReady(task.id()) ? " ready" : "")
                    + (onPath.contains(task.id()) ? " crit" : "");
            html.raw("<a").attr("href", Paths.task(task.id())).attr("data-id", task.id().value()).raw("><g")
                    .attr("class", classes).raw("><title>").text(task.title() + " (" + task.status().wire()
                            + ")").raw("</title><rect rx=\"6\"").attr("x", String.valueOf(box.x()))
                    .attr("y", String.valueOf(box.y())).attr("width", String.valueOf(WIDTH))
                    .attr("height", String.valueOf(HEIGHT)).raw("/><text")
                    .attr("x", String.valueOf(box.x() + 8)).attr("y", String.valueOf(box.y() + 19)).raw(">")
                    .text(shortened(task.title())).raw("</text><text class=\"sub\"")
                    .attr("x", String.valueOf(box.x() + 8)).attr("y", String.valueOf(box.y() + 37)).raw(">")
                    .text(task.status().wire() + (board.isReady(task.id()) ? ", ready" : "") + " · "
                            + task.specialistType()).raw("</text></g></a>");
        }
        return html.raw("</svg></div>");
    }

    /**
     * A column per task: the length of the longest chain of prerequisites before it among these
     * tasks; then, column by column, rows ordered by the mean row of their prerequisites.
     */
    static List<Placed> layout(List<Task> tasks) {
        DependencyChains chains = DependencyChains.among(tasks);
        Map<TaskId, Integer> column = new HashMap<>();
        tasks.forEach(task -> column.put(task.id(), chains.length(task.id()) - 1));
        int columns = column.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        List<List<Task>> byColumn = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            byColumn.add(new ArrayList<>());
        }
        tasks.forEach(task -> byColumn.get(column.get(task.id())).add(task));
        Map<TaskId, Integer> row = new HashMap<>();
        List<Placed> placed = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            List<Task> here = byColumn.get(c);
            if (c > 0) {
                Map<TaskId, Double> weight = new HashMap<>();
                for (int i = 0; i < here.size(); i++) {
                    Task task = here.get(i);
                    int index = i;
                    weight.put(task.id(), task.dependencies().stream().filter(row::containsKey)
                            .mapToInt(row::get).average().orElse(index));
                }
                here.sort(Comparator.comparingDouble(task -> weight.get(task.id())));
            }
            for (int r = 0; r < here.size(); r++) {
                row.put(here.get(r).id(), r);
                placed.add(new Placed(here.get(r), c, r));
            }
        }
        return placed;
    }

    private static String shortened(String title) {
        if (title.codePointCount(0, title.length()) <= TITLE_CHARS) {
            return title;
        }
        return title.substring(0, title.offsetByCodePoints(0, TITLE_CHARS - 1)) + "…";
    }
}
