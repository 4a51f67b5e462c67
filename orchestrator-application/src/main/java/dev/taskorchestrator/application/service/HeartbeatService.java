package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.HeartbeatUseCase;
import dev.taskorchestrator.application.port.out.LifecycleStore;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import java.time.Clock;

final class HeartbeatService implements HeartbeatUseCase {

    private final ThisServer server;
    private final LifecycleStore store;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    /** @param unitOfWork ungated: the heartbeat goes on in maintenance, when other writes wait */
    HeartbeatService(ThisServer server, LifecycleStore store, UnitOfWork unitOfWork, Clock clock) {
        this.server = server;
        this.store = store;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void beat() {
        server.id().ifPresent(id -> unitOfWork.run(() -> store.heartbeat(id, clock.instant())));
    }
}
