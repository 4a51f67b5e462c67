package dev.taskorchestrator.mcp.server;

/** What a transport can tell about its traffic, for shutdown-prepare and reconnect-test. */
public interface TransportActivity {

    /** Calls being handled or queued, the asking one included. */
    int callsInFlight();

    int connectedClients();

    String transport();
}
