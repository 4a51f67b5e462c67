package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.cli.boot.StandardStreams.ProtocolStreams;
import dev.taskorchestrator.cli.command.ManifestVersion;
import java.io.PrintWriter;
import java.util.function.Supplier;

/** The jar's entry point: run the command line, exit with its status. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (CommandTree.versionAlone(args)) {
            // Scripts and launchers ask for the version to see that the tool is there: answered
            // before picocli and the wiring load, which is most of what this would otherwise cost.
            PrintWriter out = StandardStreams.out();
            for (String line : new ManifestVersion().getVersion()) {
                out.println(line);
            }
            out.flush();
            System.exit(0);
        }
        int status = CommandTree.servesStdio(args)
                // The client waits for its initialize reply before anything else: answered while the
                // command line is parsed and the server built, which is most of a server's start.
                ? Cli.create(StandardStreams.out(), StandardStreams.err(), answeringInitialize(), System.getenv())
                        .execute(args)
                : Cli.create(StandardStreams.out(), StandardStreams.err()).execute(args);
        System.exit(status);
    }

    private static Supplier<ProtocolStreams> answeringInitialize() {
        ProtocolStreams streams = StandardStreams.answeringInitialize(StdioServer.SERVER_NAME, ManifestVersion.number());
        return () -> streams;
    }
}
