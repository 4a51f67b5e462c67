package dev.taskorchestrator.mcp.tool;

import dev.taskorchestrator.application.port.out.ServerRuntime;
import java.time.Duration;

/**
 * The connection a call came over, as far as the transport knows it: whether the client answers a
 * ping (and how fast), how many calls are in flight and how many clients are connected.
 */
public interface Connection {

    /** Pings the client and returns the round trip; fails if it does not answer. */
    Duration ping();

    /** The transport's traffic: calls in flight on this server (this one included), clients, and what it is. */
    ServerRuntime.Activity activity();
}
