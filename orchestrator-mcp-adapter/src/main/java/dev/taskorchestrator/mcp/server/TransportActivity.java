package dev.taskorchestrator.mcp.server;

import dev.taskorchestrator.application.port.out.ServerRuntime;

/** What a transport can tell about its traffic, for shutdown-prepare, reconnect-test and a restart's drain. */
@FunctionalInterface
public interface TransportActivity {

    /** Its traffic now: calls in flight (the asking one included), clients, and what it is. */
    ServerRuntime.Activity activity();
}
