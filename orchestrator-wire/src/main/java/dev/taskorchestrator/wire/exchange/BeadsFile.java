package dev.taskorchestrator.wire.exchange;

import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.domain.task.TaskType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * beads' {@code .beads/issues.jsonl}: an issue a line. Blocking dependencies ({@code blocks},
 * {@code conditional-blocks}, {@code waits-for}) become ours, {@code parent-child} (or a dotted id,
 * {@code bd-a3f8.1}) the tree, and the others are kept as links in the task's context, with the
 * labels, the assignee and the issue type; so does {@code conditional-blocks}, which runs a task only if
 * its blocker fails, a condition we do not have. Priorities 0-4 become critical, high, medium, low, low.
 */
public final class BeadsFile {

    static final String FORMAT = "beads";
    /** Blocking kinds that mean "after it is done"; conditional-blocks means "if it fails" and stays a link. */
    private static final Set<String> BLOCKING = Set.of("blocks", "waits-for");
    private static final Map<String, TaskStatus> STATUSES = Map.of("open", TaskStatus.PENDING, "in_progress",
            TaskStatus.IN_PROGRESS, "blocked", TaskStatus.BLOCKED, "deferred", TaskStatus.BLOCKED, "closed",
            TaskStatus.COMPLETED, "pinned", TaskStatus.PENDING, "hooked", TaskStatus.PENDING);
    private static final List<Priority> PRIORITIES = List.of(Priority.CRITICAL, Priority.HIGH, Priority.MEDIUM,
            Priority.LOW, Priority.LOW);
    private static final Map<String, TaskType> TYPES = Map.of("epic", TaskType.BREAKDOWN, "bug",
            TaskType.IMPLEMENTATION, "feature", TaskType.IMPLEMENTATION, "task", TaskType.STANDARD, "chore",
            TaskType.STANDARD, "decision", TaskType.APPROVAL);

    /** An issue and the line it was on. */
    public record Line(int number, Map<String, Object> issue) {
    }

    private BeadsFile() {
    }

    /** Whether this first line has the shape of a beads issue. */
    public static boolean recognises(Map<String, Object> first) {
        return first.get("id") instanceof String && first.containsKey("title") && !first.containsKey("format")
                && !first.containsKey("record");
    }

    public static Converted convert(List<Line> lines, String source, Instant now) {
        ForeignPlan plan = new ForeignPlan(FORMAT, source, now);
        Set<String> ids = new HashSet<>();
        Set<String> tombstones = new HashSet<>();
        for (Line line : lines) {
            Fields issue = Fields.at(line.issue(), "line " + line.number());
            String id = issue.text("id");
            if (!ids.add(id) && !tombstones.contains(id)) {
                throw OrchestratorException.invalid(issue.place() + ".id", issue.place() + ".id: " + id
                        + " is on an earlier line too");
            }
            if ("tombstone".equals(issue.optionalText("status").orElse(""))) {
                tombstones.add(id);
            }
        }
        for (Line line : lines) {
            Fields issue = Fields.at(line.issue(), "line " + line.number());
            String id = issue.text("id");
            if (tombstones.contains(id)) {
                plan.mapped("deleted issues (tombstones) left out");
                continue;
            }
            ForeignPlan.Draft draft = draft(plan, issue, id);
            List<TaskId> prerequisites = new ArrayList<>();
            List<Map<String, Object>> links = new ArrayList<>();
            List<Map<String, Object>> dependencies = issue.objects("dependencies");
            for (int k = 0; k < dependencies.size(); k++) {
                Fields dependency = Fields.at(dependencies.get(k), issue.place() + ".dependencies[" + k + "]");
                String target = dependency.text("depends_on_id");
                String type = dependency.optionalText("type").orElse("blocks");
                if (tombstones.contains(target)) {
                    plan.mapped("dependencies on deleted issues left out");
                } else if (type.equals("conditional-blocks")) {
                    plan.mapped("conditional-blocks (run only if the blocker fails) kept as links");
                    links.add(link(type, target));
                } else if (!BLOCKING.contains(type) && !type.equals("parent-child")) {
                    links.add(link(type, target));
                } else if (!ids.contains(target)) {
                    throw OrchestratorException.invalid(dependency.place() + ".depends_on_id", dependency.place()
                            + ".depends_on_id: " + target + " names no issue of this file");
                } else if (type.equals("parent-child")) {
                    draft.parent = Optional.of(plan.id(target));
                } else {
                    prerequisites.add(plan.id(target));
                }
            }
            if (draft.parent.isEmpty() && id.contains(".")) {
                String parent = id.substring(0, id.lastIndexOf('.'));
                if (ids.contains(parent) && !tombstones.contains(parent)) {
                    draft.parent = Optional.of(plan.id(parent));
                }
            }
            if (!links.isEmpty()) {
                draft.context.put("links", links);
            }
            plan.add(draft);
            for (int k = 0; k < prerequisites.size(); k++) {
                plan.dependency(issue.place(), draft.id, prerequisites.get(k), k);
            }
        }
        return plan.converted();
    }

    private static Map<String, Object> link(String type, String target) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("type", type);
        link.put("id", target);
        return link;
    }

    private static ForeignPlan.Draft draft(ForeignPlan plan, Fields issue, String id) {
        ForeignPlan.Draft draft = plan.draft(issue.place(), id, id);
        draft.title = issue.text("title");
        draft.section("", issue.optionalText("description"));
        draft.section("Design", issue.optionalText("design"));
        draft.section("Acceptance criteria", issue.optionalText("acceptance_criteria"));
        draft.section("Notes", issue.optionalText("notes"));
        String status = issue.optionalText("status").orElse("open");
        TaskStatus mapped = STATUSES.get(status);
        if (mapped == null) {
            mapped = TaskStatus.PENDING;
            plan.mapped("custom status " + status + " -> pending");
        } else if (Set.of("deferred", "pinned", "hooked").contains(status)) {
            plan.mapped("status " + status + " -> " + mapped.wire());
        }
        draft.status = mapped;
        if (!status.equals(mapped.wire()) && mapped != TaskStatus.COMPLETED && mapped != TaskStatus.PENDING) {
            draft.statusReason = Optional.of(status + " in beads");
        }
        draft.summary = Optional.of(issue.optionalText("close_reason").orElse("closed in beads"));
        draft.priority = priority(plan, issue);
        String type = issue.optionalText("issue_type").orElse("task");
        draft.type = TYPES.getOrDefault(type, TaskType.CUSTOM);
        draft.context.put("issue_type", type);
        List<?> labels = issue.list("labels");
        if (!labels.isEmpty()) {
            draft.context.put("labels", labels);
        }
        issue.optionalText("assignee").filter(who -> !who.isBlank()).ifPresent(who -> draft.context.put("assignee", who));
        issue.optionalText("owner").filter(who -> !who.isBlank()).ifPresent(who -> draft.context.put("owner", who));
        issue.optionalText("external_ref").ifPresent(ref -> draft.context.put("external_ref", ref));
        issue.optionalText("defer_until").ifPresent(until -> draft.context.put("defer_until", until));
        issue.optional("metadata").filter(Map.class::isInstance).ifPresent(metadata -> draft.context.put("metadata",
                metadata));
        List<Map<String, Object>> comments = issue.objects("comments");
        if (!comments.isEmpty()) {
            draft.context.put("comments", comments.stream().map(LinkedHashMap::new).toList());
        }
        issue.optional("estimated_minutes").ifPresent(minutes -> draft.effort = Optional.of(minutes + " minutes"));
        issue.optionalInstant("due_at")
                .ifPresent(at -> draft.due = Optional.of(at));
        issue.optionalInstant("created_at")
                .ifPresent(at -> draft.createdAt = at);
        issue.optionalInstant("updated_at")
                .ifPresent(at -> draft.updatedAt = at);
        issue.optionalInstant("started_at")
                .ifPresent(at -> draft.startedAt = Optional.of(at));
        issue.optionalInstant("closed_at")
                .ifPresent(at -> draft.completedAt = Optional.of(at));
        return draft;
    }

    private static Priority priority(ForeignPlan plan, Fields issue) {
        Object value = issue.optional("priority").orElse(2);
        if (!(value instanceof Integer number) || number < 0 || number > 4) {
            throw OrchestratorException.invalid(issue.place() + ".priority", issue.place() + ".priority '" + value
                    + "' is not one of: 0, 1, 2, 3, 4", List.of("0", "1", "2", "3", "4"));
        }
        if (number == 4) {
            plan.mapped("priority 4 -> low");
        }
        return PRIORITIES.get(number);
    }
}
