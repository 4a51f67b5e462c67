package dev.taskorchestrator.board;

import dev.taskorchestrator.domain.task.TaskId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where each page of the board is: under {@value #BASE} whether it runs alone or beside the MCP endpoint. */
final class Paths {

    static final String BASE = "/board";

    private Paths() {
    }

    static String plans() {
        return BASE + "/";
    }

    static String status() {
        return BASE + "/status";
    }

    static String graphs() {
        return BASE + "/graph";
    }

    static String graph(TaskId root) {
        return BASE + "/graph/" + encode(root.value());
    }

    static String task(TaskId task) {
        return BASE + "/task/" + encode(task.value());
    }

    static String events() {
        return BASE + "/events";
    }

    static String asset(String name) {
        return BASE + "/assets/" + name;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
