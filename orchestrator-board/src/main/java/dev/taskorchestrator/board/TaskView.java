package dev.taskorchestrator.board;

import dev.taskorchestrator.application.port.in.BoardUseCase;
import dev.taskorchestrator.domain.artifact.Artifact;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** One task in full: what it is, where it sits, what it waits on, its history, artifacts and the prompt its role gets. */
final class TaskView {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** What the page shows beyond the board's snapshot, read by the servlet through the use cases. */
    record Extras(List<TaskEvent> history, List<Artifact> artifacts, String prompt) {
    }

    private TaskView() {
    }

    static Html render(BoardUseCase.Board board, Task task, Extras extras) {
        Html html = new Html().raw("<article class=\"task\"").attr("data-id", task.id().value()).raw(">");
        html.raw("<p class=\"crumbs\">");
        List<Task> ancestors = ancestors(board, task);
        for (Task ancestor : ancestors) {
            html.link(Paths.task(ancestor.id()), "", ancestor.title()).raw(" › ");
        }
        html.raw("</p><h1>").text(task.title()).raw("</h1><p class=\"meta\">");
        Fragments.status(html, board, task);
        html.raw(" ");
        Fragments.holder(html, board, task);
        html.raw(" ").element("span", "prio prio-" + task.priority().wire(), task.priority().wire() + " priority")
                .raw(" ").element("code", "id", task.id().value()).raw("</p>");
        task.data().statusReason().ifPresent(reason -> html.element("p", "reason", reason));

        html.raw("<dl class=\"facts\">");
        fact(html, "Type", task.data().taskType().wire());
        fact(html, "Complexity", task.data().complexity().wire());
        task.data().estimatedEffort().ifPresent(effort -> fact(html, "Effort", effort));
        task.sessionId().ifPresent(session -> fact(html, "Session", session.value()));
        fact(html, "Created", Fragments.time(task.createdAt()));
        task.data().startedAt().ifPresent(at -> fact(html, "Started", Fragments.time(at)));
        task.data().completedAt().ifPresent(at -> fact(html, "Completed", Fragments.time(at)));
        task.data().dueDate().ifPresent(at -> fact(html, "Due", Fragments.time(at)));
        html.raw("</dl>");

        task.data().summary().ifPresent(summary -> section(html, "Result", () -> Markdown.render(html, summary)));
        if (!task.data().description().isBlank()) {
            section(html, "Description", () -> Markdown.render(html, task.data().description()));
        }
        links(html, board, "Waits on", task.dependencies());
        links(html, board, "Waited on by", board.dependents(task.id()).stream().map(Task::id).toList());
        List<Task> children = board.children(task.id());
        if (!children.isEmpty()) {
            section(html, "Subtasks", () -> {
                board.progress(task.id()).ifPresent(progress -> Fragments.bar(html, progress));
                if (task.parentId().isEmpty()) {
                    html.raw(" ").link(Paths.graph(task.id()), "graph-link", "dependency graph");
                }
                links(html, board, children.stream().map(Task::id).toList());
            });
        }
        if (!task.context().isEmpty()) {
            section(html, "Context", () -> html.element("pre", "json", JSON.writeValueAsString(task.context())));
        }
        section(html, "Artifacts", () -> {
            if (extras.artifacts().isEmpty()) {
                html.element("p", "empty", "None yet.");
            }
            for (Artifact artifact : extras.artifacts()) {
                html.raw("<details class=\"artifact\" open><summary>").text(artifact.name()).raw(" ")
                        .element("span", "kind", artifact.type().wire() + ", " + artifact.mimeType() + ", "
                                + Fragments.time(artifact.createdAt())).raw("</summary>");
                if (artifact.mimeType().contains("markdown") || artifact.mimeType().startsWith("text/plain")) {
                    Markdown.render(html, artifact.content());
                } else {
                    html.element("pre", "", artifact.content().length() > Markdown.MAX_CHARS
                            ? artifact.content().substring(0, Markdown.MAX_CHARS) : artifact.content());
                }
                html.raw("</details>");
            }
        });
        section(html, "History", () -> history(html, extras.history()));
        section(html, "Prompt for its role", () -> html.raw("<details><summary>").text("What "
                + task.specialistType() + " is given").raw("</summary>").element("pre", "prompt", extras.prompt())
                .raw("</details>"));
        return html.raw("</article>");
    }

    private static List<Task> ancestors(BoardUseCase.Board board, Task task) {
        java.util.LinkedList<Task> chain = new java.util.LinkedList<>();
        java.util.Set<TaskId> seen = new java.util.HashSet<>();
        Optional<Task> parent = task.parentId().flatMap(board::find);
        while (parent.isPresent() && seen.add(parent.get().id())) {
            chain.addFirst(parent.get());
            parent = parent.get().parentId().flatMap(board::find);
        }
        return chain;
    }

    private static void history(Html html, List<TaskEvent> events) {
        if (events.isEmpty()) {
            html.element("p", "empty", "Nothing recorded.");
            return;
        }
        html.raw("<table class=\"history\"><thead><tr><th>When</th><th>What</th><th>Who</th><th>Detail</th></tr></thead><tbody>");
        for (int i = events.size() - 1; i >= 0; i--) {
            TaskEvent event = events.get(i);
            html.raw("<tr><td>").text(Fragments.time(event.at())).raw("</td><td>").text(event.type().wire())
                    .raw("</td><td>").text(event.actor().orElse("")).raw("</td><td>").text(event.detail())
                    .raw("</td></tr>");
        }
        html.raw("</tbody></table>");
    }

    private static void links(Html html, BoardUseCase.Board board, String heading, List<TaskId> ids) {
        if (!ids.isEmpty()) {
            section(html, heading, () -> links(html, board, ids));
        }
    }

    private static void links(Html html, BoardUseCase.Board board, List<TaskId> ids) {
        html.raw("<ul class=\"links\">");
        for (TaskId id : ids) {
            html.raw("<li").attr("data-id", id.value()).raw(">");
            Optional<Task> found = board.find(id);
            if (found.isPresent()) {
                Fragments.status(html, board, found.get());
                html.raw(" ").link(Paths.task(id), "title", found.get().title());
            } else {
                html.element("span", "st st-gone", "deleted").raw(" ").element("code", "", id.value());
            }
            html.raw("</li>");
        }
        html.raw("</ul>");
    }

    private static void fact(Html html, String name, String value) {
        html.element("dt", "", name).element("dd", "", value);
    }

    private static void section(Html html, String heading, Runnable body) {
        html.raw("<section><h2>").text(heading).raw("</h2>");
        body.run();
        html.raw("</section>");
    }

}
