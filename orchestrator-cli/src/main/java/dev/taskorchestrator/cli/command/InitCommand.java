package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.domain.common.OrchestratorException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prepares the workspace and prints (or installs) the MCP configuration of each client. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Creates the workspace's .task_orchestrator folder and prints the exact MCP configuration for "
                + "Claude Code, Claude Desktop, Cursor, VS Code and Windsurf.",
            "--install CLIENT writes it into that client's configuration file, keeping a copy of the file as it was "
                    + "(FILE.bak) and leaving its other servers untouched."},
        footerHeading = "%nExamples:%n",
        footer = {"  orchestrator init", "  orchestrator init --install cursor --workspace ~/src/my-app"})
public final class InitCommand implements Callable<Integer> {

    private final Installation installation;
    private final Console console;
    private final GlobalOptions options;

    @Spec
    private CommandSpec spec;

    @Option(names = "--install", paramLabel = "CLIENT",
            description = "claude-code, claude-desktop, cursor, vscode or windsurf.")
    private String install;

    public InitCommand(Installation installation, Console console, GlobalOptions options) {
        this.installation = installation;
        this.console = console;
        this.options = options;
    }

    @Override
    public Integer call() {
        McpClientConfig target = install == null ? null : client(install);
        Path workspace = installation.prepareWorkspace(options.workspace());
        List<String> command = installation.serverCommand();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("workspace", workspace.toString());
        Map<String, Object> clients = new LinkedHashMap<>();
        for (McpClientConfig client : McpClientConfig.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", file(client, workspace).toString());
            entry.put("config", client.document(command, workspace));
            clients.put(client.id(), entry);
        }
        result.put("clients", clients);
        if (target != null) {
            result.put("installed", install(target, command, workspace));
        }
        console.show(spec, result, (out, ansi) -> human(out, result, target));
        return 0;
    }

    @SuppressWarnings("unchecked")
    private void human(PrintWriter out, Map<String, Object> result, McpClientConfig target) {
        out.println("Workspace ready: " + result.get("workspace"));
        if (target != null) {
            Map<String, Object> installed = (Map<String, Object>) result.get("installed");
            out.println("Installed for " + target.id() + " in " + installed.get("file")
                    + (installed.containsKey("backup") ? " (the file as it was: " + installed.get("backup") + ")" : ""));
            return;
        }
        ((Map<String, Object>) result.get("clients")).forEach((id, value) -> {
            Map<String, Object> client = (Map<String, Object>) value;
            out.println();
            out.println(id + " (" + client.get("file") + "):");
            out.print(JsonText.pretty(client.get("config")));
        });
    }

    private Path file(McpClientConfig client, Path workspace) {
        return client.file(workspace, installation.home(), installation.operatingSystem());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> install(McpClientConfig client, List<String> command, Path workspace) {
        Path file = file(client, workspace);
        Map<String, Object> installed = new LinkedHashMap<>();
        installed.put("client", client.id());
        installed.put("file", file.toString());
        try {
            Map<String, Object> document = new LinkedHashMap<>();
            boolean exists = Files.exists(file);
            if (exists) {
                document.putAll(existing(file));
            }
            Object servers = document.getOrDefault(client.serversKey(), new LinkedHashMap<>());
            if (!(servers instanceof Map)) {
                throw OrchestratorException.invalid("install", file + " has a '" + client.serversKey()
                        + "' that is not an object; fix it by hand, then run init again");
            }
            Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) servers);
            merged.put(McpClientConfig.SERVER_NAME, client.entry(command, workspace));
            document.put(client.serversKey(), merged);
            if (exists) {
                // The file as it was before the first install; a later install must not overwrite that copy.
                Path backup = file.resolveSibling(file.getFileName() + ".bak");
                if (!Files.exists(backup)) {
                    Files.copy(file, backup, StandardCopyOption.COPY_ATTRIBUTES);
                }
                installed.put("backup", backup.toString());
            } else {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            // Written in place: the file keeps its permissions, and a symbolic link keeps pointing at it.
            Files.writeString(file, JsonText.pretty(document));
        } catch (IOException e) {
            throw OrchestratorException.invalid("install", "cannot write " + file + ": " + e.getMessage());
        }
        return installed;
    }

    private Map<String, Object> existing(Path file) throws IOException {
        String text = Files.readString(file);
        if (text.isBlank()) {
            return Map.of();
        }
        try {
            return console.client().parseObject(text, "install");
        } catch (OrchestratorException notAnObject) {
            throw OrchestratorException.invalid("install", file + " is not a JSON object this can add to (comments "
                    + "or a trailing comma?); fix or move it, then run init again");
        }
    }

    private static McpClientConfig client(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return java.util.Arrays.stream(McpClientConfig.values()).filter(c -> c.id().equals(wanted)).findFirst()
                .orElseThrow(() -> OrchestratorException.invalid("install", "install '" + name
                        + "' is not a client this orchestrator knows", McpClientConfig.ids()));
    }
}
