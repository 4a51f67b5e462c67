package dev.taskorchestrator.mcp.http;

import dev.taskorchestrator.domain.common.OrchestratorException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server listens over HTTP. Safe unless told otherwise: loopback, Host and Origin checked
 * against DNS rebinding, a bound on request size and on requests at once; a token is required
 * before the server may listen on anything but loopback.
 *
 * @param port 0 for a free one, chosen at start
 * @param allowedHosts extra {@code Host} values accepted besides loopback names and the bound host ({@code name:*} for any port)
 * @param allowedOrigins extra {@code Origin} values accepted besides loopback ones
 * @param sessionIdle how long an MCP session with no open event stream may go unused before the
 *     server forgets it (within twice that); its client then starts a new one, as the protocol says
 */
public record HttpSettings(String host, int port, Optional<BearerToken> token, List<String> allowedHosts,
        List<String> allowedOrigins, int maxRequestBytes, int maxConcurrentRequests, Duration sessionIdle) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    /**
     * Room for the largest artifact (2 MiB of text, of any script) once escaped into JSON. With the
     * bound on requests at once, the most a client can make the server hold at one time is 32
     * requests of that size, each a few times over while it is read and parsed: about 1 GiB, the
     * heap a JVM takes by default on a machine of 4 GiB.
     */
    public static final int DEFAULT_MAX_REQUEST_BYTES = 8 * 1024 * 1024;
    public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 32;
    /** An agent idle half an hour has lost its context anyway; a server that kept every session would only grow. */
    public static final Duration DEFAULT_SESSION_IDLE = Duration.ofMinutes(30);
    public static final String ENDPOINT = "/mcp";
    public static final String HEALTH_ENDPOINT = "/healthz";

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw OrchestratorException.invalid("http", "http: port " + port + " is not between 0 and 65535",
                    List.of("0-65535"));
        }
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(sessionIdle, "sessionIdle");
        if (sessionIdle.isNegative() || sessionIdle.isZero()) {
            throw OrchestratorException.invalid("session_idle", "session_idle must be positive, got " + sessionIdle);
        }
        allowedHosts = List.copyOf(allowedHosts);
        allowedOrigins = List.copyOf(allowedOrigins);
        if (token.isEmpty() && !loopback(host)) {
            throw OrchestratorException.invalid("http", "refusing to listen on " + host + " without a token: anyone who can "
                    + "reach it could read and change every task. Set ORCHESTRATOR_TOKEN or pass --token-file FILE "
                    + "(for example: openssl rand -hex 32 > token), or listen on 127.0.0.1 behind your own proxy");
        }
    }

    public static HttpSettings loopback(int port, Optional<BearerToken> token) {
        return new HttpSettings(DEFAULT_HOST, port, token, List.of(), List.of(), DEFAULT_MAX_REQUEST_BYTES,
                DEFAULT_MAX_CONCURRENT_REQUESTS, DEFAULT_SESSION_IDLE);
    }

    /** The {@code Host} values a request may carry: the loopback names, the bound host, and the ones configured. */
    public List<String> hostsAccepted() {
        List<String> hosts = new ArrayList<>(List.of("localhost:*", "127.0.0.1:*", "[::1]:*"));
        if (!loopback(host) && !host.equals("0.0.0.0") && !host.equals("::")) {
            hosts.add(authority(host) + ":*");
        }
        hosts.addAll(allowedHosts);
        return hosts;
    }

    /** The {@code Origin} values a request may carry (a request without one, as from an agent, is not a browser's). */
    List<String> originsAccepted() {
        List<String> origins = new ArrayList<>(List.of("http://localhost:*", "http://127.0.0.1:*", "http://[::1]:*"));
        origins.addAll(allowedOrigins);
        return origins;
    }

    /** A host as a {@code Host} header or a URL writes it: an IPv6 address in brackets. */
    public static String authority(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    static boolean loopback(String host) {
        if (host.equals("localhost")) {
            return true;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException unknown) {
            return false;
        }
    }
}
