package dev.taskorchestrator.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskorchestrator.domain.task.TaskType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommonChecksTest {

    @Test
    void givenAWireValue_whenParsed_thenCaseAndSpacesDoNotMatter() {
        assertThat(WireValues.parse(TaskType.class, " Research ", "task_type")).isEqualTo(TaskType.RESEARCH);
    }

    @Test
    void givenAMissingWireValue_whenParsed_thenTheErrorSaysItIsRequiredAndListsTheValues() {
        assertThatThrownBy(() -> WireValues.parse(TaskType.class, "", "task_type"))
                .isInstanceOfSatisfying(OrchestratorException.class, e -> {
                    assertThat(e.getMessage()).startsWith("task_type is required");
                    assertThat(e.allowed()).hasSize(TaskType.values().length).contains("breakdown", "custom");
                });
    }

    @Test
    void givenJsonLikeValues_whenFrozen_thenNumbersHaveOneRepresentationAndNothingCanChange() {
        Map<String, Object> frozen = JsonValues.object(Map.of("i", 3, "d", new BigDecimal("2.50"), "w", new BigDecimal("4"),
                "list", List.of(1, "x"), "map", Map.of("k", true)), "context");

        assertThat(frozen).containsEntry("i", 3L).containsEntry("d", 2.5).containsEntry("w", 4L)
                .containsEntry("list", List.of(1L, "x")).containsEntry("map", Map.of("k", true));
        assertThatThrownBy(() -> frozen.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void givenAValueThatIsNotJson_whenFrozen_thenTheErrorNamesTheNestedField() {
        assertThatThrownBy(() -> JsonValues.object(Map.of("outer", Map.of("inner", new Object())), "context"))
                .isInstanceOfSatisfying(OrchestratorException.class, e -> assertThat(e.field()).contains("context.outer.inner"));
    }

    @Test
    void givenANestedFieldError_whenPlacedUnderAPrefix_thenFieldAndMessageNameTheFullPath() {
        OrchestratorException original = OrchestratorException.invalid("title", "title must be 1-255 characters, got 0");

        OrchestratorException placed = original.underField("subtasks[2].");

        assertThat(placed.field()).contains("subtasks[2].title");
        assertThat(placed.getMessage()).isEqualTo("subtasks[2].title must be 1-255 characters, got 0");
        assertThat(placed.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void givenIds_whenChecked_thenOnlyThePrefixAndBodyShapeAreAccepted() {
        assertThat(Ids.check("task_", " task_abc123 ", "task_id")).isEqualTo("task_abc123");
        for (String bad : List.of("task_", "task_ABCDEF", "task_abc", "session_abcdef", "task_abc-def", "x".repeat(300))) {
            assertThatThrownBy(() -> Ids.check("task_", bad, "task_id")).as(bad)
                    .isInstanceOfSatisfying(OrchestratorException.class, e -> assertThat(e.field()).contains("task_id"));
        }
    }
}
