package dev.taskorchestrator.board;

import dev.taskorchestrator.application.port.in.BoardUseCase;
import dev.taskorchestrator.application.port.in.RenderPromptUseCase;
import dev.taskorchestrator.application.port.in.TaskHistoryUseCase;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.artifact.Artifact;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The board's pages, read-only: each GET reads one snapshot through the use cases and renders it;
 * anything but GET and HEAD is refused by the servlet itself (405). A fault reaches the browser as
 * a sentence, never a stack trace.
 */
final class BoardServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(BoardServlet.class);
    private static final long serialVersionUID = 1L;
    private static final int HISTORY = 200;

    private final transient Supplier<Orchestrator> core;
    private final transient LiveFeed live;

    BoardServlet(Supplier<Orchestrator> core, LiveFeed live) {
        this.core = core;
        this.live = live;
    }

    /** Read-only: GET and HEAD, nothing else (not even OPTIONS or TRACE). */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, jakarta.servlet.ServletException {
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "the board is read-only");
            return;
        }
        super.service(request, response);
    }

    /** A HEAD of the event stream gets its headers only: it must not hold a stream open that no one reads. */
    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response)
            throws IOException, jakarta.servlet.ServletException {
        if ("/events".equals(request.getPathInfo())) {
            response.setContentType("text/event-stream;charset=utf-8");
            response.setHeader("Cache-Control", "no-store");
            return;
        }
        super.doHead(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getPathInfo() == null) {
            // /board without its slash: the views' links are written from /board/.
            response.sendRedirect(Paths.plans());
            return;
        }
        String path = request.getPathInfo();
        try {
            if (path.equals("/events")) {
                live.stream(request, response);
            } else if (path.startsWith("/assets/")) {
                asset(path.substring("/assets/".length()), response);
            } else {
                page(path, request, response);
            }
        } catch (OrchestratorException refused) {
            int code = refused.code() == ErrorCode.NOT_FOUND ? HttpServletResponse.SC_NOT_FOUND
                    : HttpServletResponse.SC_BAD_REQUEST;
            send(request, response, code, problem(refused.getMessage()));
        } catch (RuntimeException failed) {
            LOG.warn("the board could not answer {}: {}", path, failed.toString());
            send(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    problem("The board could not read the store just now (" + failed.getClass().getSimpleName()
                            + "). It will try again on the next change or reload."));
        }
    }

    private void page(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Orchestrator orchestrator = core.get();
        BoardUseCase.Board board = orchestrator.board();
        String readAt = Fragments.time(board.readAt());
        String html;
        if (path.equals("/")) {
            html = Layout.page("Plans", Layout.View.PLANS, board.position(), readAt, PlansView.render(board));
        } else if (path.equals("/status")) {
            StatusView.Filter filter = StatusView.Filter.of(request.getParameter("session"),
                    request.getParameter("specialist"), request.getParameter("q"));
            html = Layout.page("By status", Layout.View.STATUS, board.position(), readAt, StatusView.render(board, filter));
        } else if (path.equals("/graph")) {
            html = Layout.page("Graphs", Layout.View.GRAPH, board.position(), readAt, GraphView.index(board));
        } else if (path.startsWith("/graph/")) {
            Task root = find(board, path.substring("/graph/".length()));
            html = Layout.page(root.title(), Layout.View.GRAPH, board.position(), readAt, GraphView.render(board, root));
        } else if (path.startsWith("/task/")) {
            Task task = find(board, path.substring("/task/".length()));
            html = Layout.page(task.title(), Layout.View.TASK, board.position(), readAt,
                    TaskView.render(board, task, extras(orchestrator, task)));
        } else {
            throw OrchestratorException.notFound("page", "page", path);
        }
        send(request, response, HttpServletResponse.SC_OK, html);
    }

    private static TaskView.Extras extras(Orchestrator orchestrator, Task task) {
        List<Artifact> artifacts = orchestrator.getTask(task.id()).artifacts().stream()
                .map(metadata -> orchestrator.getArtifact(metadata.id())).toList();
        String prompt;
        try {
            prompt = orchestrator.renderPrompt(new RenderPromptUseCase.Query(task.id(), Optional.empty())).text();
        } catch (OrchestratorException noPrompt) {
            prompt = "No prompt: " + noPrompt.getMessage();
        }
        return new TaskView.Extras(orchestrator.taskHistory(new TaskHistoryUseCase.Query(task.id(), HISTORY)),
                artifacts, prompt);
    }

    /** The id as the path carries it, already decoded by the container. */
    private static Task find(BoardUseCase.Board board, String id) {
        Optional<Task> found;
        try {
            found = board.find(new TaskId(id));
        } catch (OrchestratorException notAnId) {
            found = Optional.empty();
        }
        return found.orElseThrow(() -> OrchestratorException.notFound("task_id", "task", id));
    }

    private static String problem(String message) {
        Html html = new Html().raw("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"color-scheme\" content=\"light dark\"><title>Task Orchestrator board</title>");
        html.raw("<link rel=\"stylesheet\"").attr("href", Paths.asset("board.css")).raw("></head><body><main>");
        html.element("p", "problem", message).raw("<p>").link(Paths.plans(), "", "Back to the plans").raw("</p>");
        return html.raw("</main></body></html>").toString();
    }

    /** A page, compressed when the browser takes gzip: a 1,000-task board is a few hundred KB of markup, a tenth of that zipped. */
    private static void send(HttpServletRequest request, HttpServletResponse response, int status, String html)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Vary", "Accept-Encoding");
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        String accepted = Optional.ofNullable(request.getHeader("Accept-Encoding")).orElse("");
        if (accepted.contains("gzip") && bytes.length > 1_024) {
            response.setHeader("Content-Encoding", "gzip");
            try (OutputStream out = new GZIPOutputStream(response.getOutputStream())) {
                out.write(bytes);
            }
            return;
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static void asset(String name, HttpServletResponse response) throws IOException {
        String type = name.equals("board.css") ? "text/css;charset=utf-8"
                : name.equals("board.js") ? "text/javascript;charset=utf-8" : null;
        if (type == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = BoardServlet.class.getResourceAsStream("assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the board's " + name + " is missing from the jar");
            }
            response.setContentType(type);
            response.setHeader("Cache-Control", "no-cache");
            in.transferTo(response.getOutputStream());
        }
    }
}
