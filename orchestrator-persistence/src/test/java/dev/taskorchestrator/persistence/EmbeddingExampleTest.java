package dev.taskorchestrator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.in.PlanTaskUseCase;
import dev.taskorchestrator.application.port.in.PlannedTask;
import dev.taskorchestrator.application.port.out.ArtifactStore;
import dev.taskorchestrator.application.port.out.EventLog;
import dev.taskorchestrator.application.port.out.LifecycleStore;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.port.out.SessionRepository;
import dev.taskorchestrator.application.port.out.StoreHealth;
import dev.taskorchestrator.application.port.out.TaskRepository;
import dev.taskorchestrator.application.port.out.TemplateCatalog;
import dev.taskorchestrator.application.port.out.UnitOfWork;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.application.service.OrchestratorPorts;
import dev.taskorchestrator.domain.common.Actor;
import dev.taskorchestrator.persistence.ids.TimeOrderedIdGenerator;
import dev.taskorchestrator.persistence.templates.FileTemplateCatalog;
import dev.taskorchestrator.persistence.templates.Json5TemplateSyntax;
import dev.taskorchestrator.testkit.memory.InMemoryStore;
import dev.taskorchestrator.testkit.memory.InMemoryTemplateCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding section, held to code that compiles and runs: the example of ports of
 * one's own below, and the example program in {@code examples/embedded} (a Maven project of its
 * own that CI builds against the installed artifacts). The README quotes the lines between the
 * {@code // README:} markers word for word, and its Maven snippet is the example's.
 */
class EmbeddingExampleTest {

    private static final Path SOURCE = Path.of("src", "test", "java", "dev", "taskorchestrator", "persistence",
            "EmbeddingExampleTest.java");
    private static final Path README = Path.of("..", "README.md");
    private static final Path EXAMPLE = Path.of("..", "examples", "embedded");

    @TempDir
    Path workspace;

    static PlanTaskUseCase.Result withYourOwnPorts(TaskRepository tasks, SessionRepository sessions,
            ArtifactStore artifacts, EventLog events, TemplateCatalog templates, LifecycleStore lifecycle,
            UnitOfWork unitOfWork, StoreHealth storeHealth) {
        // README: ports
        Orchestrator orchestrator = Orchestrator.create(new OrchestratorPorts(
                tasks, sessions, artifacts, events, RoleCatalog.builtIn(), templates, new Json5TemplateSyntax(),
                lifecycle, unitOfWork, TimeOrderedIdGenerator.systemDefault(), Clock.systemUTC(), storeHealth));

        var plan = orchestrator.planTask(PlanTaskUseCase.Command.of(
                PlannedTask.titled("Ship the parser").withSubtasks(List.of(
                        PlannedTask.titled("Write the grammar").withKey("grammar"),
                        PlannedTask.titled("Build it").withKey("build").withDependencies(List.of("grammar")))),
                Actor.operator("my-app")));
        // README: end
        return plan;
    }

    static int onADatabase(Path workspace) {
        try (OrchestratorDatabase database = OrchestratorDatabase.open(DatabaseSettings.forWorkspace(workspace))) {
            Orchestrator orchestrator = Orchestrator.create(database.orchestratorPorts(RoleCatalog.builtIn(),
                    FileTemplateCatalog.forWorkspace(workspace, System.getenv()), Clock.systemUTC()));
            var plan = orchestrator.planTask(PlanTaskUseCase.Command.of(PlannedTask.titled("Ship v1"),
                    Actor.operator("my-app")));
            return plan.created().size();
        }
    }

    @Test
    void givenTheInMemoryPorts_whenTheFirstExampleRuns_thenItPlansThreeTasksWithTheirDependency() {
        InMemoryStore store = new InMemoryStore();
        var ports = store.ports();
        OrchestratorPorts given = store.orchestratorPorts(RoleCatalog.builtIn());

        var plan = withYourOwnPorts(ports.tasks(), ports.sessions(), ports.artifacts(), ports.events(),
                given.templates(), ports.lifecycle(), ports.unitOfWork(), given.storeHealth());

        assertThat(plan.created()).hasSize(3);
        assertThat(ports.tasks().findById(plan.keys().get("build")).orElseThrow().dependencies())
                .containsExactly(plan.keys().get("grammar"));
    }

    @Test
    void givenAWorkspace_whenTheDatabaseExampleRuns_thenItStoresThePlanInTheWorkspacesFile() {
        assertThat(onADatabase(workspace)).isEqualTo(1);
        assertThat(workspace.resolve(".task_orchestrator").resolve("orchestrator.db")).exists();
    }

    @Test
    void givenTheReadme_whenItsJavaExamplesAreRead_thenEachIsTheExamplesCodeWordForWord() throws Exception {
        List<String> blocks = new ArrayList<>(quoted(Files.readAllLines(SOURCE)));
        blocks.addAll(quoted(Files.readAllLines(EXAMPLE.resolve("src/main/java/com/example/tasks/EmbeddedExample.java"))));
        blocks.addAll(quoted(Files.readAllLines(EXAMPLE.resolve(
                "src/test/java/com/example/tasks/MapSessionRepositoryTest.java"))));

        assertThat(blocks).hasSize(3);
        assertThat(fenced(Files.readAllLines(README), "java")).as("the README's java blocks, in order").isEqualTo(blocks);
    }

    @Test
    void givenTheReadme_whenItsMavenSnippetIsRead_thenTheExampleBuildsWithThoseVeryLines() throws Exception {
        String pom = Files.readString(EXAMPLE.resolve("pom.xml"));
        List<String> snippets = fenced(Files.readAllLines(README), "xml");

        assertThat(snippets).hasSize(1);
        assertThat(pom.lines().map(String::strip).toList())
                .containsSubsequence(snippets.get(0).lines().map(String::strip).toList());
    }

    /** The README's fenced blocks in {@code language}, each without its fences. */
    private static List<String> fenced(List<String> lines, String language) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : lines) {
            if (block == null && line.strip().equals("```" + language)) {
                block = new StringBuilder();
            } else if (block != null && line.strip().equals("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }

    /** The lines between each pair of markers, without the indentation they share. */
    private static List<String> quoted(List<String> lines) {
        List<String> blocks = new ArrayList<>();
        List<String> block = null;
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.equals("// README: end")) {
                int indent = block.stream().filter(text -> !text.isBlank())
                        .mapToInt(text -> text.length() - text.stripLeading().length()).min().orElse(0);
                StringBuilder text = new StringBuilder();
                block.forEach(kept -> text.append(kept.isBlank() ? "" : kept.substring(indent)).append('\n'));
                blocks.add(text.toString());
                block = null;
            } else if (trimmed.startsWith("// README: ")) {
                block = new ArrayList<>();
            } else if (block != null) {
                block.add(line);
            }
        }
        return blocks;
    }
}
