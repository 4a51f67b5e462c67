package dev.taskorchestrator.domain.task;

import dev.taskorchestrator.domain.common.OrchestratorException;
import java.util.Optional;

/** One named rule about whether a task may be claimed; empty means the rule is satisfied. */
@FunctionalInterface
public interface ClaimPolicy {

    Optional<OrchestratorException> check(ClaimRequest request);
}
