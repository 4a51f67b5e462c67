package dev.taskorchestrator.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskorchestrator.application.port.out.TemplateCatalog;
import dev.taskorchestrator.application.port.out.TemplateCatalog.Source;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TemplateCatalog} must do. The catalog under test starts with exactly one
 * built-in document, {@link #BUILT_IN_ID} with {@link #BUILT_IN_TEXT}, one example,
 * {@link #EXAMPLE_ID} with {@link #EXAMPLE_TEXT}, and nothing in its writable categories.
 */
public abstract class TemplateCatalogContract {

    public static final TemplateId BUILT_IN_ID = new TemplateId("feature");
    public static final String BUILT_IN_TEXT = "{metadata: {name: 'Feature', version: '1'}, tasks: [{key: 'a', title: 'A'}]}";
    public static final TemplateId EXAMPLE_ID = new TemplateId("basic_example");
    public static final String EXAMPLE_TEXT = "{metadata: {name: 'Example', version: '1'}, tasks: [{key: 'b', title: 'B'}]}";

    /** A document as people write them: comments, trailing commas, text beyond ASCII, no final newline. */
    protected static final String HAND_WRITTEN = """
            // Release checklist, kept by hand
            {
              metadata: { name: 'Release', version: '1.0.0', }, /* the rest is optional */
              tasks: [ { key: 'ship', title: 'Ship it \u2014 carefully', }, ],
            }""";

    /** A catalog holding {@link #BUILT_IN_TEXT} as its only built-in document and {@link #EXAMPLE_TEXT} as its example. */
    protected abstract TemplateCatalog createCatalog();

    protected TemplateCatalog catalog;

    @BeforeEach
    void setUpCatalog() {
        catalog = createCatalog();
    }

    @Test
    void givenAHandWrittenDocument_whenWrittenAndRead_thenItIsKeptExactlyAsWritten() {
        TemplateId id = new TemplateId("release");

        Source written = catalog.write(id, TemplateCategory.USER, HAND_WRITTEN, true);

        assertThat(written.text()).isEqualTo(HAND_WRITTEN);
        assertThat(catalog.source(id, TemplateCategory.USER)).map(Source::text).contains(HAND_WRITTEN);
        assertThat(catalog.source(id, TemplateCategory.SHARED)).isEmpty();
        assertThat(catalog.source(id, TemplateCategory.USER).orElseThrow().location()).isEqualTo(written.location());
    }

    @Test
    void givenADocument_whenWrittenAgain_thenTheNewTextReplacesTheOld() {
        TemplateId id = new TemplateId("release");
        catalog.write(id, TemplateCategory.SHARED, HAND_WRITTEN, true);

        catalog.write(id, TemplateCategory.SHARED, BUILT_IN_TEXT, true);

        assertThat(catalog.source(id, TemplateCategory.SHARED)).map(Source::text).contains(BUILT_IN_TEXT);
        assertThat(catalog.sources(Optional.of(TemplateCategory.SHARED))).hasSize(1);
    }

    @Test
    void givenOneIdInEveryCategory_whenListed_thenEachCopyIsThereByIdThenPrecedence() {
        catalog.write(BUILT_IN_ID, TemplateCategory.SHARED, "shared", true);
        catalog.write(BUILT_IN_ID, TemplateCategory.USER, "user", true);
        catalog.write(new TemplateId("alpha"), TemplateCategory.SHARED, "alpha", true);
        catalog.write(new TemplateId("zulu"), TemplateCategory.USER, "zulu", true);

        assertThat(catalog.sources(Optional.empty())).extracting(source -> source.id().value() + "/"
                + source.category().wire()).containsExactly("alpha/shared", "feature/user", "feature/shared",
                "feature/builtin", "zulu/user");
        assertThat(catalog.sources(Optional.of(TemplateCategory.USER))).extracting(Source::text)
                .containsExactly("user", "zulu");
        assertThat(catalog.source(BUILT_IN_ID, TemplateCategory.BUILTIN)).map(Source::text).contains(BUILT_IN_TEXT);
    }

    @Test
    void givenADocument_whenWrittenAgainWithoutReplacing_thenConflictAndTheFirstIsKept() {
        TemplateId id = new TemplateId("release");
        catalog.write(id, TemplateCategory.USER, HAND_WRITTEN, false);

        assertThatThrownBy(() -> catalog.write(id, TemplateCategory.USER, BUILT_IN_TEXT, false))
                .isInstanceOfSatisfying(OrchestratorException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThat(catalog.source(id, TemplateCategory.USER)).map(Source::text).contains(HAND_WRITTEN);
        assertThat(catalog.sources(Optional.of(TemplateCategory.USER))).hasSize(1);
    }

    @Test
    void givenADocument_whenDeleted_thenItIsGoneAndASecondDeleteSaysSo() {
        TemplateId id = new TemplateId("gone");
        catalog.write(id, TemplateCategory.SHARED, HAND_WRITTEN, true);

        assertThat(catalog.delete(id, TemplateCategory.SHARED)).isTrue();
        assertThat(catalog.source(id, TemplateCategory.SHARED)).isEmpty();
        assertThat(catalog.delete(id, TemplateCategory.SHARED)).isFalse();
        assertThat(catalog.sources(Optional.empty())).extracting(Source::id).containsExactly(BUILT_IN_ID);
    }

    @Test
    void givenTheBuiltInCategory_whenWrittenToOrDeletedFrom_thenIllegalStateAndTheDocumentStays() {
        assertThatThrownBy(() -> catalog.write(new TemplateId("mine"), TemplateCategory.BUILTIN, HAND_WRITTEN, true))
                .isInstanceOfSatisfying(OrchestratorException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_STATE));
        assertThatThrownBy(() -> catalog.delete(BUILT_IN_ID, TemplateCategory.BUILTIN))
                .isInstanceOfSatisfying(OrchestratorException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_STATE));
        assertThat(catalog.sources(Optional.empty())).extracting(Source::text).containsExactly(BUILT_IN_TEXT);
    }

    @Test
    void givenTheCatalog_whenAskedForExamplesAndLocations_thenTheShippedExampleAndEveryCategoryAreThere() {
        assertThat(catalog.examples()).isEqualTo(Map.of(EXAMPLE_ID, EXAMPLE_TEXT));
        assertThat(catalog.locations().keySet()).containsExactlyInAnyOrderElementsOf(List.of(TemplateCategory.values()));
        assertThat(catalog.sources(Optional.empty())).extracting(Source::id).doesNotContain(EXAMPLE_ID);
    }
}
