package dev.taskorchestrator.wire.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.Priority;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    private static final ToolInput INPUT = new ToolInput(List.of(
            Param.text("title", 10, "t").asRequired(),
            Param.integer("limit", 1, 50, "l"),
            Param.flag("full", "f"),
            Param.oneOf("priority", List.of("low", "high"), "p"),
            Param.anyOf("status", List.of("pending", "completed"), "s"),
            Param.text("due_date", 40, "d"),
            Param.objects("subtasks", "subtask", 3, "st")),
            Map.of("subtask", List.of(Param.text("title", 10, "t").asRequired(),
                    Param.objects("subtasks", "subtask", 3, "st"))));

    private static OrchestratorException refused(Map<String, Object> arguments) {
        OrchestratorException error = catchThrowableOfType(OrchestratorException.class, () -> INPUT.parse(arguments));
        assertThat(error).as("refused").isNotNull();
        assertThat(error.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        return error;
    }

    @Test
    void givenTheParameters_whenTheSchemaIsBuilt_thenRequiredNoOthersAndEveryEnumAreSpelledOut() {
        Map<String, Object> schema = INPUT.jsonSchema();

        assertThat(schema).containsEntry("type", "object").containsEntry("additionalProperties", false)
                .containsEntry("required", List.of("title"));
        assertThat(schema.get("properties").toString()).contains("enum=[low, high]", "maxLength=10", "minimum=1",
                "maximum=50", "$ref=#/$defs/subtask");
        assertThat(schema.get("$defs").toString()).contains("subtask", "additionalProperties=false");
    }

    @Test
    void givenValidArguments_whenParsed_thenTheGettersConvert() {
        Arguments arguments = INPUT.parse(Map.of("title", "Ship", "limit", 20, "full", true, "priority", " HIGH ",
                "status", "pending", "due_date", "2026-12-01"));

        assertThat(arguments.requiredText("title")).isEqualTo("Ship");
        assertThat(arguments.integer("limit", 50)).isEqualTo(20);
        assertThat(arguments.flag("full", false)).isTrue();
        assertThat(arguments.choice("priority", Priority.class)).contains(Priority.HIGH);
        assertThat(arguments.texts("status")).containsExactly("pending");
        assertThat(arguments.instant("due_date")).contains(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(arguments.integer("absent", 7)).isEqualTo(7);
    }

    @Test
    void givenAMissingRequiredField_whenParsed_thenTheErrorNamesIt() {
        assertThat(refused(Map.of("limit", 5)).field()).contains("title");
    }

    @Test
    void givenAnUnknownParameter_whenParsed_thenTheErrorNamesItAndListsTheKnownOnes() {
        OrchestratorException error = refused(Map.of("title", "x", "titel", "y"));

        assertThat(error.field()).contains("titel");
        assertThat(error.allowed()).contains("title", "limit", "subtasks");
    }

    @Test
    void givenWrongTypes_whenParsed_thenEachErrorNamesTheFieldAndWhatItMustBe() {
        assertThat(refused(Map.of("title", 5)).allowed()).containsExactly("a string");
        assertThat(refused(Map.of("title", "x", "limit", "ten")).allowed()).containsExactly("integer 1-50");
        assertThat(refused(Map.of("title", "x", "limit", 2.5)).field()).contains("limit");
        assertThat(refused(Map.of("title", "x", "full", "yes")).allowed()).containsExactly("true or false");
    }

    @Test
    void givenValuesOutOfBounds_whenParsed_thenRefusedWithTheBound() {
        assertThat(refused(Map.of("title", "x".repeat(11))).getMessage()).contains("the most is 10");
        assertThat(refused(Map.of("title", "x", "limit", 51)).getMessage()).contains("out of range 1-50");
        assertThat(refused(Map.of("title", "x", "priority", "urgent")).allowed()).containsExactly("low", "high");
        assertThat(refused(Map.of("title", "x", "status", List.of("pending", "done"))).field()).contains("status");
    }

    @Test
    void givenSomethingThatIsNotADate_whenReadAsOne_thenTheErrorNamesTheFieldAndTheFormsAccepted() {
        Arguments arguments = INPUT.parse(Map.of("title", "x", "due_date", "tomorrow"));

        OrchestratorException error = catchThrowableOfType(OrchestratorException.class, () -> arguments.instant("due_date"));

        assertThat(error.field()).contains("due_date");
        assertThat(error.allowed()).isEqualTo(Dates.FORMS);
    }

    @Test
    void givenANestedFault_whenParsed_thenTheErrorGivesItsPath() {
        Map<String, Object> deep = Map.of("title", "x", "subtasks", List.of(Map.of("title", "a"),
                Map.of("title", "b", "subtasks", List.of(Map.of("title", "x".repeat(11))))));

        assertThat(refused(deep).field()).contains("subtasks[1].subtasks[0].title");
        assertThat(refused(Map.of("title", "x", "subtasks", List.of(Map.of()))).field()).contains("subtasks[0].title");
        assertThat(refused(Map.of("title", "x", "subtasks", List.of(Map.of("title", "a", "key", "k")))).field())
                .contains("subtasks[0].key");
    }

    @Test
    void givenNestedObjects_whenRead_thenEachCarriesItsPath() {
        Arguments arguments = INPUT.parse(Map.of("title", "x", "subtasks", List.of(Map.of("title", "a"),
                Map.of("title", "b"))));

        assertThat(arguments.objects("subtasks")).extracting(a -> a.field("title"))
                .containsExactly("subtasks[0].title", "subtasks[1].title");
    }
}
