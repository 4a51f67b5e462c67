package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.HeartbeatUseCase;
import dev.taskorchestrator.application.port.in.StartServerUseCase;
import dev.taskorchestrator.application.port.out.LifecycleStore;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.domain.reboot.InstanceId;
import java.time.Clock;
import java.util.Optional;

final class HeartbeatService implements HeartbeatUseCase {

    private final ThisServer server;
    private final LifecycleStore store;
    private final StartServerUseCase start;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    /** @param unitOfWork ungated: the heartbeat goes on in maintenance, when other writes wait */
    HeartbeatService(ThisServer server, LifecycleStore store, StartServerUseCase start, UnitOfWork unitOfWork,
            Clock clock) {
        this.server = server;
        this.store = store;
        this.start = start;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Optional<StartServerUseCase.StartReport> beat() {
        Optional<InstanceId> self = server.id();
        if (self.isEmpty() || unitOfWork.inTransaction(() -> store.heartbeat(self.get(), clock.instant()))) {
            return Optional.empty();
        }
        return Optional.of(start.start(StartServerUseCase.Command.fresh()));
    }
}
