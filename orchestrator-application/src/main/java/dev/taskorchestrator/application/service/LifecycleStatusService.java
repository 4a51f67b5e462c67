package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.LifecycleStatusUseCase;
import dev.taskorchestrator.application.port.out.LifecycleStore;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;

final class LifecycleStatusService implements LifecycleStatusUseCase {

    /** Instances and restarts listed at most: the recent ones are what a person or an agent acts on. */
    static final int LISTED = 20;

    private final ThisServer server;
    private final LifecycleStore store;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    LifecycleStatusService(ThisServer server, LifecycleStore store, UnitOfWork unitOfWork, Clock clock) {
        this.server = server;
        this.store = store;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Status status(Query query) {
        return unitOfWork.inReadTransaction(() -> {
            Instant now = clock.instant();
            return new Status(server.id().flatMap(store::find), store.history(query.historyLimit()),
                    server.instances(now, LISTED), store.restarts(LISTED));
        });
    }
}
