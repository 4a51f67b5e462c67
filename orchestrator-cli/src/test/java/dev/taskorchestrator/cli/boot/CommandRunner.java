package dev.taskorchestrator.cli.boot;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.TypeRef;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a command line in this process as {@code orchestrator} would, through picocli, on the real
 * database of a workspace: the exit status, and what was printed on stdout and stderr.
 */
final class CommandRunner {

    /** What the command printed, once it has run. */
    record Ran(int status, String out, String err) {
    }

    private final Map<String, String> environment;

    CommandRunner(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Runs {@code args} followed by {@code options} (the workspace, a database), with {@code stdin} as stdin. */
    Ran run(String stdin, List<String> options, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(options);
        int status = Cli.create(new PrintWriter(out, true), new PrintWriter(err, true), () -> {
            throw new AssertionError("only serve takes the protocol streams");
        }, environment, () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), LocalCore::openDatabase)
                .execute(all.toArray(String[]::new));
        return new Ran(status, out.toString(), err.toString());
    }

    /** What a command printed with {@code --json}, read back. */
    static Map<String, Object> document(String out) {
        try {
            return McpJsonDefaults.getMapper().readValue(out, new TypeRef<Map<String, Object>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
