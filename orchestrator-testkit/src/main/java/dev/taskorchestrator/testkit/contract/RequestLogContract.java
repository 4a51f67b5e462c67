package dev.taskorchestrator.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.port.in.PlannedTask;
import dev.taskorchestrator.application.port.in.RetrySafeCallUseCase;
import dev.taskorchestrator.application.port.out.RequestLog;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.port.out.TaskFilter;
import dev.taskorchestrator.application.port.out.TemplateSyntax;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.application.service.OrchestratorPorts;
import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.testkit.StorePorts;
import dev.taskorchestrator.testkit.fixtures.MutableClock;
import dev.taskorchestrator.testkit.fixtures.TestIds;
import dev.taskorchestrator.testkit.memory.InMemoryStore;
import dev.taskorchestrator.testkit.memory.InMemoryTemplateCatalog;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RequestLog} must do, alone and under a core: a retry with the same request id
 * gets the first reply and changes nothing, the same id with other arguments is a conflict, and
 * an id is forgotten after a day.
 */
public abstract class RequestLogContract {

    protected abstract StorePorts createStore();

    private StorePorts store;
    private RequestLog requests;
    private final MutableClock clock = new MutableClock();
    private Orchestrator core;

    @BeforeEach
    void setUpStore() {
        store = createStore();
        requests = store.requests();
        core = Orchestrator.create(new OrchestratorPorts(store.tasks(), store.sessions(), store.artifacts(),
                store.events(), RoleCatalog.builtIn(), new InMemoryTemplateCatalog(), TemplateSyntax.unavailable(),
                store.lifecycle(), store.unitOfWork(), new TestIds(), clock, InMemoryStore.IN_MEMORY_HEALTH, requests));
    }

    private static RequestLog.Key key(String actor, String id) {
        return new RequestLog.Key(actor, id);
    }

    /** A plan made through the core with a request id; its reply is the new root's id. */
    private String plan(String requestId, String title, AtomicInteger runs) {
        return core.retrySafeCalls().once(new RetrySafeCallUseCase.Call(key("agent-1", requestId), "plan:" + title, () -> {
            runs.incrementAndGet();
            return core.planTask(PlanTaskUseCase.Command.of(PlannedTask.titled(title), Actor.agent("agent-1")))
                    .rootId().value();
        }));
    }

    private long tasks() {
        return store.tasks().count(TaskFilter.any());
    }

    @Test
    void givenAReplyKept_whenFound_thenItIsTheSameAndOnlyForThatActor() {
        RequestLog.Recorded kept = new RequestLog.Recorded(key("agent-1", "r-1"), "print:{}", "{\"ok\":true}",
                MutableClock.START);
        requests.record(kept);

        assertThat(requests.find(key("agent-1", "r-1"))).contains(kept);
        assertThat(requests.find(key("agent-2", "r-1"))).isEmpty();
    }

    @Test
    void givenAKeptId_whenKeptAgainOutsideAUnitOfWork_thenRefusedAndTheFirstReplyStays() {
        RequestLog.Recorded kept = new RequestLog.Recorded(key("a", "r"), "f", "first", MutableClock.START);
        requests.record(kept);

        OrchestratorException refused = catchThrowableOfType(() -> requests.record(new RequestLog.Recorded(key("a", "r"),
                "f", "second", MutableClock.START)), OrchestratorException.class);

        assertThat(refused.code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(requests.find(key("a", "r"))).contains(kept);
    }

    @Test
    void givenRepliesOfSeveralAges_whenOldOnesAreRemoved_thenOnlyThoseAreForgottenAndCounted() {
        requests.record(new RequestLog.Recorded(key("a", "old"), "f", "1", MutableClock.START));
        requests.record(new RequestLog.Recorded(key("b", "old"), "f", "2", MutableClock.START.plusSeconds(10)));
        requests.record(new RequestLog.Recorded(key("a", "new"), "f", "3", MutableClock.START.plusSeconds(20)));

        assertThat(requests.removeRecordedBefore(MutableClock.START.plusSeconds(20))).isEqualTo(2);
        assertThat(requests.find(key("a", "old"))).isEmpty();
        assertThat(requests.find(key("a", "new"))).isPresent();
    }

    @Test
    void givenACallMadeWithAnId_whenRetried_thenTheFirstReplyComesBackAndNothingIsPlannedTwice() {
        AtomicInteger runs = new AtomicInteger();
        String first = plan("plan-7", "Ship it", runs);

        assertThat(plan("plan-7", "Ship it", runs)).isEqualTo(first);
        assertThat(runs).hasValue(1);
        assertThat(tasks()).isEqualTo(1);
    }

    @Test
    void givenAnIdUsedBefore_whenSentWithOtherArguments_thenAConflictNamingTheFieldAndNothingChanges() {
        AtomicInteger runs = new AtomicInteger();
        plan("plan-7", "Ship it", runs);

        OrchestratorException refused = catchThrowableOfType(() -> plan("plan-7", "Ship something else", runs),
                OrchestratorException.class);

        assertThat(refused.code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(refused.field()).contains("request_id");
        assertThat(runs).hasValue(1);
        assertThat(tasks()).isEqualTo(1);
    }

    @Test
    void givenAFailedCall_whenRetried_thenItRunsAgainForNothingWasKept() {
        AtomicInteger runs = new AtomicInteger();
        RetrySafeCallUseCase.Call failing = new RetrySafeCallUseCase.Call(key("agent-1", "r"), "f", () -> {
            runs.incrementAndGet();
            core.planTask(PlanTaskUseCase.Command.of(PlannedTask.titled("Half done"), Actor.agent("agent-1")));
            throw OrchestratorException.invalid("title", "refused after a write");
        });

        catchThrowableOfType(() -> core.retrySafeCalls().once(failing), OrchestratorException.class);
        catchThrowableOfType(() -> core.retrySafeCalls().once(failing), OrchestratorException.class);

        assertThat(runs).hasValue(2);
        assertThat(tasks()).as("the failed call's write is rolled back with it").isZero();
        assertThat(requests.find(key("agent-1", "r"))).isEmpty();
    }

    @Test
    void givenACallThatActsOutsideTheStore_whenKeptAfterItRan_thenARetryGetsItAndARacerGetsTheFirstOne() {
        RetrySafeCallUseCase calls = core.retrySafeCalls();
        assertThat(calls.replay(key("a", "r"), "restart")).isEmpty();

        assertThat(calls.keep(key("a", "r"), "restart", "first")).isEqualTo("first");
        assertThat(calls.keep(key("a", "r"), "restart", "second")).isEqualTo("first");
        assertThat(calls.replay(key("a", "r"), "restart")).contains("first");
        assertThat(catchThrowableOfType(() -> calls.replay(key("a", "r"), "shutdown"), OrchestratorException.class)
                .code()).isEqualTo(ErrorCode.CONFLICT);
    }

    @Test
    void givenADayPassed_whenTheIdIsSentAgain_thenItIsANewCall() {
        AtomicInteger runs = new AtomicInteger();
        plan("plan-7", "Ship it", runs);
        clock.advance(RetrySafeCallUseCase.KEPT_FOR.plus(Duration.ofSeconds(1)));

        plan("plan-7", "Ship it again", runs);

        assertThat(runs).hasValue(2);
        assertThat(tasks()).isEqualTo(2);
    }
}
