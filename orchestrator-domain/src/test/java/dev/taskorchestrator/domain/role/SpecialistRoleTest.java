package dev.taskorchestrator.domain.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.NewTask;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpecialistRoleTest {

    @Test
    void givenTheBuiltInRoles_whenListed_thenTheElevenOfTheDesignAreThere() {
        assertThat(BuiltInRoles.all()).extracting(SpecialistRole::name).containsExactly("architect", "implementer",
                "debugger", "documenter", "reviewer", "tester", "researcher", "analyst", "devops", "coordinator", "generic");
    }

    @Test
    void givenTheOlderRoleNames_whenResolved_thenTheyMapToCurrentRoles() {
        assertThat(BuiltInRoles.canonicalName("coder")).isEqualTo("implementer");
        assertThat(BuiltInRoles.canonicalName("tester")).isEqualTo("tester");
    }

    @Test
    void givenATask_whenARolePromptIsRendered_thenItCarriesThePersonaTheTaskItsContextAndWhatToHandBack() {
        Task task = Task.create(new TaskId("task_prompt1"), new NewTask(Optional.empty(), Optional.empty(), "Design the parser",
                "Recursive descent, no generator.", dev.taskorchestrator.domain.task.TaskType.STANDARD, "architect",
                dev.taskorchestrator.domain.task.Complexity.COMPLEX, dev.taskorchestrator.domain.task.Priority.HIGH,
                Optional.of("2h"), Optional.empty(), Map.of("language", "Java"), List.of(), false),
                Instant.parse("2026-01-05T09:00:00Z"));
        SpecialistRole architect = BuiltInRoles.find("architect").orElseThrow();
        Map<String, String> builtOn = new LinkedHashMap<>();
        builtOn.put("task_req1 Gather requirements", "Grammar has 12 rules");

        String prompt = architect.renderPrompt(task, builtOn);

        assertThat(prompt).startsWith("# " + architect.roleDefinition())
                .contains(architect.expertise().get(0), architect.approach().get(0))
                .contains("task_prompt1 - Design the parser", "Recursive descent, no generator.", "complexity: complex",
                        "priority: high", "Estimated effort: 2h", "language: Java", "Grammar has 12 rules",
                        architect.outputFormat(), "orchestrator_complete_task");
    }

    @Test
    void givenABadRoleName_whenARoleIsDefined_thenTheErrorNamesTheRule() {
        assertThatThrownBy(() -> new SpecialistRole("Bad Name", "x", List.of(), List.of(), "y"))
                .isInstanceOfSatisfying(OrchestratorException.class, e -> assertThat(e.field()).contains("name"));
    }
}
