package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.domain.common.OrchestratorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Stores a task, or a whole plan, in one transaction. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Stores a task, or a whole plan of nested subtasks with dependencies, in one transaction.",
            "A plan file holds the arguments of orchestrator_plan_task as JSON: {\"title\": …, \"subtasks\": "
                    + "[{\"key\": …, \"title\": …, \"dependencies\": [keys or task ids], \"subtasks\": […]}]}."},
        footerHeading = "%nExamples:%n",
        footer = {"  orchestrator plan \"Ship v1\" --subtask \"Design the API\" --subtask \"Build it\"",
            "  orchestrator plan --file plan.json", "  cat plan.json | orchestrator plan --file -"})
public final class PlanCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "TITLE", description = "The task's title (or the plan file's).")
    private String title;

    @Option(names = "--description", paramLabel = "TEXT", description = "What is to be done.")
    private String description;

    @Option(names = "--subtask", paramLabel = "TITLE", description = "A subtask (repeatable), keyed s1, s2, … in order.")
    private List<String> subtasks = new ArrayList<>();

    @Option(names = "--file", paramLabel = "FILE", description = "Read the plan from FILE (- for stdin).")
    private String file;

    @Option(names = "--parent", paramLabel = "TASK_ID", description = "Attach the plan under this task.")
    private String parent;

    @Option(names = "--specialist", paramLabel = "ROLE", description = "The role for the task itself.")
    private String specialist;

    @Option(names = "--priority", paramLabel = "PRIORITY", description = "low, medium, high or critical.")
    private String priority;

    @Option(names = "--auto-complete", description = "Complete each parent by itself once its subtasks are done.")
    private boolean autoComplete;

    public PlanCommand(Console console) {
        this.console = console;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Integer call() {
        Map<String, Object> arguments = file == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(console.client().parseObject(read(file), "file"));
        ToolArgs given = ToolArgs.of().put("title", title).put("description", description)
                .put("parent_task_id", parent).put("specialist_type", specialist).put("priority", priority)
                .flag("auto_complete_parent", autoComplete);
        arguments.putAll(given.map());
        if (!subtasks.isEmpty()) {
            Object fromFile = arguments.getOrDefault("subtasks", List.of());
            if (!(fromFile instanceof List)) {
                throw OrchestratorException.invalid("subtasks", "subtasks in the plan file must be a list",
                        List.of("an array of objects"));
            }
            List<Object> all = new ArrayList<>((List<Object>) fromFile);
            for (int i = 0; i < subtasks.size(); i++) {
                all.add(Map.of("key", "s" + (i + 1), "title", subtasks.get(i)));
            }
            arguments.put("subtasks", all);
        }
        console.show(spec, console.client().call("orchestrator_plan_task", arguments));
        return 0;
    }

    private String read(String source) {
        try {
            return "-".equals(source) ? new String(console.stdin().readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(source));
        } catch (IOException e) {
            throw OrchestratorException.invalid("file", "cannot read the plan from " + source + ": " + e.getMessage());
        }
    }
}
