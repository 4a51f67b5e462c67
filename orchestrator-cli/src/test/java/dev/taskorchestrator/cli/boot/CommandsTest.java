package dev.taskorchestrator.cli.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.InitializeSessionUseCase;
import dev.taskorchestrator.application.service.OrchestratorSettings;
import dev.taskorchestrator.testkit.memory.InMemoryTemplateCatalog;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.TypeRef;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command through picocli's execute(), on a real SQLite workspace, with captured output: what
 * a person sees, what {@code --json} gives a script, and the exit status of each bad input.
 */
class CommandsTest {

    @TempDir
    Path workspace;

    private String stdin = "";
    private Map<String, String> environment = Map.of();
    private String out;
    private String err;

    private record Plan(String root, String first, String second) {
    }

    private Plan plan;

    private int run(String... args) {
        CommandRunner.Ran ran = new CommandRunner(environment).run(stdin, List.of("--workspace", workspace.toString()),
                args);
        out = ran.out();
        err = ran.err();
        return ran.status();
    }

    private Map<String, Object> json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        assertThat(run(all.toArray(String[]::new))).as(err).isZero();
        return McpJsonDefaults.getMapper().readValue(out, new TypeRef<Map<String, Object>>() {
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @BeforeEach
    @SuppressWarnings("unchecked")
    void planTwoTasks() throws Exception {
        Map<String, Object> planned = json("plan", "Ship v1", "--subtask", "Design the API", "--subtask", "Build it");
        Map<String, Object> keys = (Map<String, Object>) planned.get("keys");
        plan = new Plan((String) planned.get("task_id"), (String) keys.get("s1"), (String) keys.get("s2"));
    }

    /** A usage error: picocli's message naming the option and what it allows, status 2, nothing run. */
    private void assertUsageError(int status, String... fragments) {
        assertThat(status).as(err).isEqualTo(2);
        assertThat(err).contains(fragments).doesNotContain("\tat ", "Exception");
        assertThat(out).isEmpty();
    }

    private void assertError(int status, String... fragments) {
        assertThat(status).isEqualTo(1);
        assertThat(err).startsWith("error: ").contains(fragments).doesNotContain("\tat ", "Exception");
        assertThat(out).isEmpty();
    }

    @Test
    void givenAHandWrittenTemplate_whenValidatedCreatedAndInstantiated_thenTypedParamsFillItAndItsTasksAreStored(
            @TempDir Path shared) throws Exception {
        environment = Map.of("ORCHESTRATOR_TEMPLATES_HOME", shared.toString());
        Path file = workspace.resolve("release.json5");
        Files.writeString(file, """
                // ours
                {
                  metadata: { name: 'Release', version: '1', },
                  parameters: { version: {}, days: { type: 'integer', max_value: 9, }, public: { type: 'boolean' }, },
                  tasks: [ { key: 'tag', title: 'Tag {{version}} in {{days}} days (public: {{public}})', }, ],
                }
                """);

        Object before = json("task", "list").get("total_count");
        assertThat(run("template", "validate", file.toString())).as(err).isZero();
        assertThat(run("template", "create", "release_ours", file.toString())).as(err).isZero();
        assertThat(workspace.resolve(".task_orchestrator/templates/release_ours.json5")).exists();
        assertThat(run("template", "instantiate", "release_ours", "--param", "version=2.0.0", "--param", "days=3",
                "--param", "public=true", "--dry-run")).as(err).isZero();
        assertThat(out).contains("Tag 2.0.0 in 3 days (public: true)").contains("nothing created");
        assertThat(json("task", "list").get("total_count")).isEqualTo(before);
        Map<String, Object> instance = json("template", "instantiate", "release_ours", "--param", "version=2.0.0",
                "--param", "days=3", "--param", "public=false");
        assertThat(instance).containsEntry("tasks_created", 1);
        assertThat(json("task", "list").get("total_count")).isEqualTo((Integer) before + 1);
        assertThat(run("template", "list")).isZero();
        assertThat(out).contains("release_ours").contains("bug_fix");
    }

    @Test
    void givenBadTemplateInput_whenRun_thenEachNamesWhatWasTypedAndStatusSaysSo(@TempDir Path shared) throws Exception {
        environment = Map.of("ORCHESTRATOR_TEMPLATES_HOME", shared.toString());
        Object before = json("task", "list").get("total_count");
        Path broken = workspace.resolve("broken.json5");
        Files.writeString(broken, "{ metadata: { name: 'x',\n version 1 } }");

        assertThat(run("template", "validate", broken.toString())).isEqualTo(1);
        assertThat(out).contains("line 2, column");
        assertThat(run("template", "create", "../up", broken.toString())).isEqualTo(2);
        assertThat(err).contains("template_id '../up'");
        assertThat(run("template", "instantiate", "bug_fix", "--param", "bug_summary=Too short?")).isEqualTo(1);
        assertThat(err).contains("--param issue_ref is required");
        assertThat(run("template", "instantiate", "learning_plan", "--param", "skill=Rust",
                "--param", "hours_per_week=many")).isEqualTo(1);
        assertThat(err).contains("--param hours_per_week must be an integer, got 'many'");
        assertThat(run("template", "delete", "bug_fix", "--category", "builtin")).isEqualTo(1);
        assertThat(err).contains("is built in; built-in templates cannot be deleted");
        assertThat(run("template", "install-library", "--category", "cooking")).isEqualTo(1);
        assertThat(err).contains("development, research");
        assertThat(json("task", "list").get("total_count")).isEqualTo(before);
    }

    @Test
    void givenARequestId_whenACommandIsRunAgain_thenItPrintsTheFirstResultAndChangesNothing() throws Exception {
        assertThat(run("plan", "Retry me", "--request-id", "plan-9")).as(err).isZero();
        String first = out;
        assertThat(run("--request-id=plan-9", "plan", "Retry me")).as(err).isZero();

        assertThat(out).isEqualTo(first);
        assertThat(json("task", "list")).containsEntry("total_count", 4);
        assertThat(run("plan", "Something else", "--request-id", "plan-9")).isEqualTo(1);
        assertThat(err).contains("request_id 'plan-9' was used").doesNotContain("\tat ");
        assertThat(run("status", "--request-id", "s-1")).isEqualTo(1);
        assertThat(err).contains("--request-id is for the commands that change the store");
        assertThat(run("plan", "Empty id", "--request-id", "")).isEqualTo(1);
        assertThat(err).contains("request_id must be 1-128 characters");
        assertThat(json("task", "list")).containsEntry("total_count", 4);
    }

    @Test
    void givenAPlanWithSubtasks_whenStored_thenTheKeysMapToNewIdsInOrder() {
        assertThat(run("plan", "Release", "--description", "All of it", "--subtask", "One", "--subtask", "Two"))
                .isZero();
        assertThat(out).startsWith("Planned 3 task(s)").containsSubsequence("- s1 -> task_", "- s2 -> task_")
                .doesNotContain("Next:");
    }

    @Test
    void givenAPlanFileWithDependencies_whenReadFromAFileOrStdin_thenTheWholeTreeIsStored() throws Exception {
        String file = "{\"title\":\"From a file\",\"subtasks\":[{\"key\":\"a\",\"title\":\"A\"},"
                + "{\"key\":\"b\",\"title\":\"B\",\"dependencies\":[\"a\"],\"subtasks\":[{\"key\":\"c\",\"title\":\"C\"}]}]}";
        Path plan = Files.writeString(workspace.resolve("plan.json"), file);

        assertThat(json("plan", "--file", plan.toString())).containsEntry("created_count", 4);
        stdin = file;
        assertThat(json("plan", "--file", "-", "Renamed")).containsEntry("created_count", 4);
        assertThat(json("task", "list", "--search", "Renamed").get("total_count")).isEqualTo(1);
    }

    @Test
    void givenBadPlans_whenStored_thenOneErrorLineStatusOneAndNothingStored() throws Exception {
        assertError(run("plan"), "TITLE is required");
        assertError(run("plan", "--file", workspace.resolve("missing.json").toString()), "--file: cannot read",
                "no such file");
        stdin = "[1, 2]";
        assertError(run("plan", "--file", "-"), "--file is not one JSON object");
        stdin = "{\"title\": \"From a file\", \"priority\": \"urgent\"}";
        assertError(run("plan", "--file", "-"), "--file: priority 'urgent' is not one of: low, medium, high, critical");
        assertUsageError(run("plan", "x", "--priority", "urgent"), "--priority", "'urgent' is not one of: low, medium, "
                + "high, critical");
        assertThat(json("task", "list").get("total_count")).isEqualTo(3);
    }

    @Test
    void givenTasks_whenListed_thenAnAlignedTableAndWithJsonTheCompactRows() throws Exception {
        assertThat(run("task", "list", "--status", "pending,in_progress")).isZero();
        assertThat(out.lines().findFirst().orElseThrow()).matches("ID +STATUS +PRIORITY +SPECIALIST +TITLE");
        assertThat(out).contains("○ pending", "Design the API", "3 task(s) of 3");

        Map<String, Object> page = json("task", "list", "--limit", "2");
        assertThat(rows(page.get("tasks"))).hasSize(2).allSatisfy(row -> assertThat(row.keySet())
                .isSubsetOf("task_id", "title", "status", "specialist_type", "priority", "parent_task_id"));
        Map<String, Object> next = json("task", "list", "--limit", "2", "--cursor", (String) page.get("next_cursor"));
        assertThat(rows(next.get("tasks"))).hasSize(1);
        assertUsageError(run("task", "list", "--status", "done"), "--status", "'done' is not one of: pending");
        assertError(run("task", "list", "--limit", "0"), "--limit must be between 1 and 500, got 0");
    }

    @Test
    void givenATask_whenShownAsTreeOrHistory_thenItsFieldsMarksAndEventsAppear() throws Exception {
        assertThat(run("task", "show", plan.root())).isZero();
        assertThat(out).contains("Ship v1", plan.root(), "specialist_type", "coordinator", plan.first());
        assertThat(json("task", "show", plan.first())).containsEntry("task_id", plan.first()).containsKey("version");

        assertThat(run("task", "tree", plan.root())).isZero();
        assertThat(out.lines()).containsExactly(
                "○ Ship v1  " + plan.root() + " · coordinator",
                "├─ ○ Design the API  " + plan.first() + " · generic",
                "└─ ○ Build it  " + plan.second() + " · generic");
        assertThat(rows(json("task", "tree", plan.root()).get("subtasks"))).hasSize(2);

        assertThat(run("task", "history", plan.first())).isZero();
        assertThat(out).contains("AT", "EVENT", "created");
        assertThat(rows(json("task", "history", plan.first()).get("events"))).isNotEmpty();
        assertError(run("task", "show", "task_zzzzzzzzzzzz"), "task_zzzzzzzzzzzz");
        assertUsageError(run("task", "tree", "not-an-id"), "TASK_ID", "'not-an-id' is not a valid id");
        assertUsageError(run("task", "show", plan.first() + "/history"), "TASK_ID");
    }

    @Test
    void givenATask_whenStartedAndCompleted_thenThePromptTheArtifactAndTheNextTaskAreShown() throws Exception {
        assertThat(run("task", "start", plan.first())).isZero();
        assertThat(out).startsWith("Claimed " + plan.first()).contains("# You are");
        Map<String, Object> started = json("task", "start", plan.second(), "--agent", "someone");
        assertThat(started).containsEntry("specialist_type", "generic").containsKey("prompt");

        stdin = "the work, from stdin";
        Map<String, Object> completed = json("task", "complete", plan.first(), "--summary", "Designed",
                "--work-file", "-", "--type", "design", "--file-path", "docs/api.md");
        assertThat(completed).containsKey("artifact").containsKey("parent_progress");
        assertThat(run("task", "complete", plan.second(), "--summary", "Built", "--work", "code", "--agent", "someone"))
                .isZero();
        assertThat(out).startsWith("Recorded " + plan.second());
        assertThat(run("task", "tree", plan.root())).isZero();
        assertThat(out).contains("✓ Design the API", "✓ Build it");
    }

    @Test
    void givenBadStartsAndCompletions_whenRun_thenDomainErrorsAreStatusOneAndUsageErrorsStatusTwo() {
        assertThat(run("task", "update", plan.second(), "--add-dependency", plan.first())).isZero();
        assertError(run("task", "start", plan.second()), "is not ready", plan.first());
        assertThat(run("task", "complete", plan.first(), "--work", "w")).isEqualTo(2);
        assertThat(err).contains("--summary");
        assertThat(run("task", "complete", plan.first(), "--summary", "s")).isEqualTo(2);
        assertError(run("task", "complete", plan.first(), "--summary", "s", "--work", "w", "--file-path", "../../x"),
                "outside the workspace");
        assertError(run("task", "complete", plan.first(), "--summary", "s", "--work-file", "/no/such/file"),
                "--work-file: cannot read /no/such/file");
    }

    @Test
    void givenTasks_whenUpdatedCancelledDeletedOrAskedForNext_thenEachAnswers() throws Exception {
        assertThat(json("task", "update", plan.first(), "--priority", "critical", "--effort", "2h"))
                .containsEntry("changed", List.of("priority", "estimated_effort"));
        assertError(run("task", "update", plan.first(), "--status", "archived"), "archived");
        Map<String, Object> next = json("task", "next");
        assertThat(next).containsEntry("found", true);
        assertThat(((Map<?, ?>) next.get("task")).get("task_id")).isEqualTo(plan.first());
        assertThat(json("task", "next", "--claim")).containsKey("prompt");
        assertThat(json("task", "cancel", plan.first(), "--reason", "not needed")).containsEntry("previous_status",
                "in_progress");
        assertThat(run("task", "update", plan.second(), "--add-dependency", plan.root())).isEqualTo(1);
        assertThat(json("task", "delete", plan.second(), "--purge")).containsEntry("action", "deleted");
        assertError(run("task", "delete", plan.second()), plan.second());
    }

    @Test
    void givenSessionsStatusAndSynthesis_whenAsked_thenEachAnswersAndBadIdsAreStatusOne() throws Exception {
        assertThat(run("session", "list")).isZero();
        assertThat(out).contains("No session yet");
        assertThat(json("session", "list", "--all")).containsEntry("count", 0);
        assertError(run("session", "show", "session_zzzzzzzzzzzz"), "session_zzzzzzzzzzzz");
        assertUsageError(run("session", "resume", "nope"), "SESSION_ID");
        assertThat(json("session", "cleanup", "--type", "all")).containsEntry("dry_run", true);
        assertUsageError(run("session", "cleanup", "--type", "everything"), "--type", "completed, orphaned");

        assertThat(run("status")).isZero();
        assertThat(out).startsWith("3 task(s): 3 pending, 0 in_progress").contains("pending:");
        assertThat(((Map<?, ?>) json("status", "--completed").get("counts")).get("pending")).isEqualTo(3);

        assertThat(run("synthesize", plan.root())).isZero();
        assertThat(out).startsWith("# Results: Ship v1");
        assertError(run("synthesize", plan.first()), "has no subtasks");
    }

    @Test
    void givenInit_whenRun_thenTheWorkspaceIsReadyAndEveryClientsConfigurationIsPrinted() throws Exception {
        assertThat(run("init")).isZero();
        assertThat(workspace.resolve(".task_orchestrator")).isDirectory();
        assertThat(out).contains("claude-code (" + workspace.resolve(".mcp.json"), "claude-desktop", "cursor",
                "vscode", "windsurf", "\"serve\"", "${workspaceFolder}");
        Map<String, Object> clients = (Map<String, Object>) json("init").get("clients");
        assertThat(clients).containsOnlyKeys("claude-code", "claude-desktop", "cursor", "vscode", "windsurf");
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenATeamServer_whenInitIsToldItsUrlAndToken_thenClientsSendTheTokenButNoWorkspaceFileOrPrintoutHoldsIt()
            throws Exception {
        Path token = workspace.resolve("token");
        Files.writeString(token, "team-secret-0123456789abcdef\n");
        Path vscode = Files.createDirectories(workspace.resolve(".vscode")).resolve("mcp.json");
        Files.writeString(vscode, "{\"inputs\":[{\"type\":\"promptString\",\"id\":\"other\",\"password\":false}],"
                + "\"servers\":{\"mine\":{\"type\":\"stdio\",\"command\":\"x\"}}}");

        assertThat(run("init", "--http", "https://tasks.example.com/mcp", "--token-file", token.toString())).isZero();
        assertThat(out).contains("\"url\": \"https://tasks.example.com/mcp\"", "Bearer ${ORCHESTRATOR_TOKEN}",
                "Bearer ${env:ORCHESTRATOR_TOKEN}", "\"serverUrl\"", "mcp-remote",
                "claude mcp add --transport http task-orchestrator https://tasks.example.com/mcp",
                "--header 'Authorization: Bearer ${ORCHESTRATOR_TOKEN}'")
                .doesNotContain("team-secret");
        assertThat(run("init", "--http", "https://tasks.example.com/mcp", "--token-file", token.toString(),
                "--install", "vscode")).isZero();
        assertThat(run("init", "--http", "https://tasks.example.com/mcp", "--token-file", token.toString(),
                "--install", "claude-code")).isZero();

        Map<String, Object> written = McpJsonDefaults.getMapper().readValue(Files.readString(vscode),
                new TypeRef<Map<String, Object>>() {
                });
        assertThat((List<Map<String, Object>>) written.get("inputs")).extracting(input -> input.get("id"))
                .containsExactly("other", "orchestrator-token");
        assertThat((Map<String, Object>) written.get("servers")).containsKey("mine").containsEntry("task-orchestrator",
                Map.of("type", "http", "url", "https://tasks.example.com/mcp",
                        "headers", Map.of("Authorization", "Bearer ${input:orchestrator-token}")));
        assertThat(Files.readString(workspace.resolve(".mcp.json"))).contains("\"type\": \"http\"")
                .doesNotContain("team-secret");
        assertError(run("init", "--http", "ftp://tasks.example.com"), "--http 'ftp://tasks.example.com' is not an");
    }

    @Test
    void givenAnExistingCursorConfiguration_whenInstalled_thenOurServerIsAddedOthersKeptAndABackupMade() throws Exception {
        Path config = Files.createDirectories(workspace.resolve(".cursor")).resolve("mcp.json");
        String before = "{\"mcpServers\":{\"other\":{\"command\":\"other-server\"}},\"theme\":\"dark\"}";
        Files.writeString(config, before);

        assertThat(run("init", "--install", "cursor")).isZero();

        Map<String, Object> written = McpJsonDefaults.getMapper().readValue(Files.readString(config),
                new TypeRef<Map<String, Object>>() {
                });
        assertThat(written).containsEntry("theme", "dark");
        assertThat((Map<String, Object>) written.get("mcpServers")).containsEntry("other",
                Map.of("command", "other-server")).containsKey("task-orchestrator");
        assertThat(Files.readString(config.resolveSibling("mcp.json.bak"))).isEqualTo(before);
        assertThat(out).contains("Installed for cursor in " + config);

        assertThat(run("init", "--install", "cursor")).isZero();
        assertThat(Files.readString(config.resolveSibling("mcp.json.bak"))).as("the first backup is kept")
                .isEqualTo(before);
        assertUsageError(run("init", "--install", "notepad"), "'notepad' is not a client",
                "claude-code, claude-desktop, cursor, vscode, windsurf");
        Files.writeString(config, "{\"mcpServers\": [1]}");
        assertError(run("init", "--install", "cursor"), "is not an object");
        Files.writeString(config, "{ // a comment\n}");
        assertError(run("init", "--install", "cursor"), config.toString(), "is not a JSON object");
        assertThat(Files.readString(config)).as("left untouched").isEqualTo("{ // a comment\n}");
        assertThat(Files.readString(config.resolveSibling("mcp.json.bak"))).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenNoVsCodeConfigurationYet_whenInstalled_thenTheFileIsCreatedUnderServersWithoutABackup() throws Exception {
        assertThat(run("init", "--install", "vscode")).isZero();

        Path config = workspace.resolve(".vscode").resolve("mcp.json");
        Map<String, Object> written = McpJsonDefaults.getMapper().readValue(Files.readString(config),
                new TypeRef<Map<String, Object>>() {
                });
        Map<String, Object> entry = (Map<String, Object>) ((Map<String, Object>) written.get("servers"))
                .get("task-orchestrator");
        assertThat(entry).containsEntry("type", "stdio").containsKey("command");
        assertThat((List<String>) entry.get("args")).containsSubsequence("serve", "--workspace", "${workspaceFolder}");
        assertThat(config.resolveSibling("mcp.json.bak")).doesNotExist();
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenRoles_whenAskedForJson_thenEveryRoleWithItsFieldsAndOneRoleInFull() throws Exception {
        assertThat(rows(json("roles").get("roles"))).hasSize(11).allSatisfy(role -> assertThat(role)
                .containsKeys("name", "role_definition", "expertise", "approach", "output_format"));
        assertThat(json("roles", "coder")).containsEntry("name", "implementer");
    }

    @Test
    void givenCompletion_whenAsked_thenABashScriptForEveryCommandIsPrinted() {
        assertThat(run("completion")).isZero();
        assertThat(out).contains("#!/usr/bin/env bash", "orchestrator", "task", "session", "--json");
    }

    @Test
    void givenGlobalOptionsBeforeTheCommand_whenRun_thenTheyApplyAsAfterIt() throws Exception {
        StringWriter text = new StringWriter();
        int status = Cli.create(new PrintWriter(text, true), new PrintWriter(new StringWriter(), true), () -> null,
                Map.of()).execute("--json", "--workspace", workspace.toString(), "status");

        assertThat(status).isZero();
        assertThat(text.toString()).startsWith("{\"counts\":");
    }

    @Test
    void givenEveryCommand_whenHelpIsAsked_thenItHasADescriptionAndAnExample() {
        List<List<String>> commands = List.of(List.of("plan"), List.of("init"), List.of("status"), List.of("synthesize"),
                List.of("completion"), List.of("task", "list"), List.of("task", "show"), List.of("task", "tree"),
                List.of("task", "update"), List.of("task", "start"), List.of("task", "complete"),
                List.of("task", "cancel"), List.of("task", "delete"), List.of("task", "next"),
                List.of("task", "history"), List.of("session", "list"), List.of("session", "show"),
                List.of("session", "resume"), List.of("session", "cleanup"), List.of("serve"), List.of("task", "prompt"),
                List.of("health"), List.of("maintenance"), List.of("lifecycle"), List.of("artifact", "show"),
                List.of("roles"), List.of("export"), List.of("import"));
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(command);
            args.add("--help");
            assertThat(run(args.toArray(String[]::new))).as(command.toString()).isZero();
            assertThat(out).as(command.toString()).contains("Usage: orchestrator " + String.join(" ", command))
                    .containsPattern("Examples?:");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenATaskAnAgentHolds_whenThePersonChangesIt_thenRefusedSayingForceOverridesAndWithForceRecorded()
            throws Exception {
        assertThat(run("task", "start", plan.first(), "--agent", "claude#1")).isZero();

        assertError(run("task", "update", plan.first(), "--status", "pending"), "claimed by claude#1",
                "force overrides the claim");
        assertThat(json("task", "update", plan.first(), "--status", "pending", "--force").get("changed").toString())
                .contains("status");

        List<Map<String, Object>> events = rows(json("task", "history", plan.first()).get("events"));
        assertThat(events).anySatisfy(event -> {
            assertThat(event).containsEntry("type", "claim_overridden");
            assertThat(event.get("detail").toString()).contains("claude#1", "overridden by operator cli");
        });
    }

    @Test
    void givenAnErrorAboutAField_whenShown_thenItNamesTheOptionOrParameterTyped() {
        assertError(run("plan", "x", "--parent", "task_zzzzzzzzzzzz"), "task 'task_zzzzzzzzzzzz' does not exist (--parent)");
        assertError(run("task", "prompt", plan.first(), "--role", "wizard"), "--role 'wizard' is not a known role");
        assertUsageError(run("task", "update", plan.first(), "--complexity", "huge"), "--complexity",
                "'huge' is not one of: trivial, simple, moderate, complex, very_complex");
    }

    @Test
    void givenATask_whenItsPromptIsAsked_thenTheRolesPromptIsPrintedAndTheTaskStaysUnclaimed() throws Exception {
        assertThat(run("task", "prompt", plan.first())).isZero();
        assertThat(out).contains("# You are");
        assertThat(json("task", "prompt", plan.first(), "--role", "coder")).containsEntry("specialist_type",
                "implementer").containsKey("prompt");
        assertThat(json("task", "show", plan.first())).containsEntry("status", "pending").doesNotContainKey("assignee");
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenHandedInWork_whenItsArtifactIsShown_thenItsContentIsPrintedAsItWasHandedIn() throws Exception {
        Map<String, Object> completed = json("task", "complete", plan.first(), "--summary", "Designed", "--work",
                "# The design\n\nTwo lines.\n");
        String artifact = (String) ((Map<String, Object>) completed.get("artifact")).get("artifact_id");

        assertThat(run("artifact", "show", artifact)).isZero();
        assertThat(out).isEqualTo("# The design\n\nTwo lines.\n");
        assertThat(json("artifact", "show", artifact)).containsEntry("content", "# The design\n\nTwo lines.\n")
                .containsEntry("task_id", plan.first()).containsKeys("sha256", "size");
        assertUsageError(run("artifact", "show", "not-an-id"), "ARTIFACT_ID");
        assertError(run("artifact", "show", "artifact_zzzzzzzzzzzz"), "artifact_zzzzzzzzzzzz");
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenAWorkspace_whenItsHealthIsChecked_thenEveryCheckWithItsFigureAndExitZeroWhenHealthy() throws Exception {
        assertThat(run("health")).isZero();
        assertThat(out).startsWith("Healthy.").contains("ok   database: ", "ok   integrity: ok", "instances: 0 live");

        Map<String, Object> health = json("health", "--no-database");
        assertThat(health).containsEntry("healthy", true).containsEntry("instances", List.of());
        assertThat(rows(health.get("checks"))).extracting(check -> check.get("name")).doesNotContain("database",
                "schema", "integrity").contains("instances", "expired_claims");
    }

    @Test
    void givenTasks_whenMaintenanceRuns_thenItsReportIsPrintedAndTheRunRecorded() throws Exception {
        assertThat(run("maintenance", "validate_structure")).isZero();
        assertThat(out).startsWith("# Maintenance: validate_structure").contains("Store integrity: ok");

        Map<String, Object> handover = json("maintenance", "prepare_handover", "--target", plan.root());
        assertThat(handover).containsEntry("scope", "specific_subtask").containsEntry("examined", 3)
                .containsKeys("record_task_id", "artifact_id");
        assertUsageError(run("maintenance", "tidy"), "ACTION", "scan_cleanup, validate_structure");
    }

    @Test
    void givenStaleAfterInTheEnvironment_whenMaintenanceScans_thenItJudgesAsTheServerWould() throws Exception {
        Thread.sleep(100);
        environment = Map.of(Configuration.STALE_AFTER_VARIABLE, "PT0.001S");
        Map<String, Object> scan = json("maintenance", "scan_cleanup", "--scope", "full_project");
        assertThat(rows(scan.get("findings"))).filteredOn(finding -> "stale_task".equals(finding.get("kind")))
                .extracting(finding -> finding.get("task_id")).contains(plan.root(), plan.first(), plan.second());

        environment = Map.of(Configuration.STALE_AFTER_VARIABLE, "a week");
        assertError(run("task", "list"), "ORCHESTRATOR_STALE_AFTER", "'a week' is not a positive ISO-8601",
                "P7D");
        environment = Map.of(Configuration.STALE_AFTER_VARIABLE, "-P1D");
        assertError(run("task", "list"), "ORCHESTRATOR_STALE_AFTER", "'-P1D' is not a positive ISO-8601");
    }

    @Test
    void givenNoServerOnTheWorkspace_whenTheLifecycleIsShown_thenThereIsNoInstanceAndNoCurrentPhase() throws Exception {
        assertThat(run("lifecycle")).isZero();
        assertThat(out).startsWith("Instances:");

        assertThat(json("lifecycle")).doesNotContainKey("current").containsEntry("instances", List.of())
                .containsEntry("restarts", List.of());
    }

    @Test
    void givenTheWorkspacesOpenSession_whenTheCommandLinePlansOrShowsWithoutOne_thenItIsThatSessionAsForAnAgent()
            throws Exception {
        LocalCore.Opened opened = LocalCore.openDatabase(workspace, Optional.empty(),
                OrchestratorSettings.defaults(), new InMemoryTemplateCatalog());
        String session;
        try {
            session = opened.orchestrator().initializeSession(new InitializeSessionUseCase.Command(
                    workspace.toString(), Optional.empty())).session()
                    .session().id().value();
        } finally {
            opened.resources().close();
        }

        Map<String, Object> planned = json("plan", "In the session");

        assertThat(json("task", "show", (String) planned.get("task_id"))).containsEntry("session_id", session);
        assertThat(json("session", "show").toString()).contains(session);
    }
}
