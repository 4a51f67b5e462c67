package dev.taskorchestrator.mcp.server;

import dev.taskorchestrator.application.port.in.SessionStatusUseCase;
import dev.taskorchestrator.application.port.in.TaskHistoryUseCase;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.artifact.Artifact;
import dev.taskorchestrator.domain.artifact.ArtifactId;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.template.TemplateId;
import dev.taskorchestrator.wire.Rows;
import dev.taskorchestrator.wire.TaskDocuments;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resources a client can read by URI: a task with its subtasks and artifacts, a task's
 * history, an artifact's content and a session. A bad or unknown id is a JSON-RPC error
 * ({@link ResourceErrors}), as the MCP specification asks of resource reads.
 */
final class ResourceTemplates {

    static final String TASK = "orchestrator://tasks/{id}";
    static final String TASK_HISTORY = "orchestrator://tasks/{id}/history";


    private static final String JSON = "application/json";
    private static final String JSON5 = "application/json5";

    private final Supplier<Orchestrator> orchestrator;
    private final McpJsonMapper json;

    ResourceTemplates(Supplier<Orchestrator> orchestrator, McpJsonMapper json) {
        this.orchestrator = orchestrator;
        this.json = json;
    }

    private List<Template> templates() {
        return List.of(
                template(TASK, "task", "A task with every field, its subtasks, artifacts and progress.",
                        JSON, id -> json(TaskDocuments.details(orchestrator.get().getTask(TaskId.parse(id, "id"))))),
                template(TASK_HISTORY, "task-history", "A task's history, oldest first.", JSON,
                        id -> json(TaskDocuments.history(orchestrator.get().taskHistory(new TaskHistoryUseCase.Query(
                                TaskId.parse(id, "id"), TaskHistoryUseCase.Query.MAX_LIMIT))))),
                template("orchestrator://artifacts/{id}", "artifact", "The full content of an artifact a task produced.",
                        "text/markdown", this::artifact),
                template("orchestrator://sessions/{id}", "session", "A session with its task counts.", JSON,
                        id -> json(Rows.session(orchestrator.get().sessionStatus(
                                SessionStatusUseCase.Query.of(SessionId.parse(id, "id")))))),
                template("orchestrator://templates/{id}", "template",
                        "A template's JSON5 document as written: the copy in force for the id.", JSON5,
                        id -> new Rendered(JSON5, orchestrator.get().templates().show()
                                .load(new TemplateId(id), Optional.empty()).text())));
    }

    List<SyncResourceTemplateSpecification> all() {
        return templates().stream().map(ResourceTemplates::specification).toList();
    }

    private static Template template(String uriTemplate, String name, String description, String mimeType,
            Function<String, Rendered> read) {
        return new Template(McpSchema.ResourceTemplate.builder().uriTemplate(uriTemplate).name(name)
                .description(description).mimeType(mimeType).build(),
                Pattern.compile(Pattern.quote(uriTemplate).replace("{id}", "\\E([^/]+)\\Q")), read);
    }

    private static SyncResourceTemplateSpecification specification(Template template) {
        return new SyncResourceTemplateSpecification(template.definition(), (exchange, request) -> {
            try {
                Matcher matcher = template.pattern().matcher(request.uri());
                if (!matcher.matches()) {
                    throw ResourceErrors.notFound(request.uri());
                }
                Rendered rendered = template.read().apply(matcher.group(1));
                return new ReadResourceResult(List.of(new TextResourceContents(request.uri(), rendered.mimeType(),
                        rendered.text())));
            } catch (RuntimeException failure) {
                throw ResourceErrors.from(request.uri(), failure);
            }
        });
    }

    private record Template(McpSchema.ResourceTemplate definition, Pattern pattern, Function<String, Rendered> read) {
    }

    private Rendered artifact(String id) {
        Artifact artifact = orchestrator.get().getArtifact(ArtifactId.parse(id, "id"));
        return new Rendered(artifact.metadata().mimeType(), artifact.content());
    }

    private Rendered json(Object rows) {
        try {
            return new Rendered(JSON, json.writeValueAsString(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Rendered(String mimeType, String text) {
    }
}
