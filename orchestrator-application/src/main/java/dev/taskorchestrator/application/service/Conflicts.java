package dev.taskorchestrator.application.service;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.util.function.Supplier;

/**
 * Runs a whole unit of work again when it lost a race (CONFLICT): a claim that another agent
 * took a moment earlier is retried on fresh data, so the caller gets the next task or a clear
 * "claimed by" instead of a conflict it could do nothing about.
 */
final class Conflicts {

    static final int ATTEMPTS = 8;

    private Conflicts() {
    }

    static <T> T retry(Supplier<T> unitOfWork) {
        for (int attempt = 1; ; attempt++) {
            try {
                return unitOfWork.get();
            } catch (OrchestratorException lost) {
                if (lost.code() != ErrorCode.CONFLICT || attempt >= ATTEMPTS) {
                    throw lost;
                }
            }
        }
    }
}
