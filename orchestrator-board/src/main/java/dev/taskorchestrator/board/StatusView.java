package dev.taskorchestrator.board;

import dev.taskorchestrator.application.port.in.BoardUseCase;
import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.domain.session.Session;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** A column per status, filtered by session, specialist and text; the filter is a plain form, so it works without script. */
final class StatusView {

    /** What the form asked for; blank fields filter nothing. */
    record Filter(Optional<String> session, Optional<String> specialist, Optional<String> text) {
        static Filter of(String session, String specialist, String text) {
            return new Filter(present(session), present(specialist), present(text));
        }

        private static Optional<String> present(String value) {
            return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
        }

        boolean admits(Task task) {
            return session.map(id -> task.sessionId().map(SessionId::value).filter(id::equals).isPresent()).orElse(true)
                    && specialist.map(task.specialistType()::equals).orElse(true)
                    && text.map(wanted -> TaskFilter.any().withText(wanted).matches(task)).orElse(true);
        }
    }

    /** A column longer than this is read by filtering, not by scrolling; it keeps a big board quick to draw. */
    static final int COLUMN_CARDS = 200;

    private StatusView() {
    }

    static Html render(BoardUseCase.Board board, Filter filter) {
        Html html = new Html().raw("<h1>By status</h1>");
        form(html, board, filter);
        List<Task> shown = board.tasks().stream().filter(filter::admits).toList();
        html.raw("<p class=\"summary\">").text(shown.size() + " of " + board.tasks().size() + " tasks").raw("</p>");
        html.raw("<div class=\"columns\">");
        for (TaskStatus status : Fragments.FLOW) {
            List<Task> column = shown.stream().filter(task -> task.status() == status).toList();
            if (column.isEmpty() && (status == TaskStatus.ARCHIVED || status == TaskStatus.FAILED)) {
                continue;
            }
            html.raw("<section class=\"column\"").attr("aria-label", status.wire()).raw("><h2>")
                    .element("span", "st st-" + status.wire(), status.wire())
                    .raw(" <span class=\"count\">").text(String.valueOf(column.size())).raw("</span></h2><ol>");
            column.stream().limit(COLUMN_CARDS).forEach(task -> card(html, board, task));
            html.raw("</ol>");
            if (column.size() > COLUMN_CARDS) {
                html.element("p", "more", (column.size() - COLUMN_CARDS) + " more; narrow them down with the filter");
            }
            html.raw("</section>");
        }
        return html.raw("</div>");
    }

    private static void card(Html html, BoardUseCase.Board board, Task task) {
        html.raw("<li class=\"card").raw(board.isReady(task.id()) ? " ready" : "").raw("\"")
                .attr("data-id", task.id().value()).raw(">");
        html.link(Paths.task(task.id()), "title", task.title());
        html.raw("<div class=\"meta\">");
        if (board.isReady(task.id())) {
            html.element("span", "st st-ready", "ready").raw(" ");
        }
        Fragments.holder(html, board, task);
        if (task.priority() != Priority.MEDIUM) {
            html.raw(" ").element("span", "prio prio-" + task.priority().wire(), task.priority().wire());
        }
        Fragments.progress(html, board, task);
        html.raw("</div>");
        task.parentId().flatMap(board::find).ifPresent(parent -> html.element("div", "parent", "in " + parent.title()));
        task.data().statusReason().filter(reason -> task.status() == TaskStatus.BLOCKED
                || task.status() == TaskStatus.FAILED).ifPresent(reason -> html.element("div", "reason", reason));
        if (task.status() == TaskStatus.PENDING || task.status() == TaskStatus.BLOCKED) {
            List<Task> waitingOn = board.waitingOn(task.id());
            if (!waitingOn.isEmpty()) {
                html.raw("<div class=\"waits\">waits on ");
                for (int i = 0; i < waitingOn.size(); i++) {
                    html.raw(i == 0 ? "" : ", ").link(Paths.task(waitingOn.get(i).id()), "", waitingOn.get(i).title());
                }
                html.raw("</div>");
            }
        }
        html.raw("</li>");
    }

    private static void form(Html html, BoardUseCase.Board board, Filter filter) {
        html.raw("<form class=\"filter\" method=\"get\" role=\"search\"").attr("action", Paths.status()).raw(">");
        html.raw("<label>Session <select name=\"session\"><option value=\"\">any</option>");
        for (Session session : board.sessions()) {
            option(html, session.id().value(), session.name() + " (" + session.status().wire() + ")",
                    filter.session().filter(session.id().value()::equals).isPresent());
        }
        html.raw("</select></label><label>Specialist <select name=\"specialist\"><option value=\"\">any</option>");
        TreeSet<String> specialists = new TreeSet<>();
        board.tasks().forEach(task -> specialists.add(task.specialistType()));
        for (String specialist : specialists) {
            option(html, specialist, specialist, filter.specialist().filter(specialist::equals).isPresent());
        }
        html.raw("</select></label><label>Text <input type=\"search\" id=\"q\" name=\"q\"")
                .attr("value", filter.text().orElse("")).raw(" placeholder=\"words in title or description\"></label>")
                .raw("<button type=\"submit\">Filter</button></form>");
    }

    private static void option(Html html, String value, String label, boolean selected) {
        html.raw("<option").attr("value", value).raw(selected ? " selected" : "").raw(">").text(label).raw("</option>");
    }
}
