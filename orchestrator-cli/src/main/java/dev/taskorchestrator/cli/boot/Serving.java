package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.cli.boot.StandardStreams.ProtocolStreams;
import dev.taskorchestrator.cli.command.ServeCommand;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one door from the command line to the MCP server. Only {@code serve} goes through it, so no
 * other command loads a class of the MCP SDK (a test of the real jar holds this).
 */
final class Serving {

    private Serving() {
    }

    static int serve(Supplier<ProtocolStreams> protocol, Map<String, String> environment, ServeCommand.Options options) {
        return options.http().isPresent() ? new HttpServer(environment).serve(options)
                : new StdioServer(protocol, environment).serve(options);
    }
}
