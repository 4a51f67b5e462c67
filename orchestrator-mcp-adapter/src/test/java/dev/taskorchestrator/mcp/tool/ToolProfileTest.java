package dev.taskorchestrator.mcp.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.testkit.memory.InMemoryStore;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToolProfileTest {

    private static final List<String> OFFERED = OrchestratorTools.names(new InMemoryStore().orchestrator().roles());

    @Test
    void givenCore_whenParsed_thenOnlyTheDailyLoopIsOfferedAndEveryCoreToolExists() {
        ToolProfile core = ToolProfile.parse(" Core ", "tools", OFFERED);

        assertThat(OFFERED).containsAll(ToolProfile.CORE_TOOLS);
        assertThat(OFFERED.stream().filter(core::offers)).containsExactlyInAnyOrderElementsOf(ToolProfile.CORE_TOOLS);
        assertThat(core.offers("template_list")).isFalse();
    }

    @Test
    void givenAllOrNothing_whenParsed_thenEveryToolIsOffered() {
        for (String spec : List.of("all", "ALL", "  ")) {
            ToolProfile profile = ToolProfile.parse(spec, "tools", OFFERED);
            assertThat(OFFERED).allMatch(profile::offers);
        }
    }

    @Test
    void givenCoreAndNames_whenParsed_thenTheNamesAreAddedToTheCore() {
        ToolProfile profile = ToolProfile.parse("core, template_instantiate,orchestrator_delete_task", "tools", OFFERED);

        assertThat(OFFERED.stream().filter(profile::offers)).hasSize(ToolProfile.CORE_TOOLS.size() + 2)
                .contains("template_instantiate", "orchestrator_delete_task");
    }

    @Test
    void givenAnUnknownName_whenParsed_thenTheErrorNamesTheFieldTheValueAndEveryAllowedOne() {
        OrchestratorException refused = catchThrowableOfType(
                () -> ToolProfile.parse("core,orchestrator_fly", "ORCHESTRATOR_TOOLS", OFFERED),
                OrchestratorException.class);

        assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refused.field()).contains("ORCHESTRATOR_TOOLS");
        assertThat(refused.getMessage()).contains("orchestrator_fly");
        assertThat(refused.allowed()).contains("all", "core", "orchestrator_plan_task", "template_list");
    }
}
