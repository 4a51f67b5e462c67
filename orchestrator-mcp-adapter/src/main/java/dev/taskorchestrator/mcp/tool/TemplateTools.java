package dev.taskorchestrator.mcp.tool;

import static dev.taskorchestrator.mcp.wire.Shapes.ARRAY;
import static dev.taskorchestrator.mcp.wire.Shapes.BOOLEAN;
import static dev.taskorchestrator.mcp.wire.Shapes.INTEGER;
import static dev.taskorchestrator.mcp.wire.Shapes.OBJECT;
import static dev.taskorchestrator.mcp.wire.Shapes.STRING;

import dev.taskorchestrator.application.port.in.DeleteTemplateUseCase;
import dev.taskorchestrator.application.port.in.InstallTemplatesUseCase;
import dev.taskorchestrator.application.port.in.InstantiateTemplateUseCase;
import dev.taskorchestrator.application.port.in.SaveTemplateUseCase;
import dev.taskorchestrator.application.service.Orchestrator;
import dev.taskorchestrator.domain.template.TemplateCategory;
import dev.taskorchestrator.mcp.tool.ToolDescriptor.Hints;
import dev.taskorchestrator.mcp.wire.Shapes;
import dev.taskorchestrator.wire.TemplateDocuments;
import dev.taskorchestrator.wire.TemplateTexts;
import dev.taskorchestrator.wire.input.Arguments;
import dev.taskorchestrator.wire.input.Param;
import dev.taskorchestrator.wire.input.Params;
import dev.taskorchestrator.wire.input.ToolInput;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The twelve template tools, under the original system's names and parameters so that prompts
 * written for it still work. Each is a few lines of translation onto a template use case; they
 * live together because they share their parameters and most of their hints.
 */
final class TemplateTools {

    private TemplateTools() {
    }

    static List<OrchestratorTool> all(Supplier<Orchestrator> orchestrator) {
        return List.of(new Create(orchestrator), new ListTemplates(orchestrator), new Load(orchestrator),
                new Instantiate(orchestrator), new Validate(orchestrator), new Delete(orchestrator, "template_delete"),
                new Info(orchestrator), new InstallExamples(orchestrator), new InstallLibrary(orchestrator),
                new Status(orchestrator), new ValidateAll(orchestrator), new Delete(orchestrator, "template_uninstall"));
    }

    static final class Create extends UseCaseTool {

        @Override
        public boolean actsOnStoreOnly() {
            return false;
        }

        Create(Supplier<Orchestrator> orchestrator) {
            super(new ToolDescriptor("template_create", "Save a template",
                    "Checks a JSON5 template as template_validate does and saves it as written, as "
                            + "<template_id>.json5 in this workspace (user) or your shared folder. A copy overrides a "
                            + "built-in template of the same id.",
                    ToolInput.of(TemplateParams.TEMPLATE_ID, TemplateParams.CONTENT, TemplateParams.writable("user"),
                            TemplateParams.OVERWRITE),
                    Shapes.reply("status", STRING, "template_id", STRING, "location", STRING), Hints.CREATES), orchestrator);
        }

        @Override
        public ToolReply call(Arguments arguments, Caller caller) {
            var saved = orchestrator().templates().save().save(new SaveTemplateUseCase.Command(
                    TemplateParams.id(arguments), arguments.requiredText("template_content"),
                    TemplateParams.writableCategory(arguments, SaveTemplateUseCase.Command.DEFAULT_CATEGORY),
                    arguments.flag("overwrite", false)));
            return ToolReply.of(TemplateDocuments.saved(saved))
                    .next("Fill it in and create its tasks: template_instantiate with template_id "
                            + saved.listing().id())
                    .text(TemplateTexts.saved(saved));
        }
    }

    static final class ListTemplates extends UseCaseTool {
        ListTemplates(Supplier<Orchestrator> orchestrator) {
            super(new ToolDescriptor("template_list", "List templates",
                    "Lists the templates: built in, this workspace's (user), your shared ones. For an id in several "
                            + "places, user wins over shared over builtin; shadowed copies say so. Invalid files "
                            + "show their fault.",
                    ToolInput.of(TemplateParams.ANY_CATEGORY,
                            Param.flag("include_metadata", "Add each one's metadata and file. Default: false.")),
                    Shapes.reply("templates", ARRAY, "total_count", INTEGER), Hints.READ_ONLY), orchestrator);
        }

        @Override
        public ToolReply call(Arguments arguments, Caller caller) {
            Optional<TemplateCategory> category = TemplateParams.category(arguments);
            var listings = orchestrator().templates().list().list(category);
            return ToolReply.of(TemplateDocuments.listed(listings, category, arguments.flag("include_metadata", false)))
                    .next("See a template's parameters: template_info")
                    .next("Create its tasks: template_instantiate")
                    .text(TemplateTexts.listed(listings));
        }
    }

    static final class Load extends UseCaseTool {
        Load(Supplier<Orchestrator> orchestrator) {
            super(new ToolDescriptor("template_load", "Read a template",
                    "Returns a template's document (the copy in force, or the one of category) and where it is.",
                    ToolInput.of(TemplateParams.TEMPLATE_ID, TemplateParams.ANY_CATEGORY),
                    Shapes.reply("template_id", STRING, "category", STRING, "template", OBJECT, "info", OBJECT),
                    Hints.READ_ONLY), orchestrator);
        }

        @Override
        public ToolReply call(Arguments arguments, Caller caller) {
            var view = orchestrator().templates().show().load(TemplateParams.id(arguments),
                    TemplateParams.category(arguments));
            return ToolReply.of(TemplateDocuments.loaded(view))
                    .next("Change it: template_create with overwrite true")
                    .text(TemplateTexts.loaded(view));
        }
    }

    static final class Instantiate extends UseCaseTool {
        Instantiate(Supplier<Orchestrator> orchestrator) {
            super(new ToolDescriptor("template_instantiate", "Create tasks from a template",
                    "Checks the parameters, fills the {{placeholders}} and stores the plan in one transaction, as "
                            + "orchestrator_plan_task would. Returns each key's task id and the first task to start. "
                            + "create_tasks false: a preview, nothing created.",
                    ToolInput.of(TemplateParams.TEMPLATE_ID,
                            Param.object("parameters", "Values by parameter name; see template_info.").asRequired(),
                            Param.flag("create_tasks", "false: preview only, nothing created. Default: true."),
                            Param.text("parent_task_id", Params.ID_MAX, "Attach the plan under this task."),
                            Params.WORKSPACE_SESSION_ID),
                    Shapes.reply("template_id", STRING, "tasks_created", INTEGER, "parameters_used", OBJECT,
                            "task_id?", STRING, "keys?", OBJECT, "first_ready_task?", OBJECT, "plan?", OBJECT),
                    Hints.CREATES), orchestrator);
        }

        @Override
        public ToolReply call(Arguments arguments, Caller caller) {
            var instance = orchestrator().instantiateTemplate(new InstantiateTemplateUseCase.Command(
                    TemplateParams.id(arguments), Optional.empty(), arguments.object("parameters").orElse(Map.of()),
                    arguments.flag("create_tasks", InstantiateTemplateUseCase.Command.DEFAULT_CREATE_TASKS),
                    arguments.taskId("parent_task_id"), arguments.sessionId("session_id"),
                    Optional.of(caller.workspace()), caller.actor()));
            ToolReply.Builder reply = ToolReply.of(TemplateDocuments.instantiated(instance));
            if (instance.preview()) {
                reply.next("Create it: template_instantiate with create_tasks true");
            } else {
                instance.firstReady().ifPresent(task -> reply.next("Start: orchestrator_execute_task with task_id "
                        + task.id()));
                reply.next("Or take ready tasks in turn: orchestrator_next_task with claim true");
            }
            return reply.text(TemplateTexts.instantiated(instance));
        }
    }

    static final class Validate extends UseCaseTool {
        Validate(Supplier<Orchestrator> orchestrator) {
            super(new ToolDescriptor("template_validate", "Check a template",
                    "Checks JSON5 template content without saving it: syntax (faults give line and column), fields, "
                            + "parameter rules, placeholders, dependency keys, extends chain, size limits.",
                    ToolInput.of(TemplateParams.CONTENT),
                    Shapes.reply("valid", BOOLEAN, "errors?", ARRAY, "template_info?", OBJECT), Hints.READ_ONLY),
                    orchestrator);
        }

        @Override
        public ToolReply call(Arguments arguments, Caller caller) {
            var validation = orchestrator().templates().validate().validate(arguments.requiredText("template_content"));
            return ToolReply.of(TemplateDocuments.validated(validation))
                    .next(validation.valid() ? "Save it: template_create" : "Fix the fault and validate again")
                    .text(TemplateTexts.validated(validation));
        }
    }

    static final class Delete extends UseCaseTool {

        @Override
        public boolean actsOnStoreOnly() {
            return false;
        }

        Delete(Supplier<Orchestrator> orchestrator, String name) {
            super(new ToolDescriptor(name, "Delete a template",
                    "Deletes a template file from this workspace (user) or your shared folder; built-in ones "
                            + "cannot be. Says which copy of the id applies now.",
                    ToolInput.of(TemplateParams.TEMPLATE_ID, TemplateParams.writable("user")),
                    Shapes.reply("status", STRING, "template_id", STRING, "location", STRING), Hints.DESTROYS), orchestrator);
        }

        @Override
        public ToolReply call(Arguments arguments, Caller caller) {
            var deleted = orchestrator().templates().delete().delete(TemplateParams.id(arguments),
                    TemplateParams.writableCategory(arguments, DeleteTemplateUseCase.DEFAULT_CATEGORY));
            return ToolReply.of(TemplateDocuments.deleted(deleted))
                    .next("See what is left: template_list")
                    .text(TemplateTexts.deleted(deleted));
        }
    }

    static final class Info extends UseCaseTool {
        Info(Supplier<Orchestrator> orchestrator) {
            super(new ToolDescriptor("template_info", "Describe a template",
                    "Describes a template: metadata, each parameter with its type, default and validation rules, "
                            + "example parameters and an outline of its tasks, merged with any template it extends.",
                    ToolInput.of(TemplateParams.TEMPLATE_ID, TemplateParams.ANY_CATEGORY),
                    Shapes.reply("template_info", OBJECT, "parameter_definitions", ARRAY, "tasks", ARRAY),
                    Hints.READ_ONLY), orchestrator);
        }

        @Override
        public ToolReply call(Arguments arguments, Caller caller) {
            var view = orchestrator().templates().show().show(TemplateParams.id(arguments),
                    TemplateParams.category(arguments));
            return ToolReply.of(TemplateDocuments.described(view))
                    .next("Create its tasks: template_instantiate with template_id " + view.listing().id())
                    .text(TemplateTexts.described(view));
        }
    }

    static final class InstallExamples extends UseCaseTool {

        @Override
        public boolean actsOnStoreOnly() {
            return false;
        }

        InstallExamples(Supplier<Orchestrator> orchestrator) {
            super(new ToolDescriptor("template_install_examples", "Install the example templates",
                    "Copies the 5 example templates, written to teach the format, where you can edit them. "
                            + "Existing files are kept unless overwrite.",
                    ToolInput.of(TemplateParams.writable("shared"), TemplateParams.OVERWRITE),
                    Shapes.reply("installed", ARRAY, "skipped", ARRAY, "failed", ARRAY), Hints.CHANGES_IDEMPOTENT),
                    orchestrator);
        }

        @Override
        public ToolReply call(Arguments arguments, Caller caller) {
            var report = orchestrator().templates().install().installExamples(new InstallTemplatesUseCase.Command(
                    TemplateParams.writableCategory(arguments, InstallTemplatesUseCase.Command.DEFAULT_TARGET),
                    arguments.flag("overwrite", false)));
            return ToolReply.of(TemplateDocuments.installed(report))
                    .next("Read one: template_info with template_id basic_project_setup")
                    .text(TemplateTexts.installed(report));
        }
    }

    static final class InstallLibrary extends UseCaseTool {

        @Override
        public boolean actsOnStoreOnly() {
            return false;
        }

        InstallLibrary(Supplier<Orchestrator> orchestrator) {
            super(new ToolDescriptor("template_install_default_library", "Install the template library",
                    "Copies the built-in library (or one category) into your shared folder for editing; built-in "
                            + "templates work without it. Existing files are kept unless overwrite.",
                    ToolInput.of(Param.oneOf("category", InstallTemplatesUseCase.LIBRARY_CATEGORIES,
                            "Which templates. Default: all."),
                            TemplateParams.OVERWRITE),
                    Shapes.reply("installed", ARRAY, "skipped", ARRAY, "failed", ARRAY), Hints.CHANGES_IDEMPOTENT),
                    orchestrator);
        }

        @Override
        public ToolReply call(Arguments arguments, Caller caller) {
            var report = orchestrator().templates().install().installLibrary(arguments.choice("category")
                    .orElse(InstallTemplatesUseCase.LIBRARY_CATEGORIES.get(0)), arguments.flag("overwrite", false));
            return ToolReply.of(TemplateDocuments.installed(report))
                    .next("See what is installed: template_get_installation_status")
                    .text(TemplateTexts.installed(report));
        }
    }

    static final class Status extends UseCaseTool {
        Status(Supplier<Orchestrator> orchestrator) {
            super(new ToolDescriptor("template_get_installation_status", "Show template installation",
                    "Reports each folder with its template count, and for each library template and example where "
                            + "copies are installed and whether they were changed.",
                    ToolInput.none(),
                    Shapes.reply("library", ARRAY, "examples", ARRAY, "places", ARRAY), Hints.READ_ONLY), orchestrator);
        }

        @Override
        public ToolReply call(Arguments arguments, Caller caller) {
            var status = orchestrator().templates().install().status();
            return ToolReply.of(TemplateDocuments.status(status))
                    .next("Check every template: template_validate_all")
                    .text(TemplateTexts.status(status));
        }
    }

    static final class ValidateAll extends UseCaseTool {
        ValidateAll(Supplier<Orchestrator> orchestrator) {
            super(new ToolDescriptor("template_validate_all", "Check every template",
                    "Reads every template file (or one category's) as instantiation would, including extends chains, "
                            + "and reports each as valid or with its fault.",
                    ToolInput.of(TemplateParams.ANY_CATEGORY),
                    Shapes.reply("results", ARRAY, "valid_count", INTEGER, "invalid_count", INTEGER), Hints.READ_ONLY),
                    orchestrator);
        }

        @Override
        public ToolReply call(Arguments arguments, Caller caller) {
            Optional<TemplateCategory> category = TemplateParams.category(arguments);
            var listings = orchestrator().templates().validate().validateAll(category);
            return ToolReply.of(TemplateDocuments.validatedAll(listings, category))
                    .next("Read a faulty one: template_load")
                    .text(TemplateTexts.validatedAll(listings));
        }
    }
}
