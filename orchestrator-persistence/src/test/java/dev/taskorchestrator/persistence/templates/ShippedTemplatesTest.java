package dev.taskorchestrator.persistence.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.InstallTemplatesUseCase;
import dev.taskorchestrator.application.port.in.InstantiateTemplateUseCase;
import dev.taskorchestrator.application.port.in.TemplateListing;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.role.BuiltInRoles;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.template.Template;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateId;
import dev.taskorchestrator.testkit.memory.InMemoryStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every template the jar ships, library and examples, instantiated with the parameters it documents. */
class ShippedTemplatesTest {

    private static final Set<String> CATEGORIES = Set.of("development", "research", "creative", "business",
            "self_development");

    @TempDir
    Path home;

    private InMemoryStore store;
    private Orchestrator orchestrator;

    @BeforeEach
    void setUp() {
        store = new InMemoryStore();
        orchestrator = Orchestrator.create(store.orchestratorPorts(RoleCatalog.builtIn(),
                new FileTemplateCatalog(home.resolve("user"), home.resolve("shared"), BundledTemplates.shipped()),
                new Json5TemplateSyntax()));
    }

    static Stream<String> library() {
        return BundledTemplates.shipped().library().keySet().stream().map(TemplateId::value);
    }

    static Stream<String> examples() {
        return BundledTemplates.shipped().examples().keySet().stream().map(TemplateId::value);
    }

    @Test
    void givenTheLibrary_whenCounted_thenAtLeastTwelveTemplatesCoverEveryCategoryAndFiveExamplesShip() {
        List<TemplateListing> builtIn = orchestrator.templates().list().list(Optional.of(TemplateCategory.BUILTIN));

        assertThat(builtIn).hasSizeGreaterThanOrEqualTo(12).allSatisfy(listing -> assertThat(listing.valid()).isTrue());
        assertThat(builtIn.stream().map(listing -> listing.metadata().orElseThrow().category()))
                .containsAll(CATEGORIES);
        assertThat(BundledTemplates.shipped().examples().keySet()).extracting(TemplateId::value)
                .containsExactly("basic_project_setup", "code_review_process", "bug_investigation", "research_base",
                        "market_research");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("library")
    void givenALibraryTemplate_whenInstantiatedWithItsExampleParameters_thenItsPlanIsCreatedAndCanStart(String id) {
        assertInstantiates(new TemplateId(id));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void givenAnExample_whenInstalledAndInstantiatedWithItsExampleParameters_thenItsPlanIsCreated(String id) {
        var report = orchestrator.templates().install().installExamples(
                new InstallTemplatesUseCase.Command(TemplateCategory.SHARED, false));
        assertThat(report.failed()).isEmpty();

        assertInstantiates(new TemplateId(id));
    }

    @Test
    void givenEverythingInstalled_whenAllAreValidated_thenEachIsValid() {
        orchestrator.templates().install().installExamples(new InstallTemplatesUseCase.Command(TemplateCategory.SHARED,
                false));
        orchestrator.templates().install().installLibrary("all", false);

        List<TemplateListing> all = orchestrator.templates().validate().validateAll(Optional.empty());

        assertThat(all).hasSize(2 * BundledTemplates.shipped().library().size()
                + BundledTemplates.shipped().examples().size());
        assertThat(all).allSatisfy(listing -> assertThat(listing.problem()).as(listing.id().value()).isEmpty());
    }

    private void assertInstantiates(TemplateId id) {
        Template template = orchestrator.templates().show().show(id, Optional.empty()).resolved();
        Map<String, Object> example = template.metadata().exampleParameters();

        var instance = orchestrator.instantiateTemplate(new InstantiateTemplateUseCase.Command(id, Optional.empty(),
                example, true, Optional.empty(), Optional.empty(), Optional.empty(), Actor.agent("tester")));

        List<Task> created = instance.created().orElseThrow().created();
        int gatheringRoot = template.tasks().size() > 1 ? 1 : 0;
        assertThat(created).hasSizeGreaterThanOrEqualTo(5)
                .hasSize(template.allTasks().size() + gatheringRoot);
        assertThat(created).extracting(Task::specialistType).isSubsetOf(Stream.concat(
                BuiltInRoles.all().stream().map(role -> role.name()), Stream.of(BuiltInRoles.GENERIC)).toList());
        assertThat(instance.firstReady()).isPresent();
        assertThat(template.metadata().description()).isNotBlank();
    }
}
