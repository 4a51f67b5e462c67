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

    private volatile boolean initializeSeen;
    private volatile boolean initialized;

    /** {@code notifications/initialized} counts only after an {@code initialize} request. */
    void noticeNotification(String method) {
        if (INITIALIZED.equals(method) && initializeSeen) {
            initialized = true;
        }
    }

    Verdict judgeRequest(String method) {
        if (INITIALIZE.equals(method)) {
            initializeSeen = true;
            return Verdict.PASS;
        }
        if (initialized) {
            return Verdict.PASS;
        }
        return PING.equals(method) ? Verdict.ANSWER_PING : Verdict.REFUSE;
    }
}
