package dev.taskorchestrator.persistence.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskorchestrator.application.port.out.TemplateCatalog;
import dev.taskorchestrator.application.port.out.TemplateCatalog.Source;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateId;
import dev.taskorchestrator.testkit.contract.TemplateCatalogContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTemplateCatalogTest extends TemplateCatalogContract {

    @TempDir
    Path home;

    @Override
    protected TemplateCatalog createCatalog() {
        return new FileTemplateCatalog(home.resolve("workspace/.task_orchestrator/templates"), home.resolve("shared"),
                new BundledTemplates(Map.of(BUILT_IN_ID, BUILT_IN_TEXT), Map.of(EXAMPLE_ID, EXAMPLE_TEXT)));
    }

    private Path userFolder() {
        return home.resolve("workspace/.task_orchestrator/templates");
    }

    @Test
    void givenAFileEditedByHand_whenReadNext_thenTheEditIsSeen() throws IOException {
        TemplateId id = new TemplateId("release");
        catalog.write(id, TemplateCategory.USER, HAND_WRITTEN, true);

        Files.writeString(userFolder().resolve("release.json5"), "// edited\n" + HAND_WRITTEN);

        assertThat(catalog.source(id, TemplateCategory.USER)).map(Source::text).contains("// edited\n" + HAND_WRITTEN);
        assertThat(catalog.source(id, TemplateCategory.USER).orElseThrow().location())
                .isEqualTo(userFolder().resolve("release.json5").toString());
    }

    @Test
    void givenFilesThatAreNoTemplates_whenListed_thenTheyAreLeftAlone() throws IOException {
        Files.createDirectories(userFolder());
        Files.writeString(userFolder().resolve("Notes.json5"), "{}");
        Files.writeString(userFolder().resolve("release.json5.bak"), "{}");
        Files.writeString(userFolder().resolve("README.md"), "# mine");
        Files.createDirectories(userFolder().resolve("nested.json5"));
        Files.writeString(userFolder().resolve("ok.json5"), "{}");

        assertThat(catalog.sources(Optional.of(TemplateCategory.USER))).extracting(source -> source.id().value())
                .containsExactly("ok");
    }

    @Test
    void givenAWrite_whenDone_thenNoPartialFileIsLeftBeside() throws IOException {
        catalog.write(new TemplateId("release"), TemplateCategory.SHARED, HAND_WRITTEN, true);
        catalog.write(new TemplateId("release"), TemplateCategory.SHARED, BUILT_IN_TEXT, true);

        try (var files = Files.list(home.resolve("shared"))) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("release.json5");
        }
    }

    @Test
    void givenFilesWritten_whenTheirPermissionsAreRead_thenANewOneIsLikeAnyNewFileAndAReplacedOneKeepsItsOwn()
            throws IOException {
        Path shared = home.resolve("shared");
        catalog.write(new TemplateId("fresh"), TemplateCategory.SHARED, HAND_WRITTEN, false);
        Path plain = Files.createFile(shared.resolve("plain.txt"));
        assertThat(Files.getPosixFilePermissions(shared.resolve("fresh.json5")))
                .isEqualTo(Files.getPosixFilePermissions(plain));

        Files.setPosixFilePermissions(shared.resolve("fresh.json5"), PosixFilePermissions.fromString("rw-rw----"));
        catalog.write(new TemplateId("fresh"), TemplateCategory.SHARED, BUILT_IN_TEXT, true);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared.resolve("fresh.json5"))))
                .isEqualTo("rw-rw----");
    }

    @Test
    void givenAHugeFile_whenRead_thenOnlyEnoughToTellItIsTooLargeIsRead() throws IOException {
        Files.createDirectories(userFolder());
        Files.writeString(userFolder().resolve("huge.json5"), "x".repeat(3_000_000));

        Source huge = catalog.source(new TemplateId("huge"), TemplateCategory.USER).orElseThrow();

        assertThat(huge.text()).hasSize(256 * 1024 + 1);
    }

    @Test
    void givenTheEnvironment_whenTheSharedFolderIsChosen_thenTheOverrideThenXdgThenHome() {
        assertThat(FileTemplateCatalog.sharedFolder(Map.of(FileTemplateCatalog.HOME_VARIABLE, "/team/templates",
                "XDG_CONFIG_HOME", "/cfg"))).isEqualTo(Path.of("/team/templates"));
        assertThat(FileTemplateCatalog.sharedFolder(Map.of("XDG_CONFIG_HOME", "/cfg")))
                .isEqualTo(Path.of("/cfg/task-orchestrator/templates"));
        assertThat(FileTemplateCatalog.sharedFolder(Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".config", "task-orchestrator", "templates"));
    }
}
