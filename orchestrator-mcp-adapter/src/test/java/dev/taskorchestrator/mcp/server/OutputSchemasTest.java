package dev.taskorchestrator.mcp.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.mcp.ToolError;
import dev.taskorchestrator.mcp.tool.OrchestratorTool;
import dev.taskorchestrator.mcp.tool.OrchestratorTools;
import dev.taskorchestrator.testkit.memory.InMemoryStore;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every tool's output schema also admits the structured error of a refused call: some clients
 * check every result against the schema, errors included, and would otherwise throw the error away.
 */
class OutputSchemasTest {

    private static final JsonSchemaValidator VALIDATOR = McpJsonDefaults.getSchemaValidator();

    private final Orchestrator core = new InMemoryStore().orchestrator();
    private final List<OrchestratorTool> tools = OrchestratorTools.all(() -> core, core.roles(), core::restartServer);

    @Test
    void givenAStructuredError_whenCheckedAgainstEveryOutputSchema_thenItIsValid() {
        Map<String, Object> error = ToolError.from(OrchestratorException.invalid("title", "title is required",
                List.of("a string"))).structured();

        assertThat(tools).hasSize(33).allSatisfy(tool -> assertThat(VALIDATOR.validate(
                tool.descriptor().outputSchema(), error).valid()).as(tool.descriptor().name()).isTrue());
    }

    @Test
    void givenAReplyFieldOfTheWrongType_whenChecked_thenItIsInvalid() {
        var status = tools.stream().filter(t -> t.descriptor().name().equals("orchestrator_get_status")).findFirst()
                .orElseThrow();

        assertThat(VALIDATOR.validate(status.descriptor().outputSchema(), Map.of("counts", Map.of(), "total", "none",
                "tasks", Map.of(), "next_steps", List.of())).valid()).isFalse();
        assertThat(VALIDATOR.validate(status.descriptor().outputSchema(), Map.of("counts", Map.of(), "total", 0,
                "tasks", Map.of(), "next_steps", List.of())).valid()).isTrue();
    }

    @Test
    void givenEveryToolsSchemas_whenCheckedAsSchemas_thenTheyConform() {
        tools.forEach(tool -> {
            VALIDATOR.assertConforms(tool.descriptor().name() + " input", tool.descriptor().input().jsonSchema());
            VALIDATOR.assertConforms(tool.descriptor().name() + " output", tool.descriptor().outputSchema());
        });
    }
}
