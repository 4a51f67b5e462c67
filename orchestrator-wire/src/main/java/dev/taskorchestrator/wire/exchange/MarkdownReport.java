package dev.taskorchestrator.wire.exchange;

import dev.taskorchestrator.application.port.in.ExportUseCase.DependencyItem;
import dev.taskorchestrator.application.port.in.ExportUseCase.Header;
import dev.taskorchestrator.application.port.in.ExportUseCase.Item;
import dev.taskorchestrator.application.port.in.ExportUseCase.TaskItem;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The plans as a document people read (a pull request's description, a wiki page): each plan a
 * section, its subtasks a checklist in tree order with their status, summaries and links to the
 * tasks they depend on. For reading only: {@link ExportRecords} is the format that comes back in.
 */
public final class MarkdownReport {

    /** How long a description may run in the report before it is cut; the export keeps it whole. */
    static final int DESCRIPTION_CHARS = 400;

    private static final Map<TaskStatus, String> MARKS = new EnumMap<>(Map.of(TaskStatus.PENDING, "○",
            TaskStatus.IN_PROGRESS, "▶", TaskStatus.BLOCKED, "■", TaskStatus.COMPLETED, "✓", TaskStatus.FAILED, "✗",
            TaskStatus.CANCELLED, "⊘", TaskStatus.ARCHIVED, "▪"));

    private final Map<TaskId, Task> tasks = new LinkedHashMap<>();
    private final Map<TaskId, List<Task>> children = new HashMap<>();
    private final Map<TaskId, List<TaskId>> prerequisites = new HashMap<>();
    private Header header;

    private MarkdownReport() {
    }

    /** The report of an export's items. */
    public static String of(List<Item> items) {
        MarkdownReport report = new MarkdownReport();
        items.forEach(report::take);
        return report.render();
    }

    private void take(Item item) {
        if (item instanceof Header given) {
            header = given;
        } else if (item instanceof TaskItem task) {
            tasks.put(task.task().id(), task.task());
        } else if (item instanceof DependencyItem dependency) {
            prerequisites.computeIfAbsent(dependency.task(), id -> new ArrayList<>()).add(dependency.prerequisite());
        }
    }

    private String render() {
        Comparator<Task> byAge = Comparator.comparing(Task::createdAt).thenComparing(task -> task.id().value());
        List<Task> roots = new ArrayList<>();
        for (Task task : tasks.values()) {
            if (task.parentId().filter(tasks::containsKey).isPresent()) {
                children.computeIfAbsent(task.parentId().get(), id -> new ArrayList<>()).add(task);
            } else {
                roots.add(task);
            }
        }
        roots.sort(byAge);
        children.values().forEach(list -> list.sort(byAge));
        StringBuilder out = new StringBuilder("# Plans\n\n");
        out.append('_').append(roots.size()).append(roots.size() == 1 ? " plan, " : " plans, ").append(tasks.size())
                .append(tasks.size() == 1 ? " task" : " tasks").append(byStatus()).append(header == null ? ""
                        : "; exported " + header.exportedAt()).append("_\n");
        for (Task root : roots) {
            out.append("\n## ").append(MARKS.get(root.status())).append(' ').append(escape(root.title()))
                    .append(anchor(root)).append("\n\n");
            out.append(facts(root)).append('\n');
            description(out, root, "");
            summary(out, root, "");
            dependencies(out, root, "");
            List<Task> subtasks = children.getOrDefault(root.id(), List.of());
            if (!subtasks.isEmpty()) {
                out.append('\n');
                subtasks.forEach(subtask -> item(out, subtask, ""));
            }
        }
        return out.toString();
    }

    private void item(StringBuilder out, Task task, String indent) {
        out.append(indent).append("- [").append(task.status() == TaskStatus.COMPLETED ? 'x' : ' ').append("] ")
                .append(MARKS.get(task.status())).append(" **").append(escape(task.title())).append("**")
                .append(anchor(task)).append(" — ").append(facts(task)).append('\n');
        String inner = indent + "  ";
        summary(out, task, inner);
        dependencies(out, task, inner);
        children.getOrDefault(task.id(), List.of()).forEach(child -> item(out, child, inner));
    }

    private static String facts(Task task) {
        String facts = task.status().wire().replace('_', ' ') + " · " + task.priority().wire() + " priority · "
                + escape(task.data().specialistType());
        return task.data().statusReason().map(reason -> facts + " · " + escape(firstLine(reason))).orElse(facts);
    }

    private static void description(StringBuilder out, Task task, String indent) {
        String text = task.data().description().strip();
        if (!text.isEmpty()) {
            String shown = text.length() > DESCRIPTION_CHARS ? text.substring(0, DESCRIPTION_CHARS) + "…" : text;
            out.append('\n');
            shown.lines().forEach(line -> out.append(indent).append("> ").append(line).append('\n'));
        }
    }

    private static void summary(StringBuilder out, Task task, String indent) {
        task.data().summary().filter(text -> !text.isBlank()).ifPresent(text -> out.append(indent.isEmpty() ? "\n" : "")
                .append(indent).append(indent.isEmpty() ? "" : "- ").append("Result: ").append(escape(firstLine(text)))
                .append('\n'));
    }

    private void dependencies(StringBuilder out, Task task, String indent) {
        List<TaskId> needed = prerequisites.getOrDefault(task.id(), List.of());
        if (!needed.isEmpty()) {
            out.append(indent.isEmpty() ? "\n" : "").append(indent).append(indent.isEmpty() ? "" : "- ")
                    .append("Depends on: ").append(needed.stream().map(this::link).collect(Collectors.joining(", ")))
                    .append('\n');
        }
    }

    private String link(TaskId id) {
        Task task = tasks.get(id);
        return task == null ? "`" + id.value() + "` (not in this export)"
                : "[" + escape(task.title()) + "](#" + id.value() + ") " + MARKS.get(task.status());
    }

    private String byStatus() {
        Map<TaskStatus, Long> counts = tasks.values().stream().collect(Collectors.groupingBy(Task::status,
                () -> new EnumMap<>(TaskStatus.class), Collectors.counting()));
        return counts.isEmpty() ? "" : ": " + counts.entrySet().stream().map(entry -> entry.getValue() + " "
                + entry.getKey().wire().replace('_', ' ')).collect(Collectors.joining(", "));
    }

    private static String anchor(Task task) {
        return " <a id=\"" + task.id().value() + "\"></a>";
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > DESCRIPTION_CHARS ? line.substring(0, DESCRIPTION_CHARS) + "…" : line;
    }

    /** Markdown's own characters in a title, so that a title is shown as written. */
    static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1").replace("\n", " ");
    }
}
