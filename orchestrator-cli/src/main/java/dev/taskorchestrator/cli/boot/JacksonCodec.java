package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.cli.command.JsonCodec;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;

/** The command line's JSON on Jackson, the library the MCP SDK writes its frames with: one way of writing JSON. */
final class JacksonCodec implements JsonCodec {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    /** Made on first use: a command printing a table never pays for it. */
    private JsonMapper mapper;

    private JsonMapper mapper() {
        if (mapper == null) {
            mapper = JsonMapper.builder().build();
        }
        return mapper;
    }

    /** Two spaces, "key": value, one item a line: how people write the configuration files we add to. */
    private static DefaultPrettyPrinter pretty() {
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }

    @Override
    public String write(Object document) {
        try {
            return mapper().writeValueAsString(document);
        } catch (JacksonException e) {
            throw OrchestratorException.internal("a result could not be written as JSON: " + e.getOriginalMessage());
        }
    }

    @Override
    public String pretty(Object document) {
        try {
            return mapper().writer().with(pretty()).writeValueAsString(document);
        } catch (JacksonException e) {
            throw OrchestratorException.internal("a document could not be written as JSON: " + e.getOriginalMessage());
        }
    }

    @Override
    public Map<String, Object> readObject(String text, String field) {
        try {
            Map<String, Object> object = mapper().readValue(text, OBJECT);
            if (object == null) {
                throw OrchestratorException.invalid(field, field + " is not one JSON object", List.of("a JSON object"));
            }
            return object;
        } catch (JacksonException notAnObject) {
            throw OrchestratorException.invalid(field, field + " is not one JSON object", List.of("a JSON object"));
        }
    }
}
