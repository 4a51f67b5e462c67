package dev.taskorchestrator.cli.boot;

/** The jar's entry point: run the command line, exit with its status. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int status = Cli.create(StandardStreams.out(), StandardStreams.err()).execute(args);
        System.exit(status);
    }
}
