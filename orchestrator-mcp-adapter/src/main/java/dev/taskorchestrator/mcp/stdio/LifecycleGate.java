package dev.taskorchestrator.mcp.stdio;

/**
 * Where the connection is in MCP's initialization, judged in the order messages arrive. The SDK
 * would hold a request sent before {@code notifications/initialized} until that notification comes,
 * which may be never; the transport asks this gate first and answers such a request at once.
 */
final class LifecycleGate {

    static final String INITIALIZE = "initialize";
    static final String INITIALIZED = "notifications/initialized";
    static final String PING = "ping";

    /** What to do with a request. */
    enum Verdict { PASS, ANSWER_PING, REFUSE }

    private volatile boolean initialized;

    void noticeNotification(String method) {
        if (INITIALIZED.equals(method)) {
            initialized = true;
        }
    }

    Verdict judgeRequest(String method) {
        if (initialized || INITIALIZE.equals(method)) {
            return Verdict.PASS;
        }
        return PING.equals(method) ? Verdict.ANSWER_PING : Verdict.REFUSE;
    }
}
