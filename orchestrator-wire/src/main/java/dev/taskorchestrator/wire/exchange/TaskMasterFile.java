package dev.taskorchestrator.wire.exchange;

import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.domain.task.TaskType;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Task Master's {@code .taskmaster/tasks/tasks.json}: {@code {"<tag>": {"tasks": [...]}}}, or the
 * older {@code {"tasks": [...]}} read as the tag {@code master}. Every tag is read; each task is a
 * plan of ours, its subtasks ({@code parent.n}) its subtasks, which complete their parent when all
 * are done, as there. Details and the test strategy go into the description under headings.
 */
public final class TaskMasterFile {

    static final String FORMAT = "taskmaster";
    private static final Map<String, TaskStatus> STATUSES = Map.of("pending", TaskStatus.PENDING, "in-progress",
            TaskStatus.IN_PROGRESS, "done", TaskStatus.COMPLETED, "completed", TaskStatus.COMPLETED, "blocked",
            TaskStatus.BLOCKED, "cancelled", TaskStatus.CANCELLED, "deferred", TaskStatus.BLOCKED, "review",
            TaskStatus.IN_PROGRESS);
    private static final Map<String, Priority> PRIORITIES = Map.of("low", Priority.LOW, "medium", Priority.MEDIUM,
            "high", Priority.HIGH, "critical", Priority.CRITICAL);

    private final ForeignPlan plan;
    /** Per tag: a task's or subtask's id as Task Master writes it ("3", "3.1") to ours. */
    private final Map<String, TaskId> ids = new HashMap<>();

    private TaskMasterFile(String source, Instant now) {
        this.plan = new ForeignPlan(FORMAT, source, now);
    }

    /** Whether this document has Task Master's shape. */
    public static boolean recognises(Map<String, Object> root) {
        if (root.get("tasks") instanceof List<?> tasks) {
            return tasks.stream().allMatch(task -> task instanceof Map<?, ?> map && map.containsKey("title"));
        }
        return !root.isEmpty() && root.values().stream().allMatch(tag -> tag instanceof Map<?, ?> map
                && map.get("tasks") instanceof List<?>);
    }

    public static Converted convert(Map<String, Object> root, String source, Instant now) {
        TaskMasterFile file = new TaskMasterFile(source, now);
        Map<String, Map<String, Object>> tags = new LinkedHashMap<>();
        if (root.get("tasks") instanceof List<?>) {
            tags.put("master", root);
        } else {
            root.keySet().forEach(tag -> tags.put(tag, Fields.document(root).object(tag)));
        }
        tags.forEach(file::readIds);
        tags.forEach(file::read);
        return file.plan.converted();
    }

    private void readIds(String tag, Map<String, Object> content) {
        Fields list = Fields.at(content, tag);
        List<Map<String, Object>> tasks = list.objects("tasks");
        for (int i = 0; i < tasks.size(); i++) {
            Fields task = Fields.at(tasks.get(i), tag + ".tasks[" + i + "]");
            String id = idText(task);
            ids.put(tag + ":" + id, plan.id(tag + ":" + id));
            List<Map<String, Object>> subtasks = task.objects("subtasks");
            for (int j = 0; j < subtasks.size(); j++) {
                String sub = id + "." + idText(Fields.at(subtasks.get(j), task.place() + ".subtasks[" + j + "]"));
                ids.put(tag + ":" + sub, plan.id(tag + ":" + sub));
            }
        }
    }

    private void read(String tag, Map<String, Object> content) {
        List<Map<String, Object>> tasks = Fields.at(content, tag).objects("tasks");
        for (int i = 0; i < tasks.size(); i++) {
            Fields task = Fields.at(tasks.get(i), tag + ".tasks[" + i + "]");
            String id = idText(task);
            ForeignPlan.Draft draft = draft(tag, id, task);
            List<Map<String, Object>> subtasks = task.objects("subtasks");
            if (!subtasks.isEmpty()) {
                draft.type = TaskType.BREAKDOWN;
            }
            plan.add(draft);
            dependencies(tag, draft, task, Optional.empty());
            for (int j = 0; j < subtasks.size(); j++) {
                Fields subtask = Fields.at(subtasks.get(j), task.place() + ".subtasks[" + j + "]");
                ForeignPlan.Draft child = draft(tag, id + "." + idText(subtask), subtask);
                child.parent = Optional.of(draft.id);
                child.autoCompleteParent = true;
                plan.add(child);
                dependencies(tag, child, subtask, Optional.of(id));
            }
        }
    }

    private ForeignPlan.Draft draft(String tag, String id, Fields task) {
        ForeignPlan.Draft draft = plan.draft(task.place(), tag + ":" + id, id);
        draft.origin.put("tag", tag);
        draft.title = task.text("title");
        draft.section("", task.optionalText("description"));
        draft.section("Details", task.optionalText("details"));
        draft.section("Test strategy", task.optionalText("testStrategy"));
        String status = task.optionalText("status").orElse("pending");
        draft.status = task.mapped("status", status, STATUSES);
        if (status.equals("deferred") || status.equals("review")) {
            draft.statusReason = Optional.of(status + " in Task Master");
            plan.mapped("status " + status + " -> " + draft.status.wire());
        }
        draft.priority = task.mapped("priority", task.optionalText("priority").orElse("medium"), PRIORITIES);
        // Task Master's effort is a number (of hours, by its convention); some files have text.
        task.optional("effort").map(String::valueOf).ifPresent(effort -> draft.effort = Optional.of(effort));
        task.optionalInstant("createdAt").ifPresent(at -> draft.createdAt = at);
        task.optionalInstant("updatedAt").ifPresent(at -> draft.updatedAt = at);
        return draft;
    }

    /**
     * A top-level task's dependencies name tasks of its tag ({@code 3}) or subtasks ({@code "3.1"}); a
     * subtask's numbers name its siblings first, as Task Master writes them, then tasks of the tag.
     */
    private void dependencies(String tag, ForeignPlan.Draft draft, Fields task, Optional<String> parent) {
        List<?> named = task.list("dependencies");
        for (int k = 0; k < named.size(); k++) {
            String reference = String.valueOf(named.get(k));
            TaskId prerequisite = parent.map(p -> ids.get(tag + ":" + p + "." + reference)).orElse(null);
            if (prerequisite == null) {
                prerequisite = ids.get(tag + ":" + reference);
            }
            if (prerequisite == null) {
                throw OrchestratorException.invalid(task.place() + ".dependencies", task.place() + ".dependencies: "
                        + reference + " names no task or subtask of the tag " + tag);
            }
            plan.dependency(task.place(), draft.id, prerequisite, k);
        }
    }

    private static String idText(Fields task) {
        Object id = task.required("id");
        if (!(id instanceof Number || id instanceof String)) {
            throw OrchestratorException.invalid(task.place() + ".id", task.place() + ".id must be a number or text");
        }
        return String.valueOf(id);
    }
}
