package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.domain.task.TaskId;

/** The URIs of the MCP server's resources that the commands read. */
final class Resources {

    private Resources() {
    }

    static String task(String taskId) {
        return "orchestrator://tasks/" + TaskId.parse(taskId.strip(), "TASK_ID").value();
    }

    static String history(String taskId) {
        return task(taskId) + "/history";
    }
}
