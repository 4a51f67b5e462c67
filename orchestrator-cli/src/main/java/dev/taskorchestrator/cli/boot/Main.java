package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.cli.command.ManifestVersion;
import java.io.PrintWriter;

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
        int status = Cli.create(StandardStreams.out(), StandardStreams.err()).execute(args);
        System.exit(status);
    }
}
