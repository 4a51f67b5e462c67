package dev.taskorchestrator.mcp.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.wire.input.Param;
import dev.taskorchestrator.wire.input.ToolInput;
import io.modelcontextprotocol.json.McpJsonDefaults;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonStringArgumentsTest {

    private static final ToolInput INPUT = ToolInput.of(Param.text("title", 100, "t"),
            Param.object("context", "c"), Param.texts("dependencies", 10, "d"));

    private static Map<String, Object> decoded(Map<String, Object> raw) {
        return JsonStringArguments.decoded(INPUT, raw, McpJsonDefaults.getMapper());
    }

    @Test
    void givenArraysAndObjectsSentAsJsonStrings_whenDecoded_thenTheyAreTheValuesTheyHold() {
        Map<String, Object> decoded = decoded(Map.of("context", "{\"ticket\": 42}", "dependencies", " [\"a\", \"b\"] ",
                "title", "[not a list: a title]"));

        assertThat(decoded).containsEntry("context", Map.of("ticket", 42))
                .containsEntry("dependencies", List.of("a", "b"))
                .containsEntry("title", "[not a list: a title]");
    }

    @Test
    void givenStringsThatAreNotJsonOfTheKindWanted_whenDecoded_thenTheyAreLeftForTheCheckToRefuse() {
        Map<String, Object> raw = Map.of("context", "[1, 2]", "dependencies", "[unclosed");

        assertThat(decoded(raw)).isSameAs(raw);
        assertThat(INPUT.parse(decoded(Map.of("dependencies", "[\"a\"]"))).texts("dependencies"))
                .containsExactly("a");
        assertThat(decoded(null)).isNull();
    }
}
