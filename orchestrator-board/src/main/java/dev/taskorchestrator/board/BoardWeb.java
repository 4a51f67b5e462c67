package dev.taskorchestrator.board;

import dev.taskorchestrator.application.service.Orchestrator;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;

/** The board put into a servlet context at {@code /board}: on its own ({@link BoardServer}) or beside the MCP endpoint. */
public final class BoardWeb implements AutoCloseable {

    /** The Host names every server answers to; the port is whatever it listens on. */
    public static final List<String> LOOPBACK_HOSTS = List.of("localhost:*", "127.0.0.1:*", "[::1]:*");

    private final LiveFeed live;

    private BoardWeb(LiveFeed live) {
        this.live = live;
    }

    /**
     * Adds the board's pages, its event stream and its guard to {@code context}.
     *
     * @param secret whether a presented secret is the server's token; empty when it has none (loopback only)
     * @param hosts the Host values to answer: {@code name:port} or {@code name:*}
     */
    public static BoardWeb install(ServletContextHandler context, Supplier<Orchestrator> core,
            Optional<Predicate<String>> secret, List<String> hosts) {
        LiveFeed live = new LiveFeed(() -> core.get().changeFeed());
        ServletHolder pages = new ServletHolder("board", new BoardServlet(core, live));
        context.addServlet(pages, Paths.BASE + "/*");
        FilterHolder guard = new FilterHolder(new BoardAccess(secret, hosts));
        context.addFilter(guard, Paths.BASE + "/*", EnumSet.of(DispatcherType.REQUEST));
        return new BoardWeb(live);
    }

    /** Ends the open event streams, so that a stop does not wait for browsers. */
    @Override
    public void close() {
        live.close();
    }
}
