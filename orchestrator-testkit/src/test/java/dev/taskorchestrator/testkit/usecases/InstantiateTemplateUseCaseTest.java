package dev.taskorchestrator.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.InstantiateTemplateUseCase;
import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.template.Template;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateId;
import dev.taskorchestrator.domain.template.TemplateMetadata;
import dev.taskorchestrator.domain.template.TemplateParameter;
import dev.taskorchestrator.domain.template.TemplateTask;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InstantiateTemplateUseCaseTest extends UseCaseTest {

    private static final TemplateId FEATURE = new TemplateId("feature");

    private void saveFeature(Optional<TemplateId> parent) {
        store.templates().save(new Template(FEATURE, TemplateCategory.USER,
                new TemplateMetadata("Feature {{area}}", "1.0.0", "A feature", "development", List.of(), parent),
                List.of(TemplateParameter.text("area", true)),
                List.of(TemplateTask.of("design", "Design {{area}}", ""),
                        TemplateTask.of("build", "Build {{area}}", "").dependingOn("design"))));
    }

    private PlanTaskUseCase.Result instantiate(TemplateId id, Map<String, Object> parameters, SessionId session) {
        return orchestrator.instantiateTemplate(new InstantiateTemplateUseCase.Command(id, parameters, Optional.empty(),
                Optional.ofNullable(session), Optional.empty(), AGENT));
    }

    @Test
    void givenATemplate_whenInstantiated_thenItsTasksAreCreatedUnderOneRootWithDependencies() {
        saveFeature(Optional.empty());
        SessionId session = session();

        PlanTaskUseCase.Result result = instantiate(FEATURE, Map.of("area", "parser"), session);

        Task root = task(result.rootId());
        assertThat(root.context()).containsEntry("template_id", "feature");
        assertThat(result.created()).extracting(Task::title).containsExactly(root.title(), "Design parser", "Build parser");
        assertThat(task(result.keys().get("build")).dependencies()).containsExactly(result.keys().get("design"));
        assertThat(result.created()).allSatisfy(t -> assertThat(t.sessionId()).contains(session));
    }

    @Test
    void givenATemplateThatExtendsAnother_whenInstantiated_thenTheParentsTasksComeToo() {
        store.templates().save(new Template(new TemplateId("base"), TemplateCategory.SHARED, TemplateMetadata.named("Base"),
                List.of(), List.of(TemplateTask.of("kickoff", "Kick off", ""))));
        saveFeature(Optional.of(new TemplateId("base")));

        PlanTaskUseCase.Result result = instantiate(FEATURE, Map.of("area", "lexer"), null);

        assertThat(result.keys()).containsKeys("kickoff", "design", "build");
    }

    @Test
    void givenMissingArgumentsOrAnUnknownTemplate_whenInstantiated_thenRefusedAndNoTaskIsCreated() {
        saveFeature(Optional.empty());

        assertRefused(ErrorCode.INVALID_ARGUMENT, "parameters.area", () -> instantiate(FEATURE, Map.of(), null));
        assertRefused(ErrorCode.NOT_FOUND, "template_id", () -> instantiate(new TemplateId("nope"), Map.of(), null));
    }

    @Test
    void givenAParentTemplateThatIsMissing_whenInstantiated_thenNotFoundNamingExtends() {
        saveFeature(Optional.of(new TemplateId("ghost")));

        assertRefused(ErrorCode.NOT_FOUND, "metadata.extends", () -> instantiate(FEATURE, Map.of("area", "x"), null));
    }

    @Test
    void givenTemplatesExtendingInACircle_whenInstantiated_thenTheCircleIsNamed() {
        saveFeature(Optional.of(new TemplateId("loop")));
        store.templates().save(new Template(new TemplateId("loop"), TemplateCategory.USER,
                new TemplateMetadata("Loop", "1", "", "x", List.of(), Optional.of(FEATURE)), List.of(),
                List.of(TemplateTask.of("l", "L", ""))));

        var error = assertRefused(ErrorCode.DEPENDENCY_CYCLE, "metadata.extends",
                () -> instantiate(FEATURE, Map.of("area", "x"), null));

        assertThat(error.getMessage()).endsWith("feature -> loop -> feature");
    }

    @Test
    void givenAnArgumentThatMakesATitleTooLong_whenInstantiated_thenTheFieldIsNamedAndNothingIsCreated() {
        saveFeature(Optional.empty());

        assertRefused(ErrorCode.INVALID_ARGUMENT, "title", () -> instantiate(FEATURE, Map.of("area", "x".repeat(300)), null));
    }
}
