package dev.taskorchestrator.wire.exchange;

import dev.taskorchestrator.application.port.in.ExportUseCase;
import dev.taskorchestrator.application.port.in.ExportUseCase.Counts;
import dev.taskorchestrator.application.port.in.ExportUseCase.DependencyItem;
import dev.taskorchestrator.application.port.in.ExportUseCase.EventItem;
import dev.taskorchestrator.application.port.in.ExportUseCase.Header;
import dev.taskorchestrator.application.port.in.ExportUseCase.TaskItem;
import dev.taskorchestrator.application.port.in.ImportUseCase.Located;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.task.Complexity;
import dev.taskorchestrator.domain.task.Priority;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskData;
import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.domain.task.TaskType;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds our items from another tool's records. A task's id is derived from the tool, the file
 * and the record's own id, so importing the same file again finds every task already there and
 * changes nothing, while two projects' task 1 stay two tasks; the task's context says where it came from ({@code imported_from}), and its history
 * begins with an event saying so.
 */
final class ForeignPlan {

    /** A task as another tool describes it, before it is checked as ours. */
    static final class Draft {
        final String place;
        final TaskId id;
        Optional<TaskId> parent = Optional.empty();
        String title;
        final List<String> description = new ArrayList<>();
        TaskType type = TaskType.STANDARD;
        TaskStatus status = TaskStatus.PENDING;
        Optional<String> statusReason = Optional.empty();
        Priority priority = Priority.MEDIUM;
        Optional<String> summary = Optional.empty();
        Optional<String> effort = Optional.empty();
        Optional<Instant> due = Optional.empty();
        boolean autoCompleteParent;
        final Map<String, Object> context = new LinkedHashMap<>();
        /** Where the task came from, kept in its context as {@code imported_from}. */
        final Map<String, Object> origin = new LinkedHashMap<>();
        Instant createdAt;
        Instant updatedAt;
        Optional<Instant> completedAt = Optional.empty();
        Optional<Instant> startedAt = Optional.empty();

        Draft(String place, TaskId id, Instant now) {
            this.place = place;
            this.id = id;
            this.createdAt = now;
            this.updatedAt = now;
        }

        /** A section of the description, under a heading, when the tool has the text. */
        void section(String heading, Optional<String> text) {
            text.filter(value -> !value.isBlank()).ifPresent(value -> description.add(heading.isEmpty() ? value
                    : "## " + heading + "\n\n" + value));
        }
    }

    private final String format;
    private final String source;
    private final Instant now;
    private final List<Located> records = new ArrayList<>();
    private final Map<String, Long> mapped = new TreeMap<>();
    private long tasks;
    private long dependencies;
    private long events;

    /** @param source the file read, as the import names it: with the record's id, what makes a task's id */
    ForeignPlan(String format, String source, Instant now) {
        this.format = format;
        this.source = source;
        this.now = now;
    }

    Instant now() {
        return now;
    }

    /** The id of the record this tool knows by {@code key}: the same key, the same id, in every import. */
    TaskId id(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((format + "\u0000" + source + "\u0000" + key)
                    .getBytes(StandardCharsets.UTF_8));
            String base36 = new BigInteger(1, digest).toString(36);
            return TaskId.parse(TaskId.PREFIX + base36.substring(0, 24), "task_id");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    Draft draft(String place, String key, String sourceId) {
        Draft draft = new Draft(place, id(key), now);
        draft.origin.put("format", format);
        draft.origin.put("id", sourceId);
        draft.origin.put("file", source);
        draft.context.put("imported_from", draft.origin);
        return draft;
    }

    /** Counts a value this tool has that we say another way, for the summary. */
    void mapped(String note) {
        mapped.merge(note, 1L, Long::sum);
    }

    void add(Draft draft) {
        TaskStatus status = draft.status;
        Optional<Instant> completed = status == TaskStatus.COMPLETED
                ? Optional.of(draft.completedAt.orElse(draft.updatedAt)) : Optional.empty();
        Optional<Instant> started = status == TaskStatus.IN_PROGRESS || status == TaskStatus.COMPLETED
                ? Optional.of(draft.startedAt.orElse(draft.createdAt)) : Optional.empty();
        String title = draft.title;
        if (title.length() > Limits.TITLE_MAX) {
            // beads allows 500 characters: the title is shortened, and the whole of it opens the description.
            draft.description.add(0, title);
            title = title.substring(0, Limits.TITLE_MAX - 1) + "…";
            mapped("titles over " + Limits.TITLE_MAX + " characters shortened (whole in the description)");
        }
        String shortTitle = title;
        Task task = Fields.at(Map.of(), draft.place).placed(() -> Task.restore(new TaskData(draft.id, draft.parent,
                Optional.empty(), shortTitle, String.join("\n\n", draft.description), draft.type, status, "generic",
                Complexity.MODERATE, draft.priority, draft.effort, draft.due, draft.context, List.of(),
                draft.autoCompleteParent, status == TaskStatus.COMPLETED ? draft.summary : Optional.empty(),
                draft.statusReason, Optional.empty(), Optional.empty(), 0, 0, draft.createdAt,
                max(draft.updatedAt, draft.createdAt), started, completed)));
        records.add(new Located(draft.place, new TaskItem(task)));
        records.add(new Located(draft.place, new EventItem(new TaskEvent(task.id(), TaskEventType.CREATED,
                now, Optional.of("import"), "imported from " + format + " " + draft.origin.get("id")))));
        tasks++;
        events++;
    }

    void dependency(String place, TaskId task, TaskId prerequisite, int position) {
        records.add(new Located(place, new DependencyItem(task, prerequisite, position)));
        dependencies++;
    }

    /** The items, the header first, and what was mapped. */
    Converted converted() {
        List<Located> items = new ArrayList<>(records.size() + 1);
        items.add(Located.onLine(1, new Header(ExportUseCase.VERSION, now, Optional.empty(),
                new Counts(0, tasks, dependencies, 0, events))));
        items.addAll(sortedForImport());
        List<String> notes = new ArrayList<>();
        mapped.forEach((note, count) -> notes.add(note + ": " + count));
        return new Converted(format, items, notes);
    }

    /** Each task's own records after every task: a dependency may name a task read later. */
    private List<Located> sortedForImport() {
        List<Located> ordered = new ArrayList<>(records.size());
        records.stream().filter(located -> located.item() instanceof TaskItem).forEach(ordered::add);
        records.stream().filter(located -> !(located.item() instanceof TaskItem)).forEach(ordered::add);
        return ordered;
    }


    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
