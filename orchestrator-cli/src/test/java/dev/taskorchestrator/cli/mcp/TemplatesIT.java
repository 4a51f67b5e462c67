package dev.taskorchestrator.cli.mcp;

import static dev.taskorchestrator.cli.mcp.McpJar.map;
import static dev.taskorchestrator.cli.mcp.McpJar.ok;
import static dev.taskorchestrator.cli.mcp.McpJar.refused;
import static dev.taskorchestrator.cli.mcp.McpJar.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The twelve template tools on the real jar, driven by the SDK's client: a template written by
 * hand (comments, trailing commas) saved, listed, described, instantiated into tasks an agent can
 * run, previewed, deleted; and each kind of bad input refused with nothing changed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplatesIT {

    private static final String RELEASE = """
            // How we ship: notes first, then the tag.
            {
              metadata: {
                name: 'Release {{version}}',
                version: '1.0.0',
                category: 'development',
                example_parameters: { version: '2.4.0', },
              },
              parameters: {
                version: { type: 'string', pattern: '[0-9]+\\\\.[0-9]+\\\\.[0-9]+', description: 'semver', },
                days: { type: 'integer', min_value: 1, max_value: 30, default: 2, },
              },
              tasks: [
                {
                  key: 'release', title: 'Release {{version}}', task_type: 'breakdown',
                  subtasks: [
                    { key: 'notes', title: 'Write notes for {{version}}', specialist_type: 'documenter', },
                    { key: 'tag', title: 'Tag {{version}} within {{days}} days', specialist_type: 'devops',
                      dependencies: ['notes'], },
                  ],
                },
              ],
            }
            """;

    private Path workspace;
    private Path shared;
    private McpSyncClient client;

    @BeforeAll
    void startServer() throws Exception {
        workspace = Files.createTempDirectory("templates-ws");
        shared = Files.createTempDirectory("templates-shared");
        client = McpJar.connect(workspace, Map.of("ORCHESTRATOR_TEMPLATES_HOME", shared.toString()));
        ok(client, "orchestrator_initialize_session", Map.of());
    }

    @AfterAll
    void stopServer() {
        client.closeGracefully();
    }

    private long taskCount() {
        return ((Number) ok(client, "orchestrator_query_tasks", Map.of("limit", 1)).get("total_count")).longValue();
    }

    @Test
    void givenAHandWrittenTemplate_whenCreatedListedDescribedAndInstantiated_thenItsTasksAreThereAndTheFirstRuns()
            throws Exception {
        Map<String, Object> created = ok(client, "template_create", Map.of("template_id", "our_release",
                "template_content", RELEASE));
        Path file = workspace.resolve(".task_orchestrator/templates/our_release.json5");
        assertThat(created).containsEntry("status", "created").containsEntry("location", file.toString());
        assertThat(Files.readString(file)).isEqualTo(RELEASE);

        assertThat(rows(ok(client, "template_list", Map.of("category", "user")).get("templates")))
                .filteredOn(row -> row.get("template_id").equals("our_release")).singleElement().satisfies(row -> assertThat(row).containsEntry("template_id", "our_release")
                        .containsEntry("in_force", true).containsEntry("valid", true));
        Map<String, Object> info = ok(client, "template_info", Map.of("template_id", "our_release"));
        assertThat(rows(info.get("parameter_definitions"))).extracting(row -> row.get("name"))
                .containsExactly("version", "days");
        assertThat(map(rows(info.get("parameter_definitions")).get(1).get("validation")))
                .containsEntry("min_value", 1).containsEntry("max_value", 30);

        long before = taskCount();
        Map<String, Object> preview = ok(client, "template_instantiate", Map.of("template_id", "our_release",
                "parameters", Map.of("version", "2.4.0"), "create_tasks", false));
        assertThat(preview).containsEntry("preview", true).containsEntry("tasks_created", 0);
        assertThat(map(preview.get("plan"))).containsEntry("title", "Release 2.4.0");
        assertThat(taskCount()).isEqualTo(before);

        Map<String, Object> instance = ok(client, "template_instantiate", Map.of("template_id", "our_release",
                "parameters", Map.of("version", "2.4.0", "days", 3)));
        assertThat(instance).containsEntry("tasks_created", 3).containsEntry("parameters_used",
                Map.of("version", "2.4.0", "days", 3));
        Map<String, Object> keys = map(instance.get("keys"));
        assertThat(keys).containsOnlyKeys("release", "notes", "tag");
        assertThat(map(instance.get("first_ready_task"))).containsEntry("task_id", keys.get("notes"));
        assertThat(taskCount()).isEqualTo(before + 3);
        List<Map<String, Object>> found = rows(ok(client, "orchestrator_query_tasks", Map.of("search_text",
                "within 3 days")).get("tasks"));
        assertThat(found).singleElement().satisfies(row -> assertThat(row).containsEntry("task_id", keys.get("tag")));
        assertThat(ok(client, "orchestrator_execute_task", Map.of("task_id", keys.get("notes"))))
                .containsKey("prompt");

        Files.writeString(file, RELEASE.replace("How we ship", "Edited by hand"));
        assertThat(ok(client, "template_load", Map.of("template_id", "our_release")).toString()).contains("our_release");
        McpSchema.ReadResourceResult resource = client.readResource(new McpSchema.ReadResourceRequest(
                "orchestrator://templates/our_release"));
        assertThat(((McpSchema.TextResourceContents) resource.contents().get(0)).text()).contains("Edited by hand");

        assertThat(ok(client, "template_delete", Map.of("template_id", "our_release")))
                .containsEntry("status", "deleted");
        assertThat(file).doesNotExist();
        assertThat(ok(client, "template_list", Map.of()).toString()).doesNotContain("our_release");
    }

    @Test
    void givenBadInput_whenSentToTheTemplateTools_thenEachIsRefusedNamingWhatIsWrongAndNothingChanges() {
        long before = taskCount();

        Map<String, Object> malformed = refused(client, "template_create", Map.of("template_id", "broken",
                "template_content", "{\n  metadata: { name: 'x'\n    version: '1' },\n}"));
        assertThat(malformed).containsEntry("code", "invalid_argument").containsEntry("field", "template_content");
        assertThat((String) malformed.get("message")).contains("line 3, column 5");
        assertThat(ok(client, "template_validate", Map.of("template_content", "{ tasks: [ }")))
                .containsEntry("valid", false);

        Map<String, Object> missing = refused(client, "template_instantiate", Map.of("template_id", "bug_fix",
                "parameters", Map.of("bug_summary", "Export drops the last row")));
        assertThat(missing).containsEntry("field", "parameters.issue_ref");
        assertThat(refused(client, "template_instantiate", Map.of("template_id", "release", "parameters",
                Map.of("product_name", "Acme", "version", "two", "release_type", "minor", "target_date", "2030-06-30"))))
                .containsEntry("field", "parameters.version");

        assertThat(refused(client, "template_create", Map.of("template_id", "../escape", "template_content", RELEASE)))
                .containsEntry("field", "template_id");
        assertThat(refused(client, "template_load", Map.of("template_id", "../../etc/passwd")))
                .containsEntry("field", "template_id");
        Map<String, Object> builtIn = refused(client, "template_delete", Map.of("template_id", "bug_fix"));
        assertThat(builtIn).containsEntry("code", "illegal_state").containsEntry("field", "template_id");
        assertThat((String) builtIn.get("message")).contains("built in");
        assertThat(refused(client, "template_delete", Map.of("template_id", "no_such_one", "category", "shared")))
                .containsEntry("code", "not_found");
        assertThat(refused(client, "template_uninstall", Map.of("template_id", "bug_fix", "category", "builtin")))
                .containsEntry("code", "invalid_argument").containsEntry("field", "category");

        ok(client, "template_create", Map.of("template_id", "loop_a", "template_content",
                "{metadata: {name: 'A', version: '1'}, tasks: [{key: 'a', title: 'A'}]}"));
        ok(client, "template_create", Map.of("template_id", "loop_b", "template_content",
                "{metadata: {name: 'B', version: '1', extends: 'loop_a'}, tasks: [{key: 'b', title: 'B'}]}"));
        Map<String, Object> cycle = refused(client, "template_create", Map.of("template_id", "loop_a", "overwrite",
                true, "template_content",
                "{metadata: {name: 'A', version: '2', extends: 'loop_b'}, tasks: [{key: 'a', title: 'A'}]}"));
        assertThat(cycle).containsEntry("code", "dependency_cycle");
        assertThat((String) cycle.get("message")).contains("loop_a -> loop_b -> loop_a");

        // Within the schema's length in characters, over 256 KB in bytes: the use case's own limit refuses it.
        String oversize = "{metadata: {name: 'Big', version: '1'}, tasks: [{key: 'a', title: 'A'}]}\n//"
                + "\u00e9".repeat(140 * 1024);
        Map<String, Object> big = refused(client, "template_create", Map.of("template_id", "big",
                "template_content", oversize));
        assertThat(big).containsEntry("field", "template_content");
        assertThat((String) big.get("message")).contains("larger than 256 KB");

        assertThat(taskCount()).isEqualTo(before);
        assertThat(ok(client, "template_list", Map.of("category", "user")).toString()).doesNotContain("broken",
                "escape");
    }

    @Test
    void givenTheShippedTemplates_whenInstalled_thenTheCopiesShadowTheBuiltInsAndAllAreValid() {
        Map<String, Object> examples = ok(client, "template_install_examples", Map.of());
        Map<String, Object> library = ok(client, "template_install_default_library", Map.of("category", "research"));
        Map<String, Object> again = ok(client, "template_install_default_library", Map.of("category", "research"));

        assertThat((List<?>) examples.get("installed")).hasSize(5);
        assertThat((List<?>) library.get("installed")).isNotEmpty();
        assertThat(again.get("skipped")).isEqualTo(library.get("installed"));
        assertThat(shared.resolve("market_research.json5")).exists();
        String researchId = (String) ((List<?>) library.get("installed")).get(0);
        assertThat(rows(ok(client, "template_list", Map.of("category", "builtin")).get("templates")))
                .filteredOn(row -> row.get("template_id").equals(researchId))
                .singleElement().satisfies(row -> assertThat(row).containsEntry("shadowed_by", "shared"));
        Map<String, Object> status = ok(client, "template_get_installation_status", Map.of());
        assertThat(status).containsEntry("examples_installed", 5);
        Map<String, Object> all = ok(client, "template_validate_all", Map.of());
        assertThat(all).containsEntry("invalid_count", 0);
        assertThat(ok(client, "template_instantiate", Map.of("template_id", "market_research", "parameters",
                map(map(ok(client, "template_info", Map.of("template_id", "market_research")).get("example_parameters"))),
                "create_tasks", false))).containsEntry("preview", true);
    }
}
