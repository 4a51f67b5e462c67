package dev.taskorchestrator.mcp.tool;

import java.time.Duration;

/**
 * The connection a call came over, as far as the transport knows it: whether the client answers a
 * ping (and how fast), how many calls are in flight and how many clients are connected.
 */
public interface Connection {

    /** Pings the client and returns the round trip; fails if it does not answer. */
    Duration ping();

    /** Calls being handled or queued on this server, this one included. */
    int callsInFlight();

    int connectedClients();

    /** What the transport is, e.g. {@code stdio}. */
    String transport();

}
