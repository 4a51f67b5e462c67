package dev.taskorchestrator.persistence.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.taskorchestrator.application.port.in.DeleteTemplateUseCase;
import dev.taskorchestrator.application.port.in.InstallTemplatesUseCase;
import dev.taskorchestrator.application.port.in.InstantiateTemplateUseCase;
import dev.taskorchestrator.application.port.in.SaveTemplateUseCase;
import dev.taskorchestrator.application.port.in.ShowTemplateUseCase;
import dev.taskorchestrator.application.port.in.TemplateListing;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.application.port.out.TemplateCatalog.Source;
import dev.taskorchestrator.application.port.out.TemplateCatalog;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.application.service.OrchestratorPorts;
import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.task.Task;
import dev.taskorchestrator.domain.task.TaskStatus;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateId;
import dev.taskorchestrator.testkit.memory.InMemoryStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template use cases on files and a JSON5 reader, over an in-memory task store. */
class TemplateUseCasesTest {

    private static final Actor AGENT = Actor.agent("tester");
    private static final TemplateId FEATURE = new TemplateId("feature");
    private static final String FEATURE_TEXT = """
            // A feature, in three steps
            {
              metadata: { name: 'Feature {{area}}', version: '1.0.0', category: 'development', },
              parameters: {
                area: { type: 'string', pattern: '[a-z]+', max_length: 20, },
                days: { type: 'integer', min_value: 1, max_value: 30, default: 3, },
              },
              tasks: [
                { key: 'root', title: 'Ship {{area}}', subtasks: [
                  { key: 'design', title: 'Design {{area}}', specialist_type: 'architect', },
                  { key: 'build', title: 'Build {{area}} in {{days}} days', dependencies: ['design'], },
                  { key: 'test', title: 'Test {{area}}', specialist_type: 'tester', dependencies: ['build'], },
                ], },
              ],
            }
            """;

    @TempDir
    Path home;

    private InMemoryStore store;
    private Orchestrator orchestrator;
    private Orchestrator.TemplateUseCases templates;
    private FileTemplateCatalog catalog;

    @BeforeEach
    void setUp() {
        store = new InMemoryStore();
        catalog = new FileTemplateCatalog(home.resolve("user"), home.resolve("shared"), new BundledTemplates(
                Map.of(new TemplateId("base"), """
                        {metadata: {name: 'Base', version: '2', category: 'research'},
                         tasks: [{key: 'kickoff', title: 'Kick off'}]}"""),
                Map.of(new TemplateId("example"), "{metadata: {name: 'Example', version: '1'}, tasks: [{key: 'e', title: 'E'}]}")));
        orchestrator = Orchestrator.create(store.orchestratorPorts(RoleCatalog.builtIn(), catalog,
                new Json5TemplateSyntax()));
        templates = orchestrator.templates();
    }

    private SaveTemplateUseCase.Saved save(TemplateId id, String text, TemplateCategory category) {
        return templates.save().save(new SaveTemplateUseCase.Command(id, text, category, false));
    }

    private InstantiateTemplateUseCase.Instance instantiate(TemplateId id, Map<String, Object> parameters,
            boolean create) {
        return orchestrator.instantiateTemplate(new InstantiateTemplateUseCase.Command(id, Optional.empty(), parameters,
                create, Optional.empty(), Optional.empty(), Optional.empty(), AGENT));
    }

    private long taskCount() {
        return store.ports().tasks().countByStatus(Optional.empty()).values().stream().mapToLong(Long::longValue).sum();
    }

    private static OrchestratorException refusal(Runnable call) {
        return catchThrowableOfType(OrchestratorException.class, call::run);
    }

    @Test
    void givenAHandWrittenTemplate_whenSavedAndInstantiated_thenThePlanIsStoredWithKeysAndAFirstReadyTask() {
        SaveTemplateUseCase.Saved saved = save(FEATURE, FEATURE_TEXT, TemplateCategory.USER);

        InstantiateTemplateUseCase.Instance instance = instantiate(FEATURE, Map.of("area", "parser"), true);

        assertThat(saved.replaced()).isFalse();
        assertThat(catalog.source(FEATURE, TemplateCategory.USER).orElseThrow().text()).isEqualTo(FEATURE_TEXT);
        var created = instance.created().orElseThrow();
        assertThat(created.created()).extracting(Task::title)
                .containsExactly("Ship parser", "Design parser", "Build parser in 3 days", "Test parser");
        assertThat(created.keys()).containsOnlyKeys("root", "design", "build", "test");
        assertThat(store.ports().tasks().findById(created.keys().get("test")).orElseThrow().dependencies())
                .containsExactly(created.keys().get("build"));
        assertThat(instance.firstReady().map(Task::id)).contains(created.keys().get("design"));
        assertThat(instance.parametersUsed()).containsEntry("days", 3L);
        assertThat(store.ports().tasks().findById(created.rootId()).orElseThrow().data().context())
                .containsEntry("template_id", "feature");
        assertThat(taskCount()).isEqualTo(4);
    }

    @Test
    void givenCreateTasksFalse_whenInstantiated_thenTheFilledPlanIsShownAndNothingIsCreated() {
        save(FEATURE, FEATURE_TEXT, TemplateCategory.USER);

        InstantiateTemplateUseCase.Instance preview = instantiate(FEATURE, Map.of("area", "lexer", "days", 5), false);

        assertThat(preview.preview()).isTrue();
        assertThat(preview.plan().title()).isEqualTo("Ship lexer");
        assertThat(preview.plan().subtasks().get(1).title()).isEqualTo("Build lexer in 5 days");
        assertThat(taskCount()).isZero();
    }

    @Test
    void givenBadParameters_whenInstantiated_thenEachIsNamedAndNothingIsCreated() {
        save(FEATURE, FEATURE_TEXT, TemplateCategory.USER);

        assertThat(refusal(() -> instantiate(FEATURE, Map.of(), true)).field()).contains("parameters.area");
        assertThat(refusal(() -> instantiate(FEATURE, Map.of("area", "Parser"), true)).getMessage())
                .contains("does not match [a-z]+");
        assertThat(refusal(() -> instantiate(FEATURE, Map.of("area", "x", "days", 31), true)).allowed())
                .containsExactly("1..30");
        assertThat(refusal(() -> instantiate(FEATURE, Map.of("area", "x", "colour", "red"), true)).allowed())
                .containsExactly("area", "days");
        assertThat(refusal(() -> instantiate(new TemplateId("nope"), Map.of(), true)).code())
                .isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(taskCount()).isZero();
    }

    @Test
    void givenAStoreThatFailsOnTheThirdTask_whenInstantiated_thenTheTwoStoredBeforeAreRolledBack() {
        save(FEATURE, FEATURE_TEXT, TemplateCategory.USER);
        OrchestratorPorts real = store.orchestratorPorts(RoleCatalog.builtIn(), catalog, new Json5TemplateSyntax());
        AtomicInteger added = new AtomicInteger();
        TaskRepository failingThirdAdd = (TaskRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TaskRepository.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("add") && added.incrementAndGet() == 3) {
                        throw new OrchestratorException(ErrorCode.INTERNAL, "the disk is full");
                    }
                    try {
                        return method.invoke(real.tasks(), arguments);
                    } catch (InvocationTargetException failure) {
                        throw failure.getCause();
                    }
                });
        Orchestrator failing = Orchestrator.create(new OrchestratorPorts(failingThirdAdd, real.sessions(),
                real.artifacts(), real.events(), real.roles(), real.templates(), real.templateSyntax(),
                real.lifecycle(), real.unitOfWork(), real.ids(), real.clock(), real.storeHealth()));

        OrchestratorException refused = refusal(() -> failing.instantiateTemplate(new InstantiateTemplateUseCase.Command(
                FEATURE, Optional.empty(), Map.of("area", "parser"), true, Optional.empty(), Optional.empty(),
                Optional.empty(), AGENT)));

        assertThat(refused.getMessage()).isEqualTo("the disk is full");
        assertThat(added).hasValueGreaterThanOrEqualTo(3);
        assertThat(taskCount()).isZero();
    }

    @Test
    void givenAnUnknownRoleDeepInThePlan_whenSavedOrFoundInAFile_thenRefusedNamingItAsAPlanWouldBe() throws Exception {
        String broken = """
                {metadata: {name: 'Broken', version: '1'},
                 tasks: [{key: 'a', title: 'A'}, {key: 'b', title: 'B'}, {key: 'c', title: 'C', specialist_type: 'astronaut'}]}
                """;

        OrchestratorException refused = refusal(() -> save(new TemplateId("broken"), broken, TemplateCategory.USER));
        Files.createDirectories(home.resolve("user"));
        Files.writeString(home.resolve("user/broken.json5"), broken);

        assertThat(refused.field()).contains("tasks.c.specialist_type");
        assertThat(refusal(() -> instantiate(new TemplateId("broken"), Map.of(), false)).getMessage())
                .contains("astronaut");
        assertThat(templates.validate().validateAll(Optional.of(TemplateCategory.USER))).singleElement()
                .satisfies(listing -> assertThat(listing.problem().orElseThrow()).contains("astronaut"));
        assertThat(taskCount()).isZero();
    }

    @Test
    void givenAFileThatCannotBeRead_whenListedOrLoaded_thenItIsReportedAndTheOthersStillWork() {
        save(FEATURE, FEATURE_TEXT, TemplateCategory.USER);
        TemplateId locked = new TemplateId("locked");
        TemplateCatalog withALockedFile = (TemplateCatalog) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TemplateCatalog.class}, (proxy, method, arguments) -> {
                    Source unreadable = Source.unreadable(locked, TemplateCategory.SHARED, "shared/locked.json5",
                            "permission denied");
                    if (method.getName().equals("sources")) {
                        List<Source> all = new java.util.ArrayList<>(catalog.sources(Optional.empty()));
                        all.add(unreadable);
                        return all;
                    }
                    if (method.getName().equals("source") && arguments[0].equals(locked)) {
                        return arguments[1] == TemplateCategory.SHARED ? Optional.of(unreadable) : Optional.empty();
                    }
                    try {
                        return method.invoke(catalog, arguments);
                    } catch (InvocationTargetException failure) {
                        throw failure.getCause();
                    }
                });
        Orchestrator.TemplateUseCases onIt = Orchestrator.templateUseCases(withALockedFile, new Json5TemplateSyntax(),
                RoleCatalog.builtIn());

        assertThat(onIt.list().list(Optional.empty())).filteredOn(listing -> !listing.valid()).singleElement()
                .satisfies(listing -> assertThat(listing.problem().orElseThrow())
                        .isEqualTo("shared/locked.json5 cannot be read: permission denied"));
        assertThat(onIt.show().load(locked, Optional.empty()).written()).isEmpty();
        assertThat(refusal(() -> onIt.show().show(locked, Optional.empty())).field()).contains("template_id");
        assertThat(onIt.show().show(FEATURE, Optional.empty()).template().metadata().name()).isEqualTo("Feature {{area}}");
    }

    @Test
    void givenAValueThatMakesATitleTooLong_whenInstantiated_thenTheTaskIsNamed() {
        save(new TemplateId("long"), """
                {metadata: {name: 'Long', version: '1'}, parameters: {what: {}},
                 tasks: [{key: 'only', title: 'Do {{what}}'}]}
                """, TemplateCategory.USER);

        assertThat(refusal(() -> instantiate(new TemplateId("long"), Map.of("what", "x".repeat(300)), true)).field())
                .contains("tasks.only.title");
        assertThat(taskCount()).isZero();
    }

    @Test
    void givenATemplateExtendingABuiltIn_whenInstantiated_thenTheParentsTasksComeFirstUnderOneRoot() {
        save(FEATURE, """
                {metadata: {name: 'Feature', version: '1', extends: 'base'},
                 tasks: [{key: 'build', title: 'Build', dependencies: ['kickoff']}]}
                """, TemplateCategory.SHARED);

        InstantiateTemplateUseCase.Instance instance = instantiate(FEATURE, Map.of(), true);

        assertThat(instance.created().orElseThrow().created()).extracting(Task::title)
                .containsExactly("Feature", "Kick off", "Build");
        assertThat(instance.firstReady().map(Task::title)).contains("Kick off");
    }

    @Test
    void givenTemplatesThatExtendEachOther_whenSaved_thenTheCircleIsRefusedAndNothingIsWritten() {
        save(new TemplateId("loop"), "{metadata: {name: 'L', version: '1'}, tasks: [{key: 'l', title: 'L'}]}",
                TemplateCategory.USER);
        save(FEATURE, "{metadata: {name: 'F', version: '1', extends: 'loop'}, tasks: [{key: 'f', title: 'F'}]}",
                TemplateCategory.USER);

        OrchestratorException refused = refusal(() -> templates.save().save(new SaveTemplateUseCase.Command(
                new TemplateId("loop"), "{metadata: {name: 'L', version: '2', extends: 'feature'}, tasks: []}",
                TemplateCategory.USER, true)));

        assertThat(refused.field()).contains("tasks");
        OrchestratorException circle = refusal(() -> templates.save().save(new SaveTemplateUseCase.Command(
                new TemplateId("loop"), "{metadata: {name: 'L', version: '2', extends: 'feature'}, "
                        + "tasks: [{key: 'l', title: 'L'}]}", TemplateCategory.USER, true)));
        assertThat(circle.code()).isEqualTo(ErrorCode.DEPENDENCY_CYCLE);
        assertThat(circle.getMessage()).endsWith("loop -> feature -> loop");
        assertThat(catalog.source(new TemplateId("loop"), TemplateCategory.USER).orElseThrow().text()).contains("'1'");
    }

    @Test
    void givenAnExistingTemplate_whenSavedWithoutOverwrite_thenRefusedAndKept() {
        save(FEATURE, FEATURE_TEXT, TemplateCategory.USER);

        OrchestratorException refused = refusal(() -> save(FEATURE, "{metadata: {name: 'x', version: '1'}, "
                + "tasks: [{key: 'a', title: 'A'}]}", TemplateCategory.USER));

        assertThat(refused.field()).contains("overwrite");
        assertThat(templates.save().save(new SaveTemplateUseCase.Command(FEATURE, FEATURE_TEXT, TemplateCategory.USER,
                true)).replaced()).isTrue();
    }

    @Test
    void givenAnOversizeOrMalformedDocument_whenSavedOrValidated_thenRefusedWithWhereAndNothingIsWritten() {
        String oversize = "{metadata: {name: 'x', version: '1'}, tasks: [{key: 'a', title: 'A'}]}//"
                + "x".repeat(256 * 1024);

        assertThat(refusal(() -> save(FEATURE, oversize, TemplateCategory.USER)).getMessage()).contains("256 KB");
        assertThat(templates.validate().validate("{metadata: {name: 'x',\n version 1}}").problem().orElseThrow())
                .contains("line 2, column");
        assertThat(catalog.sources(Optional.of(TemplateCategory.USER))).isEmpty();
    }

    @Test
    void givenOneIdInSeveralPlaces_whenListed_thenTheCopyInForceAndTheShadowedOnesAreSaid() {
        save(new TemplateId("base"), "{metadata: {name: 'My base', version: '3'}, tasks: [{key: 'k', title: 'K'}]}",
                TemplateCategory.SHARED);

        List<TemplateListing> listings = templates.list().list(Optional.empty());

        assertThat(listings).extracting(listing -> listing.id() + "/" + listing.category().wire() + "/"
                + listing.shadowedBy().map(TemplateCategory::wire).orElse("in force"))
                .containsExactly("base/shared/in force", "base/builtin/shared");
        assertThat(templates.show().show(new TemplateId("base"), Optional.empty()).template().metadata().name())
                .isEqualTo("My base");
        assertThat(templates.show().show(new TemplateId("base"), Optional.of(TemplateCategory.BUILTIN)).template()
                .metadata().name()).isEqualTo("Base");
    }

    @Test
    void givenAFileBrokenByHand_whenListedAndValidated_thenItIsReportedAndTheOthersStillWork() throws Exception {
        save(FEATURE, FEATURE_TEXT, TemplateCategory.USER);
        Files.writeString(home.resolve("user/broken.json5"), "{ metadata: { name: 'x' ");

        List<TemplateListing> all = templates.validate().validateAll(Optional.empty());

        assertThat(all).filteredOn(listing -> !listing.valid()).extracting(listing -> listing.id().value())
                .containsExactly("broken");
        assertThat(all.stream().filter(listing -> !listing.valid()).findFirst().orElseThrow().problem().orElseThrow())
                .contains("broken.json5").contains("line 1");
        ShowTemplateUseCase.View broken = templates.show().load(new TemplateId("broken"), Optional.empty());
        assertThat(broken.text()).isEqualTo("{ metadata: { name: 'x' ");
        assertThat(broken.listing().problem()).isPresent();
        assertThat(instantiate(FEATURE, Map.of("area", "x"), false).plan().title()).isEqualTo("Ship x");
    }

    @Test
    void givenTemplates_whenDeleted_thenBuiltInsAreRefusedAndTheCopyUnderneathComesBack() {
        save(new TemplateId("base"), "{metadata: {name: 'Mine', version: '1'}, tasks: [{key: 'k', title: 'K'}]}",
                TemplateCategory.USER);
        save(FEATURE, "{metadata: {name: 'F', version: '1', extends: 'base'}, tasks: [{key: 'f', title: 'F'}]}",
                TemplateCategory.USER);

        DeleteTemplateUseCase.Deleted deleted = templates.delete().delete(new TemplateId("base"), TemplateCategory.USER);

        assertThat(deleted.nowInForce().map(TemplateListing::category)).contains(TemplateCategory.BUILTIN);
        assertThat(deleted.extendedBy()).extracting(TemplateListing::id).containsExactly(FEATURE);
        assertThat(refusal(() -> templates.delete().delete(new TemplateId("base"), TemplateCategory.BUILTIN)).code())
                .isEqualTo(ErrorCode.ILLEGAL_STATE);
        assertThat(refusal(() -> templates.delete().delete(new TemplateId("base"), TemplateCategory.SHARED))
                .getMessage()).contains("built in and has no shared copy");
        assertThat(refusal(() -> templates.delete().delete(FEATURE, TemplateCategory.SHARED)).code())
                .isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void givenTheShippedDocuments_whenInstalled_thenCopiesAreWrittenOnceAndTheStatusSaysWhere() throws Exception {
        var command = new InstallTemplatesUseCase.Command(TemplateCategory.SHARED, false);

        InstallTemplatesUseCase.Report first = templates.install().installExamples(command);
        InstallTemplatesUseCase.Report again = templates.install().installExamples(command);
        InstallTemplatesUseCase.Report library = templates.install().installLibrary("research", false);
        InstallTemplatesUseCase.Report none = templates.install().installLibrary("business", false);
        Files.writeString(home.resolve("shared/base.json5"), "// mine now\n"
                + catalog.source(new TemplateId("base"), TemplateCategory.SHARED).orElseThrow().text());

        assertThat(first.installed()).extracting(TemplateId::value).containsExactly("example");
        assertThat(again.skipped()).extracting(TemplateId::value).containsExactly("example");
        assertThat(library.installed()).extracting(TemplateId::value).containsExactly("base");
        assertThat(library.target()).isEqualTo(TemplateCategory.SHARED);
        assertThat(none.installed()).isEmpty();
        assertThat(refusal(() -> templates.install().installLibrary("cooking", false)).allowed())
                .containsExactlyElementsOf(InstallTemplatesUseCase.LIBRARY_CATEGORIES);
        InstallTemplatesUseCase.Status status = templates.install().status();
        assertThat(status.library()).singleElement().satisfies(base -> {
            assertThat(base.installedIn()).containsExactly(TemplateCategory.SHARED);
            assertThat(base.modified()).containsExactly(TemplateCategory.SHARED);
        });
        assertThat(status.examples()).singleElement().satisfies(example ->
                assertThat(example.installedIn()).containsExactly(TemplateCategory.SHARED));
        assertThat(status.places()).extracting(InstallTemplatesUseCase.Place::templates).containsExactly(0, 2, 1);
        assertThat(taskCount()).isZero();
        assertThat(store.ports().tasks().countByStatus(Optional.empty())).doesNotContainKey(TaskStatus.PENDING);
    }
}
