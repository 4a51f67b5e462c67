package dev.taskorchestrator.cli.command;

import picocli.CommandLine.Command;

/** The template commands; with no subcommand, their list. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Lists, shows, checks, writes, installs and instantiates templates: reusable plans kept as "
                + "JSON5 files.", "Templates live in the workspace's .task_orchestrator/templates/ (user), your "
                + "config folder (shared: $ORCHESTRATOR_TEMPLATES_HOME, else $XDG_CONFIG_HOME/task-orchestrator/"
                + "templates) and the orchestrator itself (builtin). user wins over shared over builtin."},
        subcommands = {TemplateListCommand.class, TemplateShowCommand.class, TemplateInfoCommand.class,
            TemplateValidateCommand.class, TemplateCreateCommand.class, TemplateDeleteCommand.class,
            TemplateInstantiateCommand.class, TemplateInstallExamplesCommand.class,
            TemplateInstallLibraryCommand.class, TemplateStatusCommand.class, TemplateValidateAllCommand.class},
        footerHeading = "%nExamples:%n", footer = {"  orchestrator template list",
            "  orchestrator template info bug_fix",
            "  orchestrator template instantiate bug_fix --param bug_summary='Export drops the last row' --dry-run"})
public final class TemplateCommand extends CommandGroup {
}
