package dev.taskorchestrator.wire.exchange;

import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shrimp Task Manager's {@code tasks.json}: {@code {"tasks": [...]}}, a flat list whose tasks
 * depend on others by id. Notes, the implementation guide, the verification criteria and the
 * analysis go into the description under headings; a completed task's summary is its result;
 * related files are kept in its context.
 */
public final class ShrimpFile {

    static final String FORMAT = "shrimp";
    private static final Map<String, TaskStatus> STATUSES = Map.of("pending", TaskStatus.PENDING, "in_progress",
            TaskStatus.IN_PROGRESS, "completed", TaskStatus.COMPLETED, "blocked", TaskStatus.BLOCKED);

    private ShrimpFile() {
    }

    /** Whether this document has Shrimp's shape. */
    public static boolean recognises(Map<String, Object> root) {
        return root.get("tasks") instanceof List<?> tasks && !tasks.isEmpty() && tasks.stream()
                .allMatch(task -> task instanceof Map<?, ?> map && map.containsKey("name") && !map.containsKey("title"));
    }

    public static Converted convert(Map<String, Object> root, String source, Instant now) {
        ForeignPlan plan = new ForeignPlan(FORMAT, source, now);
        Fields document = Fields.document(root);
        document.required("tasks");
        List<Map<String, Object>> tasks = document.objects("tasks");
        Map<String, TaskId> ids = new HashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            Fields task = Fields.at(tasks.get(i), "tasks[" + i + "]");
            String id = task.text("id");
            ids.put(id, plan.id(id));
        }
        for (int i = 0; i < tasks.size(); i++) {
            Fields task = Fields.at(tasks.get(i), "tasks[" + i + "]");
            String id = task.text("id");
            ForeignPlan.Draft draft = plan.draft(task.place(), id, id);
            draft.title = task.text("name");
            draft.section("", task.optionalText("description"));
            draft.section("Notes", task.optionalText("notes"));
            draft.section("Implementation guide", task.optionalText("implementationGuide"));
            draft.section("Verification criteria", task.optionalText("verificationCriteria"));
            draft.section("Analysis", task.optionalText("analysisResult"));
            draft.status = task.mapped("status", task.optionalText("status").orElse("pending"), STATUSES);
            draft.summary = task.optionalText("summary");
            task.optionalInstant("createdAt")
                    .ifPresent(at -> draft.createdAt = at);
            task.optionalInstant("updatedAt")
                    .ifPresent(at -> draft.updatedAt = at);
            task.optionalInstant("completedAt")
                    .ifPresent(at -> draft.completedAt = Optional.of(at));
            List<Map<String, Object>> files = task.objects("relatedFiles");
            if (!files.isEmpty()) {
                draft.context.put("related_files", files.stream().map(LinkedHashMap::new).toList());
            }
            task.optionalText("agent").ifPresent(agent -> draft.context.put("agent", agent));
            plan.add(draft);
            List<Map<String, Object>> dependencies = task.objects("dependencies");
            for (int k = 0; k < dependencies.size(); k++) {
                Fields dependency = Fields.at(dependencies.get(k), task.place() + ".dependencies[" + k + "]");
                TaskId prerequisite = ids.get(dependency.text("taskId"));
                if (prerequisite == null) {
                    throw OrchestratorException.invalid(dependency.place() + ".taskId", dependency.place()
                            + ".taskId: " + dependency.text("taskId") + " names no task of this file");
                }
                plan.dependency(dependency.place(), draft.id, prerequisite, k);
            }
        }
        return plan.converted();
    }
}
