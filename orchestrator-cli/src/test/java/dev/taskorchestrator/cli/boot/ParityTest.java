package dev.taskorchestrator.cli.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.InitializeSessionUseCase;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.port.out.ServerRuntime;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.mcp.tool.Caller;
import dev.taskorchestrator.mcp.tool.Connection;
import dev.taskorchestrator.mcp.tool.OrchestratorTool;
import dev.taskorchestrator.mcp.tool.OrchestratorTools;
import dev.taskorchestrator.persistence.templates.FileTemplateCatalog;
import dev.taskorchestrator.persistence.templates.Json5TemplateSyntax;
import dev.taskorchestrator.testkit.fixtures.CountingIds;
import dev.taskorchestrator.testkit.memory.InMemoryDatabase;
import dev.taskorchestrator.testkit.memory.InMemoryStore;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published language holds: each command that has a tool prints with {@code --json} the very
 * document the tool returns as its structured content (without the hints for agents), run on the
 * very same state. Both run on one in-memory core; before each pair the store and its id counter
 * are put back, so the second caller meets exactly what the first did.
 */
class ParityTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AGENT = "parity-agent";

    /** No transport: the tools that use it (reconnect_test) have no command. */
    private static final Connection NO_TRANSPORT = new Connection() {
        @Override
        public Duration ping() {
            throw new AssertionError("no command pings");
        }

        @Override
        public ServerRuntime.Activity activity() {
            return ServerRuntime.Activity.IN_PROCESS;
        }
    };

    @TempDir
    Path workspace;

    @TempDir
    Path shared;

    private final CountingIds ids = new CountingIds();
    private final InMemoryStore store = new InMemoryStore(ids);
    private Orchestrator core;
    private Map<String, OrchestratorTool> tools;
    private final List<String> compared = new ArrayList<>();

    @BeforeEach
    void openTheWorkspacesSession() {
        core = Orchestrator.create(store.orchestratorPorts(RoleCatalog.builtIn(), FileTemplateCatalog.forWorkspace(
                workspace, environment()), new Json5TemplateSyntax()));
        tools = OrchestratorTools.all(() -> core, core.roles(), core::restartServer).stream()
                .collect(Collectors.toMap(tool -> tool.descriptor().name(), Function.identity()));
        core.initializeSession(new InitializeSessionUseCase.Command(workspace.toString(), Optional.empty()));
    }

    private Map<String, Object> cli(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--json", "--workspace", workspace.toString()));
        int status = Cli.create(new PrintWriter(out, true), new PrintWriter(err, true), () -> {
            throw new AssertionError("no command but serve takes the protocol streams");
        }, environment(), () -> new ByteArrayInputStream(new byte[0]),
                (ws, db, tunables, templates) -> new LocalCore.Opened(core, () -> { })).execute(all.toArray(String[]::new));
        assertThat(status).as(args + ": " + err).isZero();
        return parsed(out.toString());
    }

    /** The person's shared templates in a folder of the test's own, for the core and the command line alike. */
    private Map<String, String> environment() {
        return Map.of("USER", "tester", FileTemplateCatalog.HOME_VARIABLE, shared.toString());
    }

    private Map<String, Object> tool(String name, Map<String, Object> arguments) {
        OrchestratorTool tool = tools.get(name);
        Map<String, Object> structured = new LinkedHashMap<>(tool.call(tool.descriptor().input().parse(arguments),
                new Caller(AGENT, workspace.toString(), NO_TRANSPORT)).structured());
        assertThat(structured.remove("next_steps")).as("the hints for agents").isNotNull();
        return parsed(JSON.writeValueAsString(structured));
    }

    private static Map<String, Object> parsed(String json) {
        return JSON.readValue(json, new TypeReference<Map<String, Object>>() {
        });
    }

    /** Runs the command and the tool on the same state and returns their one document. */
    private Map<String, Object> same(List<String> command, String tool, Map<String, Object> arguments) {
        InMemoryDatabase.Snapshot before = store.database().snapshot();
        long mark = ids.mark();
        Map<String, Object> fromCli = cli(command);
        store.database().restore(before);
        ids.rewind(mark);
        Map<String, Object> fromTool = tool(tool, arguments);
        assertThat(fromCli).as(String.join(" ", command) + " against " + tool).isEqualTo(fromTool);
        compared.add(tool);
        return fromTool;
    }

    /** The template commands against the template tools; the files they write are put back like the store. */
    private void templatesTheSameWay(String parent) {
        String release = "{metadata: {name: 'Release', version: '1'}, parameters: {version: {}},\n"
                + " tasks: [{key: 'notes', title: 'Notes for {{version}}'}, {key: 'tag', title: 'Tag {{version}}',"
                + " dependencies: ['notes']}]}";
        Path file = workspace.resolve("release.json5");
        writeQuietly(file, release);
        same(List.of("template", "validate", file.toString()), "template_validate", Map.of("template_content", release));
        sameOnFiles(List.of("template", "create", "our_release", file.toString()), "template_create",
                Map.of("template_id", "our_release", "template_content", release));
        create("our_release", release);
        same(List.of("template", "list"), "template_list", Map.of());
        same(List.of("template", "list", "--category", "user", "--metadata"), "template_list",
                Map.of("category", "user", "include_metadata", true));
        same(List.of("template", "show", "our_release"), "template_load", Map.of("template_id", "our_release"));
        same(List.of("template", "info", "bug_fix"), "template_info", Map.of("template_id", "bug_fix"));
        same(List.of("template", "instantiate", "our_release", "--param", "version=2.0.0", "--dry-run"),
                "template_instantiate", Map.of("template_id", "our_release", "parameters", Map.of("version", "2.0.0"),
                        "create_tasks", false));
        same(List.of("template", "instantiate", "our_release", "--param", "version=2.0.0", "--parent", parent),
                "template_instantiate", Map.of("template_id", "our_release", "parameters", Map.of("version", "2.0.0"),
                        "parent_task_id", parent));
        same(List.of("template", "validate-all"), "template_validate_all", Map.of());
        same(List.of("template", "status"), "template_get_installation_status", Map.of());
        sameOnFiles(List.of("template", "install-examples"), "template_install_examples", Map.of());
        sameOnFiles(List.of("template", "install-library", "--category", "research"),
                "template_install_default_library", Map.of("category", "research"));
        sameOnFiles(List.of("template", "delete", "our_release"), "template_delete",
                Map.of("template_id", "our_release"));
        create("our_release", release);
        sameOnFiles(List.of("template", "uninstall", "our_release"), "template_uninstall",
                Map.of("template_id", "our_release"));
    }

    /** {@link #same} for a command that writes template files: the files are put back between the two callers. */
    private void sameOnFiles(List<String> command, String tool, Map<String, Object> arguments) {
        Map<Path, String> before = templateFiles();
        InMemoryDatabase.Snapshot snapshot = store.database().snapshot();
        Map<String, Object> fromCli = cli(command);
        restoreTemplateFiles(before);
        store.database().restore(snapshot);
        Map<String, Object> fromTool = tool(tool, arguments);
        assertThat(fromCli).as(String.join(" ", command) + " against " + tool).isEqualTo(fromTool);
        compared.add(tool);
    }

    private void create(String id, String text) {
        tool("template_create", Map.of("template_id", id, "template_content", text, "overwrite", true));
    }

    private Map<Path, String> templateFiles() {
        Map<Path, String> files = new java.util.HashMap<>();
        for (Path folder : List.of(workspace.resolve(".task_orchestrator/templates"), shared)) {
            if (java.nio.file.Files.isDirectory(folder)) {
                try (var listing = java.nio.file.Files.list(folder)) {
                    listing.forEach(path -> files.put(path, readQuietly(path)));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return files;
    }

    private void restoreTemplateFiles(Map<Path, String> before) {
        templateFiles().keySet().stream().filter(path -> !before.containsKey(path)).forEach(path -> {
            try {
                java.nio.file.Files.delete(path);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        before.forEach(ParityTest::writeQuietly);
    }

    private static String readQuietly(Path path) {
        try {
            return java.nio.file.Files.readString(path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void writeQuietly(Path path, String text) {
        try {
            java.nio.file.Files.createDirectories(path.getParent());
            java.nio.file.Files.writeString(path, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static String keyed(Map<String, Object> planned, String key) {
        return (String) ((Map<String, Object>) planned.get("keys")).get(key);
    }

    @Test
    void givenOneState_whenEachCommandAndItsToolRun_thenTheyGiveTheSameDocument() {
        Map<String, Object> planned = same(List.of("plan", "Ship v1", "--subtask", "Design", "--subtask", "Build",
                "--priority", "high"), "orchestrator_plan_task", Map.of("title", "Ship v1", "priority", "high",
                        "subtasks", List.of(Map.of("key", "s1", "title", "Design"), Map.of("key", "s2", "title", "Build"))));
        String root = (String) planned.get("task_id");
        String design = keyed(planned, "s1");
        String build = keyed(planned, "s2");

        same(List.of("task", "list", "--status", "pending"), "orchestrator_query_tasks", Map.of("status", List.of("pending")));
        same(List.of("task", "list", "--full", "--limit", "2"), "orchestrator_query_tasks", Map.of("full", true, "limit", 2));
        same(List.of("task", "update", build, "--add-dependency", design, "--effort", "2h"), "orchestrator_update_task",
                Map.of("task_id", build, "add_dependencies", List.of(design), "estimated_effort", "2h"));
        same(List.of("task", "next"), "orchestrator_next_task", Map.of());
        same(List.of("task", "start", design, "--agent", AGENT), "orchestrator_execute_task",
                Map.of("task_id", design, "agent", AGENT));
        same(List.of("task", "complete", design, "--summary", "Designed", "--work", "# The design", "--type", "design",
                "--agent", AGENT), "orchestrator_complete_task", Map.of("task_id", design, "summary", "Designed",
                        "detailed_work", "# The design", "artifact_type", "design", "agent", AGENT));
        same(List.of("task", "next", "--claim", "--agent", AGENT), "orchestrator_next_task",
                Map.of("claim", true, "agent", AGENT));
        same(List.of("status", "--completed"), "orchestrator_get_status", Map.of("include_completed", true));
        same(List.of("synthesize", root), "orchestrator_synthesize_results", Map.of("parent_task_id", root));
        same(List.of("session", "list", "--all"), "orchestrator_list_sessions", Map.of("include_completed", true));
        Map<String, Object> session = same(List.of("session", "show"), "orchestrator_session_status", Map.of());
        @SuppressWarnings("unchecked")
        String sessionId = (String) ((Map<String, Object>) session.get("session")).get("session_id");
        same(List.of("session", "resume", sessionId), "orchestrator_resume_session", Map.of("session_id", sessionId));
        same(List.of("session", "cleanup", "--type", "all"), "orchestrator_cleanup_sessions",
                Map.of("cleanup_type", "all"));
        same(List.of("maintenance", "scan_cleanup"), "orchestrator_maintenance_coordinator",
                Map.of("action", "scan_cleanup"));
        same(List.of("maintenance", "prepare_handover", "--level", "comprehensive"),
                "orchestrator_maintenance_coordinator", Map.of("action", "prepare_handover",
                        "validation_level", "comprehensive"));
        same(List.of("health"), "orchestrator_health_check", Map.of());
        templatesTheSameWay(build);
        core.startServer();
        same(List.of("lifecycle"), "orchestrator_restart_status", Map.of());
        same(List.of("task", "cancel", build, "--reason", "descoped", "--force"), "orchestrator_cancel_task",
                Map.of("task_id", build, "reason", "descoped"));
        same(List.of("task", "delete", root, "--purge"), "orchestrator_delete_task",
                Map.of("task_id", root, "archive_instead", false));

        assertThat(compared).as("every tool a command stands for").containsAll(tools.keySet().stream()
                .filter(name -> !List.of("orchestrator_initialize_session", "orchestrator_restart_server",
                        "orchestrator_shutdown_prepare", "orchestrator_reconnect_test").contains(name)).toList());
    }
}
