package dev.taskorchestrator.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskorchestrator.application.port.out.TemplateCatalog;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.template.Template;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateId;
import dev.taskorchestrator.domain.template.TemplateMetadata;
import dev.taskorchestrator.domain.template.TemplateParameter;
import dev.taskorchestrator.domain.template.TemplateTask;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TemplateCatalog} must do. The catalog under test starts with exactly one
 * built-in template, {@link #BUILT_IN_ID}, as made by {@link #builtIn()}.
 */
public abstract class TemplateCatalogContract {

    public static final TemplateId BUILT_IN_ID = new TemplateId("feature");

    /** A catalog holding {@link #builtIn()} as its only built-in template and nothing else. */
    protected abstract TemplateCatalog createCatalog();

    protected TemplateCatalog catalog;

    public static Template builtIn() {
        return template(BUILT_IN_ID, TemplateCategory.BUILTIN, "Feature");
    }

    protected static Template template(TemplateId id, TemplateCategory category, String name) {
        return new Template(id, category, TemplateMetadata.named(name), List.of(TemplateParameter.text("area", true)),
                List.of(TemplateTask.of("design", "Design {{area}}", ""),
                        TemplateTask.of("build", "Build {{area}}", "").dependingOn("design")));
    }

    @BeforeEach
    void setUpCatalog() {
        catalog = createCatalog();
    }

    /** A template using every part of the model: typed and bounded parameters, nested tasks, a parent. */
    protected static Template rich(TemplateId id, TemplateCategory category) {
        return new Template(id, category, new TemplateMetadata("Release {{version}}", "2.1.0", "Ship a release",
                "development", List.of("release", "ops"), Optional.of(BUILT_IN_ID)),
                List.of(new TemplateParameter("version", dev.taskorchestrator.domain.template.ParameterType.STRING,
                                "semantic version", true, Optional.empty(), Optional.of("[0-9]+\\.[0-9]+\\.[0-9]+"),
                                List.of(), Optional.of(5.0), Optional.of(20.0)),
                        new TemplateParameter("days", dev.taskorchestrator.domain.template.ParameterType.INTEGER, "", false,
                                Optional.of(3L), Optional.empty(), List.of(), Optional.of(1.0), Optional.of(30.0)),
                        new TemplateParameter("channel", dev.taskorchestrator.domain.template.ParameterType.STRING, "",
                                false, Optional.of("stable"), Optional.empty(), List.of("stable", "beta"), Optional.empty(),
                                Optional.empty())),
                List.of(new TemplateTask("ship", "Ship {{version}}", "in {{days}} days to {{channel}}",
                        Optional.of(dev.taskorchestrator.domain.task.TaskType.DEPLOYMENT), Optional.of("devops"),
                        Optional.of(dev.taskorchestrator.domain.task.Complexity.COMPLEX),
                        Optional.of(dev.taskorchestrator.domain.task.Priority.HIGH), Optional.of("{{days}}d"), List.of(),
                        List.of(TemplateTask.of("notes", "Write notes", ""),
                                TemplateTask.of("tag", "Tag {{version}}", "").dependingOn("notes")))));
    }

    @Test
    void givenATemplateUsingEveryPartOfTheModel_whenSavedAndFound_thenItReadsBackEqual() {
        Template saved = rich(new TemplateId("release-full"), TemplateCategory.SHARED);

        catalog.save(saved);

        assertThat(catalog.find(saved.id())).contains(saved);
    }

    @Test
    void givenASavedTemplate_whenFound_thenItReadsBackEqual() {
        Template saved = template(new TemplateId("release"), TemplateCategory.USER, "Release");

        catalog.save(saved);

        assertThat(catalog.find(saved.id())).contains(saved);
    }

    @Test
    void givenOneIdInSeveralCategories_whenFound_thenUserWinsOverSharedOverBuiltIn() {
        Template shared = template(BUILT_IN_ID, TemplateCategory.SHARED, "Shared feature");
        Template user = template(BUILT_IN_ID, TemplateCategory.USER, "User feature");

        assertThat(catalog.find(BUILT_IN_ID)).contains(builtIn());
        catalog.save(shared);
        assertThat(catalog.find(BUILT_IN_ID)).contains(shared);
        catalog.save(user);
        assertThat(catalog.find(BUILT_IN_ID)).contains(user);
    }

    @Test
    void givenTemplatesInCategories_whenListed_thenByIdAndFilteredByCategoryWhenAsked() {
        Template alpha = template(new TemplateId("alpha"), TemplateCategory.SHARED, "Alpha");
        Template zulu = template(new TemplateId("zulu"), TemplateCategory.USER, "Zulu");
        catalog.save(zulu);
        catalog.save(alpha);

        assertThat(catalog.list(Optional.empty())).extracting(Template::id)
                .containsExactly(alpha.id(), BUILT_IN_ID, zulu.id());
        assertThat(catalog.list(Optional.of(TemplateCategory.USER))).containsExactly(zulu);
    }

    @Test
    void givenATemplate_whenDeleted_thenItIsGoneAndASecondDeleteSaysSo() {
        Template saved = template(new TemplateId("gone"), TemplateCategory.SHARED, "Gone");
        catalog.save(saved);

        assertThat(catalog.delete(saved.id(), TemplateCategory.SHARED)).isTrue();
        assertThat(catalog.find(saved.id())).isEmpty();
        assertThat(catalog.delete(saved.id(), TemplateCategory.SHARED)).isFalse();
    }

    @Test
    void givenTheBuiltInCategory_whenWrittenTo_thenIllegalStateAndTheTemplateStays() {
        assertThatThrownBy(() -> catalog.save(template(new TemplateId("mine"), TemplateCategory.BUILTIN, "Mine")))
                .isInstanceOfSatisfying(OrchestratorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_STATE));
        assertThatThrownBy(() -> catalog.delete(BUILT_IN_ID, TemplateCategory.BUILTIN))
                .isInstanceOfSatisfying(OrchestratorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_STATE));
        assertThat(catalog.find(BUILT_IN_ID)).contains(builtIn());
    }
}
