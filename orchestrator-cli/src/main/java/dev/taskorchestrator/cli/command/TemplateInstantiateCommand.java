package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.InstantiateTemplateUseCase;
import dev.taskorchestrator.application.port.in.ShowTemplateUseCase;
import dev.taskorchestrator.domain.session.SessionId;
import dev.taskorchestrator.domain.task.TaskId;
import dev.taskorchestrator.domain.template.Template;
import dev.taskorchestrator.domain.template.TemplateId;
import dev.taskorchestrator.wire.TemplateDocuments;
import dev.taskorchestrator.wire.TemplateTexts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Fills a template in and stores its plan, or only shows it. */
@Command(name = "instantiate", mixinStandardHelpOptions = true,
        description = {"Checks the parameters against the template's rules, fills its placeholders and stores the "
                + "whole plan in one transaction, as `orchestrator plan` would; prints each key's task id and the "
                + "first task to start.", "Each --param value is read as its parameter's type: 2, 1.5, true, "
                + "a,b,c or [\"a\",\"b\"], {\"k\":\"v\"}."},
        footerHeading = "%nExamples:%n", footer = {
            "  orchestrator template instantiate bug_fix --param bug_summary='Export drops the last row' --dry-run",
            "  orchestrator template instantiate release --param version=2.4.0 --param release_type=minor"})
public final class TemplateInstantiateCommand implements Callable<Integer> {

    private final InstantiateTemplateUseCase instantiate;
    private final ShowTemplateUseCase show;
    private final Console console;
    private final Invocation invocation;

    @Spec
    private CommandSpec spec;

    @Field("template_id")
    @Parameters(paramLabel = "ID", completionCandidates = Choices.TemplateIds.class, description = "The template.")
    private TemplateId id;

    @Field("parameters")
    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter's value; repeat for each.")
    private Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--dry-run", description = "Show the filled plan; create nothing.")
    private boolean dryRun;

    @Field("parent_task_id")
    @Option(names = "--parent", paramLabel = "TASK_ID", description = "Attach the plan under this task.")
    private TaskId parent;

    @Field("session_id")
    @Option(names = "--session", paramLabel = "SESSION_ID",
            description = "The plan's session. Default: the workspace's open session.")
    private SessionId session;

    public TemplateInstantiateCommand(InstantiateTemplateUseCase instantiate, ShowTemplateUseCase show, Console console,
            Invocation invocation) {
        this.instantiate = instantiate;
        this.show = show;
        this.console = console;
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        Template template = show.show(id, Optional.empty()).resolved();
        InstantiateTemplateUseCase.Instance instance = instantiate.instantiate(new InstantiateTemplateUseCase.Command(id,
                Optional.empty(), TemplateArguments.typed(template, parameters, console.json()), !dryRun,
                Optional.ofNullable(parent), Optional.ofNullable(session), Optional.of(invocation.workspace()),
                invocation.operator()));
        console.show(spec, TemplateDocuments.instantiated(instance), TemplateTexts.instantiated(instance));
        return 0;
    }
}
