package dev.taskorchestrator.cli.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.TypeRef;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--workspace", workspace.toString()));
        int status = Cli.create(new PrintWriter(outText, true), new PrintWriter(errText, true), () -> {
            throw new AssertionError("only serve takes the protocol streams");
        }, Map.of(), () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), LocalCore::openDatabase)
                .execute(all.toArray(String[]::new));
        out = outText.toString();
        err = errText.toString();
        return status;
    }

    private Map<String, Object> json(Path workspace, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        assertThat(run(workspace, all.toArray(String[]::new))).as(err).isZero();
        return McpJsonDefaults.getMapper().readValue(out, new TypeRef<Map<String, Object>>() {
        });
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

        assertThat(out).contains("imported:").contains("tasks").contains("3 new");
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
        Files.writeString(other, "{\"tasks\":[]}\n");

        assertThat(run(target, "import", other.toString())).isEqualTo(1);
        assertThat(err).contains("not an orchestrator export");

        assertThat(run(target, "import", target.resolve("missing.jsonl").toString())).isEqualTo(1);
        assertThat(err).contains("no such file");

        assertThat(run(target, "export", "--format", "xml")).isEqualTo(1);
        assertThat(err).contains("format", "xml", "jsonl");
    }
}
