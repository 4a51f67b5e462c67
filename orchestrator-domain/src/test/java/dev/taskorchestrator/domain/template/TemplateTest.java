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
        Template.Filled filled = feature().instantiate(Map.of("area", "parser"));

        TemplateTask root = filled.tasks().get(0);
        assertThat(root.title()).isEqualTo("Ship parser");
        assertThat(root.description()).isEqualTo("A basic feature in 3 days");
        assertThat(root.subtasks()).extracting(TemplateTask::title).containsExactly("Design parser", "Build parser");
        assertThat(root.subtasks().get(1).dependencies()).containsExactly("design");
        assertThat(filled.parametersUsed()).containsExactly(Map.entry("area", "parser"), Map.entry("days", 3L),
                Map.entry("level", "basic"));
    }

    @Test
    void givenArraysObjectsAndNumbers_whenFilled_thenTheyReadAsPlainText() {
        Template template = new Template(ID, TemplateCategory.USER, TemplateMetadata.named("Plan for {{goals}}"), List.of(
                new TemplateParameter("goals", ParameterType.ARRAY, "", true, Optional.empty(), Optional.empty(),
                        List.of(), Optional.of(1.0), Optional.of(3.0)),
                new TemplateParameter("owner", ParameterType.OBJECT, "", true, Optional.empty(), Optional.empty(),
                        List.of(), Optional.empty(), Optional.empty()),
                new TemplateParameter("budget", ParameterType.NUMBER, "", true, Optional.empty(), Optional.empty(),
                        List.of(), Optional.empty(), Optional.empty())),
                List.of(TemplateTask.of("a", "Reach {{goals}}", "For {{owner}} with {{budget}}")));

        Template.Filled filled = template.instantiate(Map.of("goals", List.of("speed", "safety"),
                "owner", Map.of("team", "core"), "budget", 2.0));

        assertThat(filled.name()).isEqualTo("Plan for speed, safety");
        assertThat(filled.tasks().get(0).description()).isEqualTo("For team: core with 2");
        assertThat(refusal(() -> template.instantiate(Map.of("goals", List.of(), "owner", Map.of(), "budget", 1)))
                .allowed()).containsExactly("1..3 items");
        assertThat(refusal(() -> template.instantiate(Map.of("goals", "speed", "owner", Map.of(), "budget", 1)))
                .allowed()).containsExactly("array");
    }

    @Test
    void givenAValueThatHoldsAPlaceholder_whenFilled_thenRefusedAsUnresolved() {
        Template open = new Template(ID, TemplateCategory.USER, TemplateMetadata.named("x"),
                List.of(TemplateParameter.text("area", true)), List.of(TemplateTask.of("a", "Do {{area}}", "")));

        OrchestratorException refused = refusal(() -> open.instantiate(Map.of("area", "{{area}}")));

        assertThat(refused.getMessage()).contains("{{area}} is left unresolved");
    }

    @Test
    void givenNumbers_whenChecked_thenEnumsMatchWholeNumbersAndNothingIsRoundedOrInfinite() {
        TemplateParameter level = new TemplateParameter("level", ParameterType.NUMBER, "", false, Optional.of(2L),
                Optional.empty(), List.of("1", "2", "2.5"), Optional.empty(), Optional.empty());
        TemplateParameter count = new TemplateParameter("count", ParameterType.INTEGER, "", true, Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty());

        assertThat(level.defaultValue()).contains(2.0);
        assertThat(level.accept(2)).isEqualTo(2.0);
        assertThat(level.accept(2.5)).isEqualTo(2.5);
        assertThat(refusal(() -> level.accept(3)).allowed()).containsExactly("1", "2", "2.5");
        assertThat(refusal(() -> level.accept(Double.NaN)).allowed()).containsExactly("number");
        assertThat(refusal(() -> count.accept(1e20)).allowed()).containsExactly("integer");
        assertThat(refusal(() -> count.accept(java.math.BigInteger.TWO.pow(64).add(java.math.BigInteger.ONE)))
                .allowed()).containsExactly("integer");
        assertThat(count.accept(java.math.BigInteger.valueOf(7))).isEqualTo(7L);
        Template big = new Template(ID, TemplateCategory.USER, TemplateMetadata.named("x"), List.of(
                new TemplateParameter("n", ParameterType.NUMBER, "", true, Optional.empty(), Optional.empty(), List.of(),
                        Optional.empty(), Optional.empty())), List.of(TemplateTask.of("a", "Count {{n}}", "")));
        assertThat(big.instantiate(Map.of("n", 1e20)).tasks().get(0).title()).isEqualTo("Count 100000000000000000000");
    }

    @Test
    void givenANullArgument_whenInstantiated_thenItIsAbsentAndTheDefaultApplies() {
        Map<String, Object> withNull = new java.util.HashMap<>(Map.of("area", "parser"));
        withNull.put("level", null);

        assertThat(feature().instantiate(withNull).parametersUsed()).containsEntry("level", "basic");
    }

    @Test
    void givenTasksThatCannotBeOrdered_whenTheTemplateIsMade_thenTheCircleOrTheNestingIsNamed() {
        OrchestratorException circle = refusal(() -> new Template(ID, TemplateCategory.USER, TemplateMetadata.named("x"),
                List.of(), List.of(TemplateTask.of("a", "A", "").dependingOn("c"), TemplateTask.of("b", "B", "")
                        .dependingOn("a"), TemplateTask.of("c", "C", "").dependingOn("b"))));
        OrchestratorException nested = refusal(() -> new Template(ID, TemplateCategory.USER,
                TemplateMetadata.named("x"), List.of(), List.of(TemplateTask.of("parent", "P", "")
                        .withSubtasks(TemplateTask.of("child", "C", "").dependingOn("parent")))));

        assertThat(circle.code()).isEqualTo(ErrorCode.DEPENDENCY_CYCLE);
        assertThat(circle.getMessage()).endsWith("a -> c -> b -> a");
        assertThat(nested.field()).contains("tasks.child.dependencies");
    }

    @Test
    void givenAThousandTopTasks_whenTheTemplateIsMade_thenTheRootTheyNeedIsCountedAndRefused() {
        List<TemplateTask> thousand = java.util.stream.IntStream.range(0, 1_000)
                .mapToObj(i -> TemplateTask.of("t" + i, "T" + i, "")).toList();

        assertThat(refusal(() -> new Template(ID, TemplateCategory.USER, TemplateMetadata.named("x"), List.of(),
                thousand)).getMessage()).contains("plans 1001");
        assertThat(new Template(ID, TemplateCategory.USER, TemplateMetadata.named("x"), List.of(),
                List.of(TemplateTask.of("root", "Root", "").withSubtasks(thousand.subList(1, 1_000)
                        .toArray(TemplateTask[]::new)))).allTasks()).hasSize(1_000);
    }

    @Test
    void givenAnOverlongText_whenGiven_thenRefusedWhateverTheRules() {
        String huge = "x".repeat(TemplateParameter.TEXT_MAX + 1);

        assertThat(refusal(() -> TemplateParameter.text("area", true).accept(huge)).allowed())
                .containsExactly("at most " + TemplateParameter.TEXT_MAX + " characters");
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
                new TemplateMetadata("Child", "1", "", "x", List.of(), Optional.of(parent.id()), Map.of()),
                List.of(TemplateParameter.text("area", false)),
                List.of(TemplateTask.of("review", "Review {{area}} closely", "").dependingOn("plan")));

        Template merged = child.extending(parent);

        assertThat(merged.parameters()).extracting(TemplateParameter::name).containsExactly("area", "owner");
        assertThat(merged.parameters().get(0).required()).isFalse();
        assertThat(merged.tasks()).extracting(TemplateTask::title).containsExactly("Plan {{area}}", "Review {{area}} closely");
        assertThat(merged.metadata().extendsId()).isEmpty();
        assertThat(merged.instantiate(Map.of("area", "ui")).tasks().get(1).title()).isEqualTo("Review ui closely");
        assertThat(child.resolved(id -> Optional.of(parent))).isEqualTo(merged);
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
    void givenAChainOfParents_whenResolved_thenAMissingParentACircleAndMoreThanEightLevelsAreRefused() {
        Map<TemplateId, Template> chain = new java.util.HashMap<>();
        for (int level = 0; level <= 9; level++) {
            Optional<TemplateId> parent = level == 9 ? Optional.empty() : Optional.of(new TemplateId("t" + (level + 1)));
            chain.put(new TemplateId("t" + level), new Template(new TemplateId("t" + level), TemplateCategory.USER,
                    new TemplateMetadata("T" + level, "1", "", null, List.of(), parent, Map.of()), List.of(),
                    List.of(TemplateTask.of("k" + level, "Task " + level, ""))));
        }
        java.util.function.Function<TemplateId, Optional<Template>> find = id -> Optional.ofNullable(chain.get(id));

        assertThat(chain.get(new TemplateId("t1")).resolved(find).tasks()).hasSize(9);
        assertThat(refusal(() -> chain.get(new TemplateId("t0")).resolved(find)).allowed())
                .containsExactly("at most 8 levels");
        chain.remove(new TemplateId("t9"));
        assertThat(refusal(() -> chain.get(new TemplateId("t5")).resolved(find)).code()).isEqualTo(ErrorCode.NOT_FOUND);
        chain.put(new TemplateId("t9"), new Template(new TemplateId("t9"), TemplateCategory.USER,
                new TemplateMetadata("T9", "1", "", null, List.of(), Optional.of(new TemplateId("t7")), Map.of()),
                List.of(), List.of(TemplateTask.of("k9", "Task 9", ""))));
        assertThat(refusal(() -> chain.get(new TemplateId("t7")).resolved(find)).getMessage())
                .endsWith("t7 -> t8 -> t9 -> t7");
    }

    @Test
    void givenBadTemplateIds_whenMade_thenEachIsRefusedSayingWhatIsAllowed() {
        for (String bad : List.of("../etc", "Feature", "-lead", "a/b", "a.json5", "", "x".repeat(65))) {
            assertThatThrownBy(() -> new TemplateId(bad)).as(bad)
                    .isInstanceOfSatisfying(OrchestratorException.class, e -> {
                        assertThat(e.field()).contains("template_id");
                        assertThat(e.allowed()).containsExactly(TemplateId.FORMAT);
                    });
        }
        assertThat(new TemplateId("0-release_notes").value()).isEqualTo("0-release_notes");
    }
}
