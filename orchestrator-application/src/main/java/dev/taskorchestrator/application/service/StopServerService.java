package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.in.StopServerUseCase;
import dev.taskorchestrator.domain.reboot.LifecyclePhase;

final class StopServerService implements StopServerUseCase {

    private final ThisServer server;
    private final Shutdown shutdown;

    StopServerService(ThisServer server, Shutdown shutdown) {
        this.server = server;
        this.shutdown = shutdown;
    }

    /** Every shutdown phase of this instance, each recorded; a core that never started has nothing to stop. */
    @Override
    public void stop() {
        if (server.id().isEmpty()) {
            return;
        }
        LifecyclePhase phase;
        do {
            phase = shutdown.advance();
        } while (Shutdown.SHUTTING_DOWN.contains(phase));
    }
}
