package dev.taskorchestrator.cli.command;

/** The URIs of the MCP server's resources that the commands read. */
final class Resources {

    private Resources() {
    }

    static String task(String taskId) {
        return "orchestrator://tasks/" + taskId.strip();
    }

    static String history(String taskId) {
        return task(taskId) + "/history";
    }
}
