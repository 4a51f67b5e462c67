package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.domain.common.OrchestratorException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** Prepares the workspace and prints (or installs) the MCP configuration of each client. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Creates the workspace's .task_orchestrator folder and prints the exact MCP configuration for "
                + "Claude Code, Claude Desktop, Cursor, VS Code and Windsurf.",
            "--install CLIENT writes it into that client's configuration file, keeping a copy of the file as it was "
                    + "(FILE.bak) and leaving its other servers untouched.",
            "--http URL configures a team's server over HTTP instead; with --token-file, the clients send its token, "
                    + "read from $ORCHESTRATOR_TOKEN (VS Code asks for it once): a workspace's files never hold it."},
        footerHeading = "%nExamples:%n",
        footer = {"  orchestrator init", "  orchestrator init --install cursor --workspace ~/src/my-app",
            "  orchestrator init --http https://tasks.example.com/mcp --token-file ~/.orchestrator-token "
                    + "--install claude-code"})
public final class InitCommand implements Callable<Integer> {

    private final Installation installation;
    private final Console console;
    private final GlobalOptions options;

    @Spec
    private CommandSpec spec;

    @Option(names = "--install", paramLabel = "CLIENT", completionCandidates = Clients.class,
            converter = ClientConverter.class, description = "${COMPLETION-CANDIDATES}.")
    private McpClientConfig install;

    @Field("http")
    @Option(names = "--http", paramLabel = "URL", description = "A server over HTTP, e.g. https://tasks.example.com/mcp.")
    private String http;

    @Field("token_file")
    @Option(names = "--token-file", paramLabel = "FILE",
            description = "The server's token: the clients send it (Claude Desktop's entry holds it; the others read "
                    + "$ORCHESTRATOR_TOKEN).")
    private String tokenFile;

    /** The clients {@code --install} knows, for completion and help. */
    static final class Clients implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return McpClientConfig.ids().iterator();
        }
    }

    /** A client by its id; an unknown one is a usage error listing the known ones. */
    static final class ClientConverter implements ITypeConverter<McpClientConfig> {
        @Override
        public McpClientConfig convert(String name) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(McpClientConfig.values()).filter(client -> client.id().equals(wanted)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("'" + name + "' is not a client this orchestrator "
                            + "knows; allowed: " + String.join(", ", McpClientConfig.ids())));
        }
    }

    public InitCommand(Installation installation, Console console, GlobalOptions options) {
        this.installation = installation;
        this.console = console;
        this.options = options;
    }

    @Override
    public Integer call() {
        Path workspace = installation.prepareWorkspace(options.workspace());
        List<String> command = installation.serverCommand();
        Optional<McpClientConfig.Remote> remote = Optional.ofNullable(http).map(this::remote);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("workspace", workspace.toString());
        Map<String, Object> clients = new LinkedHashMap<>();
        for (McpClientConfig client : McpClientConfig.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", file(client, workspace).toString());
            entry.put("config", remote.map(server -> client.document(server.shown()))
                    .orElseGet(() -> client.document(command, workspace)));
            clients.put(client.id(), entry);
        }
        result.put("clients", clients);
        Optional<Installed> installed = Optional.ofNullable(install)
                .map(client -> install(client, command, workspace, remote));
        installed.ifPresent(done -> result.put("installed", done.document()));
        console.show(spec, result, (out, ansi) -> {
            out.println("Workspace ready: " + workspace);
            if (installed.isPresent()) {
                Installed done = installed.get();
                out.println("Installed for " + done.client().id() + " in " + done.file()
                        + done.backup().map(backup -> " (the file as it was: " + backup + ")").orElse(""));
                return;
            }
            for (McpClientConfig client : McpClientConfig.values()) {
                out.println();
                out.println(client.id() + " (" + file(client, workspace) + "):");
                out.println(console.json().pretty(remote.map(server -> client.document(server.shown()))
                        .orElseGet(() -> client.document(command, workspace))));
            }
            remote.ifPresent(server -> {
                out.println();
                // Single quotes: the shell must pass the variable's name, for Claude Code to read at each start,
                // not the token itself, which would land in its configuration and in the process list.
                out.println("Or, for Claude Code: claude mcp add --transport http " + McpClientConfig.SERVER_NAME + " "
                        + server.url() + (server.tokened() ? " --header 'Authorization: Bearer ${"
                        + McpClientConfig.TOKEN_VARIABLE + "}'" : ""));
            });
        });
        return 0;
    }

    /** What an install did: which client, which file, and where the file as it was is kept. */
    private record Installed(McpClientConfig client, Path file, Optional<Path> backup) {
        Map<String, Object> document() {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("client", client.id());
            row.put("file", file.toString());
            backup.ifPresent(path -> row.put("backup", path.toString()));
            return row;
        }
    }

    private Path file(McpClientConfig client, Path workspace) {
        return client.file(workspace, installation.home(), installation.operatingSystem());
    }

    /** The server at {@code --http}, with the token of {@code --token-file} if one is given. */
    private McpClientConfig.Remote remote(String url) {
        String trimmed = url.strip();
        if (!trimmed.startsWith("http://") && !trimmed.startsWith("https://")) {
            throw OrchestratorException.invalid("http", "http '" + url + "' is not an http:// or https:// URL",
                    List.of("https://tasks.example.com/mcp", "http://127.0.0.1:8765/mcp"));
        }
        Optional<String> token = Optional.ofNullable(tokenFile)
                .map(file -> console.read(file, "token_file", 4_096).strip());
        token.filter(String::isEmpty).ifPresent(empty -> {
            throw OrchestratorException.invalid("token_file", "token_file " + tokenFile + " is empty");
        });
        return new McpClientConfig.Remote(trimmed, token.isPresent(), token);
    }

    private Installed install(McpClientConfig client, List<String> command, Path workspace,
            Optional<McpClientConfig.Remote> remote) {
        Path file = file(client, workspace);
        try {
            Map<String, Object> document = new LinkedHashMap<>();
            boolean exists = Files.exists(file);
            if (exists) {
                document.putAll(existing(file));
            }
            Object servers = document.getOrDefault(client.serversKey(), new LinkedHashMap<>());
            if (!(servers instanceof Map<?, ?> others)) {
                throw OrchestratorException.invalid("install", file + " has a '" + client.serversKey()
                        + "' that is not an object; fix it by hand, then run init again");
            }
            Map<Object, Object> merged = new LinkedHashMap<>(others);
            merged.put(McpClientConfig.SERVER_NAME, remote.map(client::entry)
                    .orElseGet(() -> client.entry(command, workspace)));
            document.put(client.serversKey(), merged);
            remote.ifPresent(server -> client.extras(server).forEach((key, value) -> document.merge(key, value,
                    InitCommand::withNewItems)));
            Optional<Path> backup = Optional.empty();
            if (exists) {
                // The file as it was before the first install; a later install must not overwrite that copy.
                Path copy = file.resolveSibling(file.getFileName() + ".bak");
                if (!Files.exists(copy)) {
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
                backup = Optional.of(copy);
            } else {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            // Written in place: the file keeps its permissions, and a symbolic link keeps pointing at it.
            Files.writeString(file, console.json().pretty(document) + "\n");
            if (!exists && remote.flatMap(McpClientConfig.Remote::token).isPresent()) {
                ownerOnly(file);
            }
            return new Installed(client, file, backup);
        } catch (IOException e) {
            throw OrchestratorException.invalid("install", "cannot write " + file + ": " + e.getMessage());
        }
    }

    /** A new file that holds the token is the person's alone, whatever the umask. */
    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException notPosix) {
            // Windows keeps a user's profile to the user already.
        }
    }

    /** A list a client keeps (VS Code's inputs) with ours added, once: an input already there is left as it is. */
    private static Object withNewItems(Object present, Object ours) {
        if (!(present instanceof List<?> theirs) || !(ours instanceof List<?> added)) {
            return present;
        }
        List<Object> merged = new ArrayList<>(theirs);
        added.stream().filter(item -> !theirs.contains(item) && theirs.stream().noneMatch(their ->
                their instanceof Map<?, ?> map && item instanceof Map<?, ?> mine
                        && java.util.Objects.equals(map.get("id"), mine.get("id")))).forEach(merged::add);
        return merged;
    }

    private Map<String, Object> existing(Path file) throws IOException {
        String text = Files.readString(file);
        if (text.isBlank()) {
            return Map.of();
        }
        try {
            return console.json().readObject(text, "install");
        } catch (OrchestratorException notAnObject) {
            throw OrchestratorException.invalid("install", file + " is not a JSON object this can add to (comments "
                    + "or a trailing comma?); fix or move it, then run init again");
        }
    }
}
