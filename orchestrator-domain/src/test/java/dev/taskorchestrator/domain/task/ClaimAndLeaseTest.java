package dev.taskorchestrator.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Leases are decided from the time passed in: no clock is read, so every boundary is exact. */
class ClaimAndLeaseTest {

    private static final Duration LEASE = Duration.ofMinutes(30);
    private static final Instant T0 = Tasks.T0;

    private static ClaimRequest request(Task task, String agent, Instant now) {
        return new ClaimRequest(task, agent, now, List.of(), List.of(), false);
    }

    @Test
    void givenAPendingTask_whenClaimed_thenItIsInProgressHeldUntilNowPlusTheLease() {
        Task claimed = Tasks.pending().claim("agent-a", T0, LEASE);

        assertThat(claimed.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(claimed.assignee()).contains("agent-a");
        assertThat(claimed.data().leaseExpiresAt()).contains(T0.plus(LEASE));
        assertThat(claimed.data().attempts()).isEqualTo(1);
        assertThat(claimed.data().startedAt()).contains(T0);
    }

    @Test
    void givenAClaimThatRuns_whenAnotherAgentClaims_thenRefusedNamingTheHolderAndTheEnd() {
        Task claimed = Tasks.pending().claim("agent-a", T0, LEASE);
        Instant oneSecondBeforeExpiry = T0.plus(LEASE).minusSeconds(1);

        assertThat(ClaimPolicies.firstViolation(request(claimed, "agent-b", oneSecondBeforeExpiry)))
                .hasValueSatisfying(e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ALREADY_CLAIMED);
                    assertThat(e.getMessage()).contains("claimed by agent-a until " + T0.plus(LEASE));
                });
    }

    @Test
    void givenALease_whenItsEndIsReached_thenItCountsAsExpiredExactlyThen() {
        Task claimed = Tasks.pending().claim("agent-a", T0, LEASE);

        assertThat(claimed.leaseExpiredAt(T0.plus(LEASE).minusNanos(1))).isFalse();
        assertThat(claimed.isClaimedAt(T0.plus(LEASE).minusNanos(1))).isTrue();
        assertThat(claimed.leaseExpiredAt(T0.plus(LEASE))).isTrue();
        assertThat(claimed.isClaimedAt(T0.plus(LEASE))).isFalse();
    }

    @Test
    void givenAnExpiredClaim_whenAnotherAgentClaims_thenTheTaskChangesHandsAndCountsAnAttempt() {
        Task claimed = Tasks.pending().claim("agent-a", T0, LEASE);
        Instant later = T0.plus(LEASE).plusSeconds(1);

        assertThat(ClaimPolicies.firstViolation(request(claimed, "agent-b", later))).isEmpty();
        Task taken = claimed.claim("agent-b", later, LEASE);

        assertThat(taken.assignee()).contains("agent-b");
        assertThat(taken.data().leaseExpiresAt()).contains(later.plus(LEASE));
        assertThat(taken.data().attempts()).isEqualTo(2);
    }

    @Test
    void givenTheHolder_whenItClaimsAgain_thenTheLeaseIsRenewedWithoutAnotherAttempt() {
        Task claimed = Tasks.pending().claim("agent-a", T0, LEASE);

        Task renewed = claimed.claim("agent-a", T0.plusSeconds(600), LEASE);

        assertThat(renewed.data().leaseExpiresAt()).contains(T0.plusSeconds(600).plus(LEASE));
        assertThat(renewed.data().attempts()).isEqualTo(1);
    }

    @Test
    void givenAnExpiredClaim_whenReleased_thenThePendingTaskHasNoClaimAndSaysWhy() {
        Task claimed = Tasks.pending().claim("agent-a", T0, LEASE);

        Task released = claimed.releaseExpiredLease(T0.plus(LEASE));

        assertThat(released.status()).isEqualTo(TaskStatus.PENDING);
        assertThat(released.assignee()).isEmpty();
        assertThat(released.data().leaseExpiresAt()).isEmpty();
        assertThat(released.data().statusReason()).hasValueSatisfying(r -> assertThat(r).contains("agent-a").contains("expired"));
    }

    @Test
    void givenARunningClaim_whenReleasedAsExpired_thenRefused() {
        Task claimed = Tasks.pending().claim("agent-a", T0, LEASE);

        assertThatThrownBy(() -> claimed.releaseExpiredLease(T0.plusSeconds(1)))
                .isInstanceOfSatisfying(OrchestratorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_STATE));
    }

    @Test
    void givenAClaimByAnother_whenAnAgentChangesIt_thenRefusedAndAnAgentMayNeverOverride() {
        Task claimed = Tasks.pending().claim("agent-a", T0, LEASE);

        assertThatThrownBy(() -> claimed.requireFreeFor(Actor.agent("agent-b"), false, T0.plusSeconds(1)))
                .isInstanceOfSatisfying(OrchestratorException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ALREADY_CLAIMED);
                    assertThat(e.getMessage()).contains("claimed by agent-a").doesNotContain("force");
                });
        assertThatThrownBy(() -> claimed.requireFreeFor(Actor.agent("agent-b"), true, T0.plusSeconds(1)))
                .isInstanceOfSatisfying(OrchestratorException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
                    assertThat(e.field()).contains("force");
                    assertThat(e.getMessage()).contains("only an operator");
                });
    }

    @Test
    void givenAClaimByAnother_whenAnOperatorChangesIt_thenRefusedUnlessOverriddenExplicitly() {
        Task claimed = Tasks.pending().claim("agent-a", T0, LEASE);

        assertThatThrownBy(() -> claimed.requireFreeFor(Actor.operator("cli@ann"), false, T0.plusSeconds(1)))
                .isInstanceOfSatisfying(OrchestratorException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ALREADY_CLAIMED);
                    assertThat(e.getMessage()).contains("force overrides the claim");
                });
        assertThat(claimed.requireFreeFor(Actor.operator("cli@ann"), true, T0.plusSeconds(1))).as("overridden").isTrue();
    }

    @Test
    void givenItsOwnClaimOrAnExpiredOne_whenChanged_thenFreeAndNothingOverridden() {
        Task claimed = Tasks.pending().claim("agent-a", T0, LEASE);

        assertThat(claimed.requireFreeFor(Actor.agent("agent-a"), false, T0.plusSeconds(1))).isFalse();
        assertThat(claimed.requireFreeFor(Actor.agent("agent-b"), false, T0.plus(LEASE).plusSeconds(1))).isFalse();
        assertThat(claimed.requireFreeFor(Actor.operator("cli@ann"), true, T0.plus(LEASE).plusSeconds(1))).isFalse();
        assertThat(claimed.complete("done", T0.plusSeconds(1)).status()).isEqualTo(TaskStatus.COMPLETED);
    }

    @Test
    void givenUnmetPrerequisites_whenClaimed_thenNotReadyNamingThemUnlessForced() {
        Task task = Tasks.pending();
        TaskId waitingFor = Tasks.id();
        ClaimRequest unforced = new ClaimRequest(task, "a", T0, List.of(waitingFor), List.of(), false);
        ClaimRequest forced = new ClaimRequest(task, "a", T0, List.of(waitingFor), List.of(), true);

        assertThat(ClaimPolicies.firstViolation(unforced)).hasValueSatisfying(e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.NOT_READY);
            assertThat(e.getMessage()).contains(waitingFor.value());
        });
        assertThat(ClaimPolicies.firstViolation(forced)).isEmpty();
    }

    @Test
    void givenOpenSubtasks_whenTheParentIsClaimed_thenNotReadyNamingThem() {
        TaskId child = Tasks.id();

        assertThat(ClaimPolicies.NO_OPEN_SUBTASKS.check(new ClaimRequest(Tasks.pending(), "a", T0, List.of(), List.of(child),
                false))).hasValueSatisfying(e -> assertThat(e.getMessage()).contains(child.value()));
    }

    @Test
    void givenEachStatus_whenClaimed_thenOnlyOpenWorkMayBeStarted() {
        for (TaskStatus status : TaskStatus.values()) {
            boolean allowed = status == TaskStatus.PENDING || status == TaskStatus.BLOCKED || status == TaskStatus.IN_PROGRESS;
            assertThat(ClaimPolicies.STATUS_ALLOWS_WORK.check(request(Tasks.in(status), "a", T0)).isEmpty())
                    .as(status.wire()).isEqualTo(allowed);
        }
    }

    @Test
    void givenEveryPolicy_whenListed_thenTheyAreCheckedInADeclaredOrder() {
        assertThat(ClaimPolicies.all()).containsExactly(ClaimPolicies.STATUS_ALLOWS_WORK, ClaimPolicies.NOT_HELD_BY_ANOTHER,
                ClaimPolicies.PREREQUISITES_COMPLETED, ClaimPolicies.NO_OPEN_SUBTASKS);
    }
}
