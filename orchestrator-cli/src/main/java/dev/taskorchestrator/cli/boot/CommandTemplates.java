package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.application.port.in.InstallTemplatesUseCase;
import dev.taskorchestrator.application.port.in.ShowTemplateUseCase;
import dev.taskorchestrator.application.port.in.TemplateListing;
import dev.taskorchestrator.application.port.in.ValidateTemplatesUseCase;
import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.domain.template.TemplateId;
import dev.taskorchestrator.persistence.templates.Json5TemplateSyntax;
import java.util.List;
import java.util.Optional;

/**
 * The template use cases of a command line, made on first use: the workspace they work in is known
 * only once the options are parsed, after the commands are built.
 */
final class CommandTemplates {

    private final LocalCore local;
    private Orchestrator.TemplateUseCases useCases;

    CommandTemplates(LocalCore local) {
        this.local = local;
    }

    Orchestrator.TemplateUseCases get() {
        if (useCases == null) {
            useCases = Orchestrator.templateUseCases(local.templateCatalog(), new Json5TemplateSyntax(),
                    RoleCatalog.builtIn());
        }
        return useCases;
    }

    /** Every id on offer, for completion: the built-in ones, and the workspace's and the person's. */
    List<String> ids() {
        return get().list().list(Optional.empty()).stream().map(TemplateListing::id).map(TemplateId::value)
                .distinct().toList();
    }

    ShowTemplateUseCase show() {
        return new ShowTemplateUseCase() {
            @Override
            public View show(TemplateId id, Optional<TemplateCategory> category) {
                return get().show().show(id, category);
            }

            @Override
            public View load(TemplateId id, Optional<TemplateCategory> category) {
                return get().show().load(id, category);
            }
        };
    }

    ValidateTemplatesUseCase validate() {
        return new ValidateTemplatesUseCase() {
            @Override
            public Validation validate(String content) {
                return get().validate().validate(content);
            }

            @Override
            public List<TemplateListing> validateAll(Optional<TemplateCategory> category) {
                return get().validate().validateAll(category);
            }
        };
    }

    InstallTemplatesUseCase install() {
        return new InstallTemplatesUseCase() {
            @Override
            public Report installExamples(Command command) {
                return get().install().installExamples(command);
            }

            @Override
            public Report installLibrary(String libraryCategory, boolean overwrite) {
                return get().install().installLibrary(libraryCategory, overwrite);
            }

            @Override
            public Status status() {
                return get().install().status();
            }
        };
    }
}
