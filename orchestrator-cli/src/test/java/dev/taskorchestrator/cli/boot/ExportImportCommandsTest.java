package dev.taskorchestrator.cli.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export and import through the command line, between two real SQLite workspaces. */
class ExportImportCommandsTest {

    @TempDir
    Path source;

    @TempDir
    Path target;

    private String out;
    private String err;
    private String stdin = "";

    private int run(Path workspace, String... args) {
        CommandRunner.Ran ran = new CommandRunner(Map.of()).run(stdin, List.of("--workspace", workspace.toString()), args);
        out = ran.out();
        err = ran.err();
        return ran.status();
    }

    private Map<String, Object> json(Path workspace, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        assertThat(run(workspace, all.toArray(String[]::new))).as(err).isZero();
        return CommandRunner.document(out);
    }

    private String export(Path workspace) throws Exception {
        Path file = workspace.resolve("export.jsonl");
        assertThat(run(workspace, "export", "--out", file.toString())).as(err).isZero();
        return Files.readString(file);
    }

    /** Everything but the header's own time of export. */
    private static String records(String export) {
        return export.substring(export.indexOf('\n') + 1);
    }

    @BeforeEach
    @SuppressWarnings("unchecked")
    void aPlanWithDependenciesAnArtifactAndHistory() throws Exception {
        Map<String, Object> planned = json(source, "plan", "Ship v1 — «release» 🚀", "--subtask", "Design the API",
                "--subtask", "Build it", "--description", "line one\nline two \"quoted\"");
        Map<String, String> keys = (Map<String, String>) planned.get("keys");
        assertThat(run(source, "task", "update", keys.get("s2"), "--add-dependency", keys.get("s1"))).as(err).isZero();
        assertThat(run(source, "task", "start", keys.get("s1"))).as(err).isZero();
        assertThat(run(source, "task", "complete", keys.get("s1"), "--summary", "designed",
                "--work", "The API has three endpoints.\nÜnïcödé too.")).as(err).isZero();
    }

    @Test
    void givenAWorkspace_whenExportedImportedElsewhereAndExportedAgain_thenTheRecordsAreIdentical() throws Exception {
        String first = export(source);
        assertThat(first.lines().findFirst().orElseThrow()).contains("\"format\":\"task-orchestrator-export\"",
                "\"version\":1", "\"tasks\":3", "\"dependencies\":1", "\"artifacts\":1");
        assertThat(first).contains("\"record\":\"dependency\"", "\"record\":\"artifact\"", "\"record\":\"event\"",
                "The API has three endpoints.");

        Path file = source.resolve("export.jsonl");
        Map<String, Object> imported = json(target, "import", file.toString());
        assertThat(imported).containsEntry("dry_run", false);
        assertThat((Map<String, Object>) imported.get("created")).containsEntry("tasks", 3)
                .containsEntry("dependencies", 1).containsEntry("artifacts", 1);

        assertThat(records(export(target))).isEqualTo(records(first));
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenAFileImportedOnce_whenImportedAgain_thenNothingChanges() throws Exception {
        String file = source.resolve("export.jsonl").toString();
        export(source);
        json(target, "import", file);
        String once = records(export(target));

        Map<String, Object> again = json(target, "import", file);

        assertThat((Map<String, Object>) again.get("created")).containsEntry("tasks", 0).containsEntry("events", 0);
        assertThat((Map<String, Object>) again.get("skipped")).containsEntry("tasks", 3);
        assertThat(records(export(target))).isEqualTo(once);
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenADryRun_whenImported_thenItCountsAndStoresNothing() throws Exception {
        export(source);

        Map<String, Object> dry = json(target, "import", source.resolve("export.jsonl").toString(), "--dry-run");

        assertThat(dry).containsEntry("dry_run", true);
        assertThat((Map<String, Object>) dry.get("created")).containsEntry("tasks", 3);
        assertThat(json(target, "task", "list")).containsEntry("total_count", 0);
    }

    @Test
    void givenStdout_whenExportedAndPipedIn_thenTheSummaryGoesToStderrAndTheImportReadsStdin() throws Exception {
        assertThat(run(source, "export")).as(err).isZero();
        assertThat(err).contains("exported 0 sessions, 3 tasks, 1 dependencies, 1 artifacts");
        stdin = out;

        assertThat(run(target, "import", "-")).as(err).isZero();

        assertThat(out).contains("imported from jsonl:").contains("tasks").contains("3 new");
    }

    @Test
    void givenARecordEditedWrong_whenImported_thenTheLineAndFieldAreNamedAndNothingIsStored() throws Exception {
        List<String> lines = new ArrayList<>(export(source).lines().toList());
        int task = lines.indexOf(lines.stream().filter(l -> l.contains("\"record\":\"task\"")).skip(1).findFirst()
                .orElseThrow());
        lines.set(task, lines.get(task).replaceFirst("\"status\":\"[a-z_]+\"", "\"status\":\"finished\""));
        Path edited = target.resolve("edited.jsonl");
        Files.write(edited, lines);

        assertThat(run(target, "import", edited.toString())).isEqualTo(1);

        assertThat(err).startsWith("error: ").contains("line " + (task + 1) + ".status", "finished", "completed")
                .doesNotContain("\tat ");
        assertThat(json(target, "task", "list")).containsEntry("total_count", 0);
    }

    @Test
    void givenAFileCutShort_whenImported_thenItIsRefusedByTheHeadersCounts() throws Exception {
        List<String> lines = export(source).lines().toList();
        Path cut = target.resolve("cut.jsonl");
        Files.write(cut, lines.subList(0, lines.size() - 2));

        assertThat(run(target, "import", cut.toString())).isEqualTo(1);

        assertThat(err).contains("line 1.counts", "cut short");
        assertThat(json(target, "task", "list")).containsEntry("total_count", 0);
    }

    @Test
    void givenAFileThatIsNoExport_whenImported_thenItSaysSoAndWhatItReads() throws Exception {
        Path other = target.resolve("tasks.json");
        Files.writeString(other, "{\"issues\":[]}\n");

        assertThat(run(target, "import", other.toString())).isEqualTo(1);
        assertThat(err).contains("not a format this imports", "Task Master", "Shrimp", "beads");

        assertThat(run(target, "import", other.toString(), "--from", "jsonl")).isEqualTo(1);
        assertThat(err).contains("not an orchestrator export");

        assertThat(run(target, "import", other.toString(), "--from", "shrimp")).isEqualTo(1);
        assertThat(err).contains("tasks is required");

        assertThat(run(target, "import", target.resolve("missing.jsonl").toString())).isEqualTo(1);
        assertThat(err).contains("no such file");

        assertThat(run(target, "export", "--format", "xml")).isEqualTo(1);
        assertThat(err).contains("format", "xml", "jsonl");
    }

    @Test
    void givenPlans_whenExportedAsMarkdown_thenATreeWithStatusesResultsAndLinkedDependencies() throws Exception {
        assertThat(run(source, "plan", "Fix [bug] *now* #1", "--subtask", "Find it")).as(err).isZero();
        Path file = source.resolve("PLAN.md");

        assertThat(run(source, "export", "--format", "markdown", "--out", file.toString())).as(err).isZero();

        String markdown = Files.readString(file);
        assertThat(out).contains("as Markdown to " + file);
        assertThat(markdown).startsWith("# Plans\n").contains("2 plans, 5 tasks")
                .contains("## ▶ Ship v1 — «release» 🚀")
                .contains("- [x] ✓ **Design the API**").contains("Result: designed")
                .containsPattern("- \\[ \\] ○ \\*\\*Build it\\*\\* <a id=\"task_[0-9a-z]+\"></a> — pending")
                .containsPattern("Depends on: \\[Design the API\\]\\(#task_[0-9a-z]+\\) ✓")
                .contains("## ○ Fix \\[bug\\] \\*now\\* \\#1").contains("> line one", "> line two \"quoted\"");
    }

    /** The workspace as our records, read back through export. */
    private List<Map<String, Object>> stored(Path workspace) throws Exception {
        List<Map<String, Object>> records = new ArrayList<>();
        for (String line : records(export(workspace)).split("\n")) {
            records.add(CommandRunner.document(line));
        }
        return records;
    }

    private static Map<String, Object> task(List<Map<String, Object>> records, String title) {
        return records.stream().filter(r -> "task".equals(r.get("record")) && title.equals(r.get("title"))).findFirst()
                .orElseThrow(() -> new AssertionError("no task titled " + title));
    }

    private static List<Object> prerequisites(List<Map<String, Object>> records, Map<String, Object> task) {
        return records.stream().filter(r -> "dependency".equals(r.get("record")) && task.get("task_id")
                .equals(r.get("task_id"))).map(r -> r.get("prerequisite_id")).toList();
    }

    private Path fixture(String name) throws Exception {
        Path copy = source.resolve(name);
        try (var in = getClass().getResourceAsStream("/peers/" + name)) {
            Files.copy(in, copy);
        }
        return copy;
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenTaskMastersFile_whenImported_thenEveryTagTheSubtasksTheirDependenciesAndTheStatusesArrive()
            throws Exception {
        Path file = fixture("taskmaster-tasks.json");

        Map<String, Object> result = json(target, "import", file.toString());

        assertThat(result).containsEntry("format", "taskmaster");
        assertThat((Map<String, Object>) result.get("created")).containsEntry("tasks", 10).containsEntry("dependencies", 7);
        assertThat((List<String>) result.get("mapped")).contains("status deferred -> blocked: 1",
                "status review -> in_progress: 1");
        List<Map<String, Object>> records = stored(target);
        Map<String, Object> api = task(records, "Build the API");
        Map<String, Object> schema = task(records, "Design the schema");
        Map<String, Object> handlers = task(records, "Write the handlers");
        Map<String, Object> docs = task(records, "Document them");
        assertThat(api).containsEntry("status", "in_progress").containsEntry("task_type", "breakdown");
        assertThat(schema).containsEntry("parent_task_id", api.get("task_id")).containsEntry("status", "completed")
                .containsEntry("auto_complete_parent", true);
        assertThat(prerequisites(records, docs)).containsExactly(handlers.get("task_id"), schema.get("task_id"));
        assertThat(prerequisites(records, task(records, "Ship it"))).containsExactly(api.get("task_id"), docs.get("task_id"));
        assertThat(task(records, "Ship it")).containsEntry("status", "blocked").containsEntry("estimated_effort", "3")
                .containsEntry("status_reason", "deferred in Task Master");
        assertThat(task(records, "Drop the old client")).containsEntry("status", "cancelled");
        assertThat(task(records, "Wait for legal")).containsEntry("status", "blocked").containsEntry("priority", "critical");
        assertThat(task(records, "Set up the «repository» 🚀")).containsEntry("status", "completed")
                .extractingByKey("description").asString().contains("\"quotes\"", "## Details", "Use git",
                        "## Test strategy");
        assertThat(task(records, "Spike feature X")).containsEntry("created_at", "2026-10-02T10:00:00Z")
                .extractingByKey("context").asString().contains("tag=feature-x");
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenShrimpsFile_whenImported_thenTasksDependenciesSummariesAndRelatedFilesArrive() throws Exception {
        Map<String, Object> result = json(target, "import", fixture("shrimp-tasks.json").toString());

        assertThat(result).containsEntry("format", "shrimp");
        assertThat((Map<String, Object>) result.get("created")).containsEntry("tasks", 4).containsEntry("dependencies", 4);
        List<Map<String, Object>> records = stored(target);
        Map<String, Object> analyse = task(records, "Analyse the codebase");
        Map<String, Object> storage = task(records, "Extract the storage seam");
        assertThat(analyse).containsEntry("status", "completed")
                .containsEntry("summary", "Found three seams: storage, HTTP and the scheduler.")
                .containsEntry("completed_at", "2026-10-01T09:00:00Z");
        assertThat(analyse.get("description").toString()).contains("## Notes", "«legacy»", "## Implementation guide",
                "## Verification criteria");
        assertThat(analyse.get("context").toString()).contains("src/app.ts", "REFERENCE");
        assertThat(storage).containsEntry("status", "in_progress");
        assertThat(prerequisites(records, task(records, "Extract the HTTP seam")))
                .containsExactly(analyse.get("task_id"), storage.get("task_id"));
        assertThat(task(records, "Extract the HTTP seam")).containsEntry("status", "blocked");
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenBeadsIssues_whenImported_thenTheTreeBlockingDependenciesLinksAndPrioritiesArrive() throws Exception {
        Map<String, Object> result = json(target, "import", fixture("beads-issues.jsonl").toString());

        assertThat(result).containsEntry("format", "beads");
        assertThat((Map<String, Object>) result.get("created")).containsEntry("tasks", 7).containsEntry("dependencies", 2);
        assertThat((List<String>) result.get("mapped")).contains("deleted issues (tombstones) left out: 1",
                "conditional-blocks (run only if the blocker fails) kept as links: 1",
                "priority 4 -> low: 1", "status deferred -> blocked: 1", "status hooked -> pending: 1");
        List<Map<String, Object>> records = stored(target);
        Map<String, Object> epic = task(records, "Authentication epic 🚀");
        Map<String, Object> refresh = task(records, "Token refresh");
        Map<String, Object> audit = task(records, "Audit logging");
        assertThat(epic).containsEntry("task_type", "breakdown").containsEntry("priority", "high");
        assertThat(epic.get("context").toString()).contains("backend", "security");
        assertThat(task(records, "Login form")).containsEntry("parent_task_id", epic.get("task_id"))
                .containsEntry("status", "completed").containsEntry("summary", "Shipped in #42");
        assertThat(refresh).containsEntry("parent_task_id", epic.get("task_id")).containsEntry("priority", "critical");
        assertThat(prerequisites(records, refresh)).containsExactly(task(records, "Login form").get("task_id"));
        assertThat(audit).containsEntry("parent_task_id", epic.get("task_id")).containsEntry("status", "blocked");
        assertThat(prerequisites(records, audit)).containsExactly(refresh.get("task_id"));
        assertThat(audit.get("context").toString()).contains("related", "bd-e5f6");
        assertThat(records).noneMatch(r -> "An idea we dropped".equals(r.get("title")));
        Map<String, Object> fallback = task(records, "Fallback login");
        assertThat(prerequisites(records, fallback)).as("it runs only if its blocker fails: not a prerequisite").isEmpty();
        assertThat(fallback.get("context").toString()).contains("conditional-blocks", "bd-a1b2.2", "team=auth");
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenEachPeersFileImportedOnce_whenImportedAgain_thenNothingChanges() throws Exception {
        for (String name : List.of("taskmaster-tasks.json", "shrimp-tasks.json", "beads-issues.jsonl")) {
            json(target, "import", fixture(name).toString());
        }
        String once = records(export(target));

        for (String name : List.of("taskmaster-tasks.json", "shrimp-tasks.json", "beads-issues.jsonl")) {
            Map<String, Object> again = json(target, "import", source.resolve(name).toString());
            assertThat((Map<String, Object>) again.get("created")).as(name)
                    .allSatisfy((kind, count) -> assertThat(count).isEqualTo(0));
        }
        assertThat(records(export(target))).isEqualTo(once);
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenTwoProjectsPipedIn_whenImported_thenTheyStayTwoAndTheSameOneAgainChangesNothing() throws Exception {
        String first = Files.readString(fixture("taskmaster-tasks.json"));
        String second = first.replace("Build the API", "Build the other API");
        stdin = first;
        assertThat((Map<String, Object>) json(target, "import", "-").get("created")).containsEntry("tasks", 10);

        stdin = second;
        assertThat((Map<String, Object>) json(target, "import", "-").get("created")).containsEntry("tasks", 10);
        stdin = first;
        assertThat((Map<String, Object>) json(target, "import", "-").get("created")).containsEntry("tasks", 0);
    }

    @Test
    void givenMalformedPeersFiles_whenImported_thenEachIsRefusedWithItsPlaceNamedAndNothingIsStored() throws Exception {
        String taskMaster = Files.readString(fixture("taskmaster-tasks.json"));
        String beads = Files.readString(fixture("beads-issues.jsonl"));
        String shrimp = Files.readString(fixture("shrimp-tasks.json"));
        Map<String, List<String>> cases = new java.util.LinkedHashMap<>();
        cases.put(taskMaster.replace("\"status\": \"done\"", "\"status\": \"someday\""),
                List.of("master.tasks[0].status", "someday", "in-progress"));
        cases.put(taskMaster.replace("\"dependencies\": [2, \"2.3\"]", "\"dependencies\": [2, \"9.9\"]"),
                List.of("master.tasks[2].dependencies", "9.9"));
        cases.put(taskMaster.replace("\"dependencies\": [1],\n        \"subtasks\"", "\"dependencies\": [6],\n        \"subtasks\""),
                List.of("dependency cycle", "->"));
        cases.put(beads.replace("\"priority\":0", "\"priority\":7"), List.of("line 3.priority", "0, 1, 2, 3, 4"));
        cases.put(beads.replace("{\"id\":\"bd-a1b2.1\",", "{\"id\":\"bd-a1b2.1\",,"), List.of("line 2"));
        cases.put(beads.replace("\"depends_on_id\":\"bd-a1b2.1\"", "\"depends_on_id\":\"bd-zzzz\""),
                List.of("line 3.dependencies[0].depends_on_id", "bd-zzzz"));
        cases.put(shrimp.replace("\"status\": \"blocked\"", "\"status\": \"waiting\""),
                List.of("tasks[2].status", "waiting", "in_progress"));
        cases.put(shrimp.replace("{ \"taskId\": \"2d8b9c4a-6e3f-4b7a-9c0d-3e4f5a6b7c8d\" }",
                "{ \"taskId\": \"no-such-task\" }"), List.of("tasks[3].dependencies[0].taskId", "no-such-task"));
        cases.put(shrimp.replace("\"name\": \"Write the migration notes\"", "\"name\": 42"),
                List.of("tasks[3].name must be text"));
        cases.put(beads.replace("\"due_at\"", "\"x\"").replace("\"created_at\":\"2026-10-01T11:00:00Z\"",
                "\"created_at\":\"0001-01-01T00:00:00Z\""), List.of("line 4.created_at", "1900"));
        int n = 0;
        for (Map.Entry<String, List<String>> bad : cases.entrySet()) {
            Path file = source.resolve("bad-" + n++ + (bad.getKey().startsWith("{\"id\"") ? ".jsonl" : ".json"));
            Files.writeString(file, bad.getKey());

            assertThat(run(target, "import", file.toString())).as(bad.getValue().toString()).isEqualTo(1);

            assertThat(err).startsWith("error: ").contains(bad.getValue()).doesNotContain("\tat ");
            assertThat(json(target, "task", "list")).containsEntry("total_count", 0);
        }
    }
}
