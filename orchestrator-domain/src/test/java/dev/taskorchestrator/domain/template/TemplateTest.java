package dev.taskorchestrator.domain.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemplateTest {

    private static final TemplateId ID = new TemplateId("feature");

    private static TemplateParameter parameter(String name, ParameterType type, boolean required, Object fallback,
            String pattern, List<String> allowed, Double min, Double max) {
        return new TemplateParameter(name, type, "", required, Optional.ofNullable(fallback), Optional.ofNullable(pattern),
                allowed, Optional.ofNullable(min), Optional.ofNullable(max));
    }

    private static Template feature() {
        return new Template(ID, TemplateCategory.USER, TemplateMetadata.named("Feature"), List.of(
                parameter("area", ParameterType.STRING, true, null, "[a-z]+", List.of(), 2.0, 20.0),
                parameter("days", ParameterType.INTEGER, false, 3, null, List.of(), 1.0, 30.0),
                parameter("level", ParameterType.STRING, false, "basic", null, List.of("basic", "full"), null, null)),
                List.of(TemplateTask.of("root", "Ship {{area}}", "A {{level}} feature in {{ days }} days")
                        .withSubtasks(TemplateTask.of("design", "Design {{area}}", ""),
                                TemplateTask.of("build", "Build {{area}}", "").dependingOn("design"))));
    }

    private static OrchestratorException refusal(Runnable call) {
        return org.assertj.core.api.Assertions.catchThrowableOfType(OrchestratorException.class, call::run);
    }

    @Test
    void givenValidArguments_whenInstantiated_thenEveryPlaceholderIsFilledAndDefaultsApply() {
        List<TemplateTask> tasks = feature().instantiate(Map.of("area", "parser"));

        TemplateTask root = tasks.get(0);
        assertThat(root.title()).isEqualTo("Ship parser");
        assertThat(root.description()).isEqualTo("A basic feature in 3 days");
        assertThat(root.subtasks()).extracting(TemplateTask::title).containsExactly("Design parser", "Build parser");
        assertThat(root.subtasks().get(1).dependencies()).containsExactly("design");
    }

    @Test
    void givenBadArguments_whenInstantiated_thenEachIsRefusedNamingItsParameter() {
        Template template = feature();

        assertThat(refusal(() -> template.instantiate(Map.of())).field()).contains("parameters.area");
        assertThat(refusal(() -> template.instantiate(Map.of("area", "parser", "colour", "red"))).allowed())
                .containsExactly("area", "days", "level");
        assertThat(refusal(() -> template.instantiate(Map.of("area", "Parser!"))).getMessage()).contains("does not match");
        assertThat(refusal(() -> template.instantiate(Map.of("area", "p"))).allowed()).containsExactly("2..20 characters");
        assertThat(refusal(() -> template.instantiate(Map.of("area", "parser", "days", 2.5))).allowed())
                .containsExactly("integer");
        assertThat(refusal(() -> template.instantiate(Map.of("area", "parser", "days", 99))).field())
                .contains("parameters.days");
        assertThat(refusal(() -> template.instantiate(Map.of("area", "parser", "level", "max"))).allowed())
                .containsExactly("basic", "full");
    }

    @Test
    void givenAPlaceholderWithoutItsParameter_whenTheTemplateIsMade_thenRefusedNamingTheTask() {
        assertThatThrownBy(() -> new Template(ID, TemplateCategory.USER, TemplateMetadata.named("x"), List.of(),
                List.of(TemplateTask.of("a", "Do {{thing}}", ""))))
                .isInstanceOfSatisfying(OrchestratorException.class, e -> {
                    assertThat(e.field()).contains("tasks.a");
                    assertThat(e.getMessage()).contains("{{thing}}");
                });
    }

    @Test
    void givenADependencyOnAnUnknownKeyOrADuplicateKey_whenTheTemplateIsMade_thenRefused() {
        assertThatThrownBy(() -> new Template(ID, TemplateCategory.USER, TemplateMetadata.named("x"), List.of(),
                List.of(TemplateTask.of("a", "A", "").dependingOn("b"))))
                .isInstanceOfSatisfying(OrchestratorException.class, e -> assertThat(e.field()).contains("tasks.a.dependencies"));
        assertThatThrownBy(() -> new Template(ID, TemplateCategory.USER, TemplateMetadata.named("x"), List.of(),
                List.of(TemplateTask.of("a", "A", "").withSubtasks(TemplateTask.of("a", "Again", "")))))
                .isInstanceOfSatisfying(OrchestratorException.class, e -> assertThat(e.getMessage()).contains("used twice"));
    }

    @Test
    void givenADefaultThatBreaksItsOwnRules_whenTheParameterIsMade_thenRefused() {
        assertThatThrownBy(() -> parameter("level", ParameterType.STRING, false, "max", null, List.of("basic"), null, null))
                .isInstanceOfSatisfying(OrchestratorException.class, e -> assertThat(e.field()).contains("parameters.level"));
    }

    @Test
    void givenAChildTemplate_whenItExtendsAParent_thenParametersAndTasksMergeWithTheChildWinning() {
        Template parent = new Template(new TemplateId("base"), TemplateCategory.BUILTIN, TemplateMetadata.named("Base"),
                List.of(TemplateParameter.text("area", true), TemplateParameter.text("owner", false)),
                List.of(TemplateTask.of("plan", "Plan {{area}}", ""), TemplateTask.of("review", "Review", "")));
        Template child = new Template(ID, TemplateCategory.USER,
                new TemplateMetadata("Child", "1", "", "x", List.of(), Optional.of(parent.id())),
                List.of(TemplateParameter.text("area", false)),
                List.of(TemplateTask.of("review", "Review {{area}} closely", "").dependingOn("plan")));

        Template merged = child.extending(parent);

        assertThat(merged.parameters()).extracting(TemplateParameter::name).containsExactly("area", "owner");
        assertThat(merged.parameters().get(0).required()).isFalse();
        assertThat(merged.tasks()).extracting(TemplateTask::title).containsExactly("Plan {{area}}", "Review {{area}} closely");
        assertThat(merged.metadata().extendsId()).isEmpty();
        assertThat(merged.instantiate(Map.of("area", "ui")).get(1).title()).isEqualTo("Review ui closely");
        assertThatThrownBy(() -> child.instantiate(Map.of("area", "ui")))
                .isInstanceOfSatisfying(OrchestratorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_STATE));
    }

    @Test
    void givenTemplatesThatExtendEachOther_whenTheChainIsChecked_thenTheCircleIsNamed() {
        assertThatThrownBy(() -> Template.requireNoExtendsCycle(List.of(new TemplateId("a"), new TemplateId("b"),
                new TemplateId("a"))))
                .isInstanceOfSatisfying(OrchestratorException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DEPENDENCY_CYCLE);
                    assertThat(e.getMessage()).endsWith("a -> b -> a");
                });
    }

    @Test
    void givenABadTemplateId_whenMade_thenTheErrorSaysWhatIsAllowed() {
        assertThatThrownBy(() -> new TemplateId("../etc"))
                .isInstanceOfSatisfying(OrchestratorException.class, e -> assertThat(e.field()).contains("template_id"));
    }
}
