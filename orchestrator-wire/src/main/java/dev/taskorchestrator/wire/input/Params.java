package dev.taskorchestrator.wire.input;

import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.common.WireValues;
import dev.taskorchestrator.domain.task.Complexity;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.domain.task.TaskType;
import java.util.ArrayList;
import java.util.List;

/** The parameters several tools share, named and described once. */
public final class Params {

    public static final int ID_MAX = 64;

    public static final Param TASK_ID = Param.text("task_id", ID_MAX, "The task's id, as a reply gave it (task_...).")
            .asRequired();
    public static final Param SESSION_ID = Param.text("session_id", ID_MAX, "A session's id (session_...).");
    /** For the tools that work in the connection's session unless told otherwise. */
    public static final Param WORKSPACE_SESSION_ID = Param.text("session_id", ID_MAX,
            "A session's id. Default: the workspace's open one.");
    public static final Param AGENT = Param.text("agent", Limits.SHORT_TEXT_MAX,
            "Who the claim is for. Default: this client and connection.");
    public static final Param TASK_TYPE = Param.oneOf("task_type", WireValues.allowed(TaskType.class),
            "Default: breakdown with subtasks, else standard.");
    public static final Param COMPLEXITY = Param.oneOf("complexity", WireValues.allowed(Complexity.class),
            "How hard the task is. Default: moderate.");
    public static final Param PRIORITY = Param.oneOf("priority", WireValues.allowed(Priority.class),
            "How urgent the task is. Default: medium.");
    public static final Param ESTIMATED_EFFORT = Param.text("estimated_effort", Limits.SHORT_TEXT_MAX,
            "Free text, e.g. \"2h\".");
    public static final Param DUE_DATE = Param.text("due_date", ID_MAX, "YYYY-MM-DD or an ISO-8601 date-time.");
    public static final Param CONTEXT = Param.object("context", "Any JSON object for the specialist.");
    public static final Param TITLE = Param.text("title", Limits.TITLE_MAX, "A short title, 1-255 characters.");
    public static final Param DESCRIPTION = Param.text("description", Limits.DESCRIPTION_MAX, "What is to be done.");
    /**
     * What a tool that changes state also takes: a retry with the same id returns the first reply.
     * Undescribed, as it is in twenty schemas: the server's instructions say what it does once.
     */
    public static final Param REQUEST_ID = Param.text("request_id", 128, "").undescribed();
    /** How long a claim lasts; the bounds are the use case's. */
    public static final Param LEASE_SECONDS = Param.integer("lease_seconds", 60, 86_400,
            "How long the claim lasts. Default: the server's (1800).");
    public static final Param ANY_PRIORITY = Param.anyOf("priority", WireValues.allowed(Priority.class),
            "Any of these priorities.");
    public static final Param ANY_TASK_TYPE = Param.anyOf("task_type", WireValues.allowed(TaskType.class),
            "Any of these types.");

    private Params() {
    }

    /** Every task status, plus {@code active}, the older name of {@code in_progress}. */
    public static List<String> statuses() {
        List<String> statuses = new ArrayList<>(WireValues.allowed(TaskStatus.class));
        statuses.add(TaskStatus.ACTIVE_ALIAS);
        return statuses;
    }

    public static Param specialist(List<String> roleNames, String description) {
        return Param.oneOf("specialist_type", roleNames, description);
    }
}
