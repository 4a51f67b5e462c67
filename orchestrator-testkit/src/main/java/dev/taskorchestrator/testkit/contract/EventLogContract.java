package dev.taskorchestrator.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.out.EventLog;
import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskEventType;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.testkit.StorePorts;
import dev.taskorchestrator.testkit.fixtures.MutableClock;
import dev.taskorchestrator.testkit.fixtures.TestIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link EventLog} must do. History does not need the task to exist: it outlives deletion. */
public abstract class EventLogContract {

    protected abstract StorePorts createStore();

    protected EventLog events;

    @BeforeEach
    void setUpStore() {
        events = createStore().events();
    }

    private static TaskEvent event(TaskId task, int n) {
        return new TaskEvent(task, TaskEventType.values()[n % TaskEventType.values().length],
                MutableClock.START.plusSeconds(n), n % 2 == 0 ? Optional.of("agent-" + n) : Optional.empty(), "event " + n);
    }

    @Test
    void givenEventsOfTwoTasks_whenAHistoryIsRead_thenOnlyThatTasksEventsInAppendOrder() {
        TaskId task = TestIds.taskId();
        TaskId other = TestIds.taskId();
        List<TaskEvent> mine = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            mine.add(event(task, n));
            events.append(mine.get(n));
            events.append(event(other, n));
        }

        assertThat(events.history(task, 100)).containsExactlyElementsOf(mine);
    }

    @Test
    void givenEventsOfSeveralTasks_whenTheHistoriesOfAPageOfTasksAreRead_thenEachInAppendOrder() {
        TaskId task = TestIds.taskId();
        TaskId other = TestIds.taskId();
        TaskId quiet = TestIds.taskId();
        for (int n = 0; n < 4; n++) {
            events.append(event(other, n));
            events.append(event(task, n));
            events.append(event(TestIds.taskId(), n));
        }

        Map<TaskId, List<TaskEvent>> histories = events.historiesOf(List.of(task, quiet, other));

        assertThat(histories.keySet()).containsExactly(task, quiet, other);
        assertThat(histories.get(task)).containsExactlyElementsOf(events.history(task, 100)).hasSize(4);
        assertThat(histories.get(other)).containsExactlyElementsOf(events.history(other, 100));
        assertThat(histories.get(quiet)).isEmpty();
    }

    @Test
    void givenEventsOfSeveralTasks_whenCountedByTasks_thenOnlyThoseTasksAreCounted() {
        TaskId task = TestIds.taskId();
        TaskId other = TestIds.taskId();
        for (int n = 0; n < 5; n++) {
            events.append(event(task, n));
            events.append(event(other, n));
            events.append(event(TestIds.taskId(), n));
        }

        assertThat(events.countByTasks(List.of(task, other, task))).isEqualTo(10);
        assertThat(events.countByTasks(List.of(TestIds.taskId()))).isZero();
        assertThat(events.countByTasks(List.of())).isZero();
    }

    @Test
    void givenALimit_whenAHistoryIsRead_thenTheMostRecentEventsInAppendOrder() {
        TaskId task = TestIds.taskId();
        for (int n = 0; n < 5; n++) {
            events.append(event(task, n));
        }

        assertThat(events.history(task, 2)).containsExactly(event(task, 3), event(task, 4));
    }

    @Test
    void givenEventsAppendedInOneInstant_whenRead_thenAppendOrderIsKept() {
        TaskId task = TestIds.taskId();
        TaskEvent first = new TaskEvent(task, TaskEventType.CREATED, MutableClock.START, Optional.empty(), "b");
        TaskEvent second = new TaskEvent(task, TaskEventType.CLAIMED, MutableClock.START, Optional.empty(), "a");
        events.append(first);
        events.append(second);

        assertThat(events.history(task, 10)).containsExactly(first, second);
    }

    @Test
    void givenEventsAppended_whenReadAfterTheHeadBefore_thenEachTaskInAppendOrderWithGrowingPositions() {
        long before = events.head();
        TaskId task = TestIds.taskId();
        TaskId other = TestIds.taskId();
        events.append(event(task, 0));
        events.append(event(other, 1));
        events.append(event(task, 2));

        List<EventLog.Logged> logged = events.after(before, 10);

        assertThat(logged).extracting(EventLog.Logged::taskId).containsExactly(task, other, task);
        assertThat(logged).extracting(EventLog.Logged::position).isSorted().doesNotHaveDuplicates()
                .allMatch(position -> position > before);
        assertThat(events.head()).isEqualTo(logged.get(2).position());
    }

    @Test
    void givenALimit_whenReadAfterAPosition_thenTheOldestFirstAndTheRestFromTheLastPositionRead() {
        long before = events.head();
        List<TaskId> tasks = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            tasks.add(TestIds.taskId());
            events.append(event(tasks.get(n), n));
        }

        List<EventLog.Logged> first = events.after(before, 2);
        List<EventLog.Logged> rest = events.after(first.get(1).position(), 10);

        assertThat(first).extracting(EventLog.Logged::taskId).containsExactly(tasks.get(0), tasks.get(1));
        assertThat(rest).extracting(EventLog.Logged::taskId).containsExactlyElementsOf(tasks.subList(2, 5));
        assertThat(events.after(events.head(), 10)).isEmpty();
    }

    @Test
    void givenSomePositions_whenReadAt_thenTheEventsThereInPositionOrderAndNothingForPositionsNotHeld() {
        long before = events.head();
        TaskId first = TestIds.taskId();
        TaskId third = TestIds.taskId();
        events.append(event(first, 0));
        events.append(event(TestIds.taskId(), 1));
        events.append(event(third, 2));
        List<EventLog.Logged> all = events.after(before, 10);

        List<EventLog.Logged> picked = events.at(List.of(all.get(2).position(), all.get(0).position(),
                events.head() + 5, 0L));

        assertThat(picked).containsExactly(all.get(0), all.get(2));
        assertThat(picked).extracting(EventLog.Logged::taskId).containsExactly(first, third);
        assertThat(events.at(List.of())).isEmpty();
    }
}
