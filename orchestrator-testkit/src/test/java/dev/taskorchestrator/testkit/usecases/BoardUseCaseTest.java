package dev.taskorchestrator.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.BoardUseCase;
import dev.taskorchestrator.application.port.in.ChangeFeedUseCase;
import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.port.in.PlannedTask;
import dev.taskorchestrator.application.port.in.UpdateTaskUseCase;
import dev.taskorchestrator.application.port.out.EventLog;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.application.service.OrchestratorPorts;
import dev.taskorchestrator.application.service.OrchestratorSettings;
import dev.taskorchestrator.domain.task.TaskEvent;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.task.TaskStatus;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The board's snapshot and the change feed that keeps it live, on the in-memory adapters. */
class BoardUseCaseTest extends UseCaseTest {

    @Test
    void givenAPlanWithDependencies_whenTheBoardIsRead_thenTreeProgressReadinessAndCriticalPathFollowFromIt() {
        PlanTaskUseCase.Result planned = plan(parent("root", "Ship v1", leaf("a", "Design"), leaf("b", "Build", "a"),
                leaf("c", "Docs", "a"), leaf("d", "Release", "b", "c")), session(), false);
        TaskId root = planned.keys().get("root");
        execute(planned.keys().get("a"), "agent-a");
        complete(planned.keys().get("a"), "agent-a");

        BoardUseCase.Board board = orchestrator.board();

        assertThat(board.roots()).extracting(task -> task.id()).containsExactly(root);
        assertThat(board.children(root)).extracting(task -> task.title()).containsExactly("Design", "Build", "Docs", "Release");
        assertThat(board.progress(root)).hasValueSatisfying(progress -> assertThat(progress.completed()).isEqualTo(1));
        assertThat(board.isReady(planned.keys().get("b"))).isTrue();
        assertThat(board.isReady(planned.keys().get("c"))).isTrue();
        assertThat(board.isReady(planned.keys().get("d"))).as("waits on b and c").isFalse();
        assertThat(board.isReady(planned.keys().get("a"))).as("done, so not ready").isFalse();
        assertThat(board.isReady(root)).as("its work is its open subtasks").isFalse();
        assertThat(board.waitingOn(planned.keys().get("d"))).extracting(task -> task.title()).containsExactly("Build", "Docs");
        assertThat(board.waitingOn(planned.keys().get("b"))).as("its prerequisite is done").isEmpty();
        assertThat(board.dependents(planned.keys().get("a"))).extracting(task -> task.title()).containsExactly("Build", "Docs");
        assertThat(board.criticalPath(root)).containsExactly(planned.keys().get("b"), planned.keys().get("d"));
        assertThat(board.sessions()).hasSize(1);
        assertThat(board.position().head()).isPositive();
    }

    @Test
    void givenABoardRead_whenATaskChangesAfterIt_thenTheFeedFromTheBoardsPositionNamesThatTaskOnce() {
        PlanTaskUseCase.Result planned = plan(parent("root", "Plan", leaf("a", "One"), leaf("b", "Two")));
        ChangeFeedUseCase.Position read = orchestrator.board().position();

        assertThat(orchestrator.changeFeed().since(read).tasks()).isEmpty();

        TaskId b = planned.keys().get("b");
        orchestrator.updateTask(UpdateTaskUseCase.Command.movingTo(b, TaskStatus.BLOCKED, OPERATOR));
        ChangeFeedUseCase.Changes changes = orchestrator.changeFeed().since(read);

        assertThat(changes.tasks()).containsExactly(b);
        assertThat(orchestrator.changeFeed().since(changes.next()).tasks()).isEmpty();
    }

    @Test
    void givenAWriteThatCommitsAfterALaterOne_whenTheFeedIsPolled_thenTheLateWriteIsStillReported() {
        HidingEventLog log = new HidingEventLog(store.ports().events());
        Orchestrator core = orchestratorOn(log);
        TaskId early = core.planTask(PlanTaskUseCase.Command.of(leaf("e", "Early"), AGENT)).keys().get("e");
        ChangeFeedUseCase.Position start = core.changeFeed().now();
        core.updateTask(UpdateTaskUseCase.Command.movingTo(early, TaskStatus.BLOCKED, OPERATOR));
        log.hide(start.head() + 1, store.ports().events().head());
        TaskId late = core.planTask(PlanTaskUseCase.Command.of(leaf("l", "Later"), AGENT)).keys().get("l");

        ChangeFeedUseCase.Changes first = core.changeFeed().since(start);
        log.showAll();
        ChangeFeedUseCase.Changes second = core.changeFeed().since(first.next());

        assertThat(first.tasks()).containsExactly(late);
        assertThat(first.next().gaps()).containsKey(start.head() + 1);
        assertThat(second.tasks()).containsExactly(early);
        assertThat(second.next().gaps()).isEmpty();
    }

    @Test
    void givenAGapThatNeverFills_whenLongerThanThePatiencePasses_thenItIsNoLongerWatched() {
        HidingEventLog log = new HidingEventLog(store.ports().events());
        Orchestrator core = orchestratorOn(log);
        ChangeFeedUseCase.Position start = core.changeFeed().now();
        core.planTask(PlanTaskUseCase.Command.of(leaf("x", "Rolled back"), AGENT));
        log.hide(start.head() + 1, store.ports().events().head());
        core.planTask(PlanTaskUseCase.Command.of(leaf("y", "Kept"), AGENT));
        ChangeFeedUseCase.Changes first = core.changeFeed().since(start);
        assertThat(first.next().gaps()).containsKey(start.head() + 1);

        clock.advance(Duration.ofMinutes(1));

        assertThat(core.changeFeed().since(first.next()).next().gaps()).isEmpty();
    }

    private Orchestrator orchestratorOn(EventLog log) {
        OrchestratorPorts ports = store.orchestratorPorts(RoleCatalog.builtIn());
        return Orchestrator.create(new OrchestratorPorts(ports.tasks(), ports.sessions(), ports.artifacts(), log,
                ports.roles(), ports.templates(), ports.templateSyntax(), ports.lifecycle(), ports.unitOfWork(),
                ports.ids(), ports.clock(), ports.storeHealth(), ports.requests()), OrchestratorSettings.defaults());
    }

    /** The in-memory log, some of whose positions a reader cannot see yet: writes not committed. */
    private static final class HidingEventLog implements EventLog {
        private final EventLog log;
        private final Set<Long> hidden = new HashSet<>();

        HidingEventLog(EventLog log) {
            this.log = log;
        }

        void hide(long first, long last) {
            for (long position = first; position <= last; position++) {
                hidden.add(position);
            }
        }

        void showAll() {
            hidden.clear();
        }

        @Override
        public void append(TaskEvent event) {
            log.append(event);
        }

        @Override
        public List<TaskEvent> history(TaskId taskId, int limit) {
            return log.history(taskId, limit);
        }

        @Override
        public long countByTasks(Collection<TaskId> taskIds) {
            return log.countByTasks(taskIds);
        }

        @Override
        public long head() {
            return after(0, Integer.MAX_VALUE).stream().mapToLong(Logged::position).max().orElse(0);
        }

        @Override
        public List<Logged> at(Collection<Long> positions) {
            return log.at(positions).stream().filter(logged -> !hidden.contains(logged.position())).toList();
        }

        @Override
        public List<Logged> after(long position, int limit) {
            return log.after(position, Integer.MAX_VALUE).stream()
                    .filter(logged -> !hidden.contains(logged.position()))
                    .limit(limit).toList();
        }
    }

    @Test
    void givenAWatchedGapAndMoreEventsThanOneReadTakes_whenPolled_thenTheHeadReachesTheLatestAtOnce() {
        HidingEventLog log = new HidingEventLog(store.ports().events());
        Orchestrator core = orchestratorOn(log);
        ChangeFeedUseCase.Position start = core.changeFeed().now();
        core.planTask(PlanTaskUseCase.Command.of(leaf("x", "Rolled back"), AGENT));
        log.hide(start.head() + 1, store.ports().events().head());
        for (int plan = 0; plan < 2; plan++) {
            List<PlannedTask> many = new java.util.ArrayList<>();
            for (int n = 0; n < 600; n++) {
                many.add(leaf("t" + n, "Task " + n));
            }
            core.planTask(PlanTaskUseCase.Command.of(parent("big", "Big plan", many.toArray(PlannedTask[]::new)), AGENT));
        }
        ChangeFeedUseCase.Changes first = core.changeFeed().since(start);
        TaskId last = core.planTask(PlanTaskUseCase.Command.of(leaf("z", "Latest"), AGENT)).keys().get("z");

        ChangeFeedUseCase.Changes second = core.changeFeed().since(first.next());

        assertThat(second.tasks()).contains(last);
        assertThat(second.next().head()).isEqualTo(store.ports().events().head());
        assertThat(second.next().gaps()).isNotEmpty();
    }

    @Test
    void givenAPositionBeyondTheLog_whenPolled_thenTheFeedStartsAgainFromTheHead() {
        plan(leaf("a", "One"));
        long head = orchestrator.changeFeed().now().head();

        ChangeFeedUseCase.Changes changes = orchestrator.changeFeed().since(
                new ChangeFeedUseCase.Position(head + 1_000, new java.util.TreeMap<>()));

        assertThat(changes.tasks()).isEmpty();
        assertThat(changes.next().head()).isEqualTo(head);
    }
}
