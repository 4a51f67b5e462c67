package dev.taskorchestrator.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.ExportUseCase;
import dev.taskorchestrator.application.port.in.ExportUseCase.DependencyItem;
import dev.taskorchestrator.application.port.in.ExportUseCase.Header;
import dev.taskorchestrator.application.port.in.ExportUseCase.Item;
import dev.taskorchestrator.application.port.in.ExportUseCase.TaskItem;
import dev.taskorchestrator.application.port.in.ImportUseCase;
import dev.taskorchestrator.application.port.in.ImportUseCase.Located;
import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.testkit.memory.InMemoryStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Export and import on the use cases: a store read item by item and written into another one
 * unchanged; and every file the import must refuse, refused whole with the line named.
 */
class ExportImportUseCaseTest extends UseCaseTest {

    private Orchestrator source;
    private SessionId sourceSession;
    private PlanTaskUseCase.Result planned;

    @BeforeEach
    void aStoreWithASessionDependenciesArtifactsAndHistory() {
        InMemoryStore other = new InMemoryStore();
        Orchestrator saved = orchestrator;
        orchestrator = other.orchestrator();
        sourceSession = session();
        planned = plan(parent("root", "Ship v1", leaf("a", "Design"), leaf("b", "Build", "a"), leaf("c", "Test", "a", "b")),
                sourceSession, false);
        execute(planned.keys().get("a"), "agent-a");
        complete(planned.keys().get("a"), "agent-a");
        execute(planned.keys().get("b"), "agent-b");
        source = orchestrator;
        orchestrator = saved;
    }

    private static List<Item> export(Orchestrator from, ExportUseCase.Query query) {
        List<Item> items = new ArrayList<>();
        from.export(query, items::add);
        return items;
    }

    private static List<Located> numbered(List<Item> items) {
        List<Located> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            lines.add(Located.onLine(i + 1, items.get(i)));
        }
        return lines;
    }

    private ImportUseCase.Result importInto(Orchestrator into, List<Item> items, boolean dryRun) {
        return into.importItems(new ImportUseCase.Command(numbered(items), dryRun));
    }

    /** The items but the header's time, with tasks compared by their data. */
    private static List<Object> comparable(List<Item> items) {
        List<Object> kept = new ArrayList<>();
        for (Item item : items) {
            if (item instanceof Header header) {
                kept.add(header.counts());
            } else if (item instanceof TaskItem task) {
                kept.add(task.task().data());
            } else {
                kept.add(item);
            }
        }
        return kept;
    }

    @Test
    void givenAStore_whenExportedAndImportedIntoAnEmptyOne_thenExportingThatGivesTheSameItems() {
        List<Item> first = export(source, ExportUseCase.Query.everything());
        Header header = (Header) first.get(0);
        assertThat(header.counts()).isEqualTo(new ExportUseCase.Counts(1, 4, 3, 1, header.counts().events()));
        assertThat(header.counts().events()).isPositive();

        ImportUseCase.Result result = importInto(orchestrator, first, false);

        assertThat(result.created()).containsEntry("sessions", 1L).containsEntry("tasks", 4L)
                .containsEntry("dependencies", 3L).containsEntry("artifacts", 1L);
        assertThat(comparable(export(orchestrator, ExportUseCase.Query.everything()))).isEqualTo(comparable(first));
        assertThat(task(planned.keys().get("c")).data().dependencies())
                .containsExactly(planned.keys().get("a"), planned.keys().get("b"));
    }

    @Test
    void givenTheSameFile_whenImportedTwice_thenTheSecondChangesNothing() {
        List<Item> items = export(source, ExportUseCase.Query.everything());
        importInto(orchestrator, items, false);
        Object before = store.database().contents();

        ImportUseCase.Result again = importInto(orchestrator, items, false);

        assertThat(again.created()).allSatisfy((kind, count) -> assertThat(count).as(kind).isZero());
        assertThat(again.skipped()).containsEntry("tasks", 4L).containsEntry("sessions", 1L);
        assertThat(store.database().contents()).isEqualTo(before);
    }

    @Test
    void givenATaskDeletedForGood_whenRestoredFromAnExport_thenItsHistoryIsNotLoggedTwice() {
        List<Item> backup = export(source, ExportUseCase.Query.everything());
        TaskId design = planned.keys().get("c");
        source.deleteTask(new dev.taskorchestrator.application.port.in.DeleteTaskUseCase.Command(design, true, false,
                OPERATOR, false));

        ImportUseCase.Result restored = importInto(source, backup, false);

        assertThat(restored.created()).containsEntry("tasks", 1L);
        List<dev.taskorchestrator.domain.task.TaskEvent> history = source.taskHistory(
                new dev.taskorchestrator.application.port.in.TaskHistoryUseCase.Query(design, 100));
        List<Object> before = comparable(backup).stream().filter(item -> item instanceof ExportUseCase.EventItem event
                && event.event().taskId().equals(design)).map(item -> (Object) ((ExportUseCase.EventItem) item).event())
                .toList();
        assertThat(before).isNotEmpty();
        assertThat(history).as("the history kept, then the deletion, once each")
                .extracting(dev.taskorchestrator.domain.task.TaskEvent::type)
                .containsExactly(dev.taskorchestrator.domain.task.TaskEventType.CREATED,
                        dev.taskorchestrator.domain.task.TaskEventType.DELETED);
        assertThat(history.subList(0, before.size())).isEqualTo(before);
    }

    @Test
    void givenADryRun_whenImported_thenItCountsWhatWouldBeStoredAndStoresNothing() {
        Object before = store.database().contents();

        ImportUseCase.Result dry = importInto(orchestrator, export(source, ExportUseCase.Query.everything()), true);

        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.created()).containsEntry("tasks", 4L);
        assertThat(store.database().contents()).isEqualTo(before);
    }

    @Test
    void givenASession_whenExported_thenOnlyItAndItsTasksAreWritten() {
        Orchestrator saved = orchestrator;
        orchestrator = source;
        plan(leaf("x", "Outside any session"));
        orchestrator = saved;

        List<Item> items = export(source, new ExportUseCase.Query(Optional.of(sourceSession)));

        assertThat(((Header) items.get(0)).counts().tasks()).isEqualTo(4);
        assertThat(items).filteredOn(TaskItem.class::isInstance).hasSize(4);
        assertRefused(ErrorCode.NOT_FOUND, "session_id", () -> export(source,
                new ExportUseCase.Query(Optional.of(SessionId.parse("session_zzzzzzzzzz", "session_id")))));
        assertThat(export(source, ExportUseCase.Query.everything())).filteredOn(TaskItem.class::isInstance).hasSize(5);
    }

    @Test
    void givenADependencyCycle_whenImported_thenItIsRefusedWithTheCycleNamedAndNothingStored() {
        List<Item> items = new ArrayList<>(export(source, ExportUseCase.Query.everything()));
        TaskId a = planned.keys().get("a");
        TaskId c = planned.keys().get("c");
        int afterA = indexOfTask(items, a) + 1;
        items.add(afterA, new DependencyItem(a, c, 0));
        items.set(0, recounted((Header) items.get(0), 0, 1));

        OrchestratorException error = assertRefused(ErrorCode.DEPENDENCY_CYCLE, "line " + afterA + ".dependencies",
                () -> importInto(orchestrator, items, false));

        assertThat(error.getMessage()).contains(a.value(), c.value(), "->");
    }

    @Test
    void givenADependencyOfATaskNotInTheFile_whenImported_thenTheLineIsNamed() {
        List<Item> items = new ArrayList<>(export(source, ExportUseCase.Query.everything()));
        items.add(2, new DependencyItem(TaskId.parse("task_zzzzzzzzzz", "task_id"), planned.keys().get("a"), 0));

        assertRefused(ErrorCode.INVALID_ARGUMENT, "line 3.task_id", () -> importInto(orchestrator, items, false));
    }

    @Test
    void givenATaskTwice_whenImported_thenTheSecondLineIsNamed() {
        List<Item> items = new ArrayList<>(export(source, ExportUseCase.Query.everything()));
        items.add(items.get(indexOfTask(items, planned.keys().get("b"))));

        assertRefused(ErrorCode.INVALID_ARGUMENT, "line " + items.size() + ".task_id",
                () -> importInto(orchestrator, items, false));
    }

    @Test
    void givenASubtaskWhoseParentIsNowhere_whenImported_thenTheParentIsNamedAsNotFound() {
        List<Item> items = new ArrayList<>(export(source, ExportUseCase.Query.everything()));
        int root = indexOfTask(items, planned.rootId());
        items.removeIf(item -> item instanceof ExportUseCase.EventItem event && event.event().taskId().equals(planned.rootId()));
        items.remove(root);
        long events = items.stream().filter(ExportUseCase.EventItem.class::isInstance).count();
        Header header = (Header) items.get(0);
        items.set(0, new Header(header.version(), header.exportedAt(), header.sessionId(), new ExportUseCase.Counts(
                1, 3, 3, 1, events)));

        int firstSubtask = items.indexOf(items.stream().filter(TaskItem.class::isInstance).findFirst().orElseThrow());
        assertRefused(ErrorCode.NOT_FOUND, "line " + (firstSubtask + 1) + ".parent_task_id",
                () -> importInto(orchestrator, items, false));
    }

    @Test
    void givenANewerVersionOrCountsThatDoNotMatch_whenImported_thenTheHeaderIsNamed() {
        List<Item> items = new ArrayList<>(export(source, ExportUseCase.Query.everything()));
        Header header = (Header) items.get(0);

        items.set(0, new Header(ExportUseCase.VERSION + 1, header.exportedAt(), header.sessionId(), header.counts()));
        assertRefused(ErrorCode.INVALID_ARGUMENT, "line 1.version", () -> importInto(orchestrator, items, false));

        items.set(0, header);
        items.remove(items.size() - 1);
        assertRefused(ErrorCode.INVALID_ARGUMENT, "line 1.counts", () -> importInto(orchestrator, items, false));

        assertRefused(ErrorCode.INVALID_ARGUMENT, "line 1.format", () -> importInto(orchestrator, items.subList(1, items.size()),
                false));
    }

    @Test
    void givenASelfDependencyMadeByTheFile_whenImported_thenTheTasksLineIsNamed() {
        List<Item> items = new ArrayList<>(export(source, ExportUseCase.Query.everything()));
        TaskId b = planned.keys().get("b");
        int at = indexOfTask(items, b) + 1;
        items.add(at, new DependencyItem(b, b, 5));
        items.set(0, recounted((Header) items.get(0), 0, 1));

        assertRefused(ErrorCode.DEPENDENCY_CYCLE, "line " + at + ".dependencies", () -> importInto(orchestrator, items, false));
    }

    private static int indexOfTask(List<Item> items, TaskId id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof TaskItem task && task.task().id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no task " + id);
    }

    private static Header recounted(Header header, long tasks, long dependencies) {
        ExportUseCase.Counts c = header.counts();
        return new Header(header.version(), header.exportedAt(), header.sessionId(), new ExportUseCase.Counts(
                c.sessions(), c.tasks() + tasks, c.dependencies() + dependencies, c.artifacts(), c.events()));
    }
}
