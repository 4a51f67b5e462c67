package dev.taskorchestrator.domain.template;

import dev.taskorchestrator.domain.common.Checks;
import dev.taskorchestrator.domain.common.ErrorCode;
import dev.taskorchestrator.domain.common.Limits;
import dev.taskorchestrator.domain.common.OrchestratorException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reusable plan: parameters and a tree of tasks with {@code {{param}}} placeholders. Checked
 * when made (unique names and keys, dependencies on known keys, no placeholder without its
 * parameter, size limits), so that instantiating a valid template with valid arguments always
 * yields a plan.
 */
public record Template(
        TemplateId id,
        TemplateCategory category,
        TemplateMetadata metadata,
        List<TemplateParameter> parameters,
        List<TemplateTask> tasks) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

    public Template {
        Objects.requireNonNull(id, "id");
        Checks.required(category, "category");
        Checks.required(metadata, "metadata");
        parameters = List.copyOf(Checks.required(parameters, "parameters"));
        tasks = List.copyOf(Checks.required(tasks, "tasks"));
        if (tasks.isEmpty()) {
            throw OrchestratorException.invalid("tasks", "a template needs at least one task");
        }
        Set<String> names = new LinkedHashSet<>();
        parameters.forEach(p -> {
            if (!names.add(p.name())) {
                throw OrchestratorException.invalid("parameters." + p.name(), "parameter '" + p.name() + "' is declared twice");
            }
        });
        List<TemplateTask> all = flatten(tasks);
        // Several top tasks are gathered under one more, which the plan counts too.
        int planned = all.size() + (tasks.size() > 1 ? 1 : 0);
        if (planned > Limits.PLAN_TASKS_MAX) {
            throw OrchestratorException.invalid("tasks", "a template may plan at most " + Limits.PLAN_TASKS_MAX
                    + " tasks, root included; this one plans " + planned, List.of("at most " + Limits.PLAN_TASKS_MAX));
        }
        Set<String> keys = new LinkedHashSet<>();
        for (TemplateTask task : all) {
            if (!keys.add(task.key())) {
                throw OrchestratorException.invalid("tasks." + task.key(), "task key '" + task.key() + "' is used twice");
            }
        }
        if (metadata.extendsId().isEmpty()) {
            requireReferencesResolve(metadata, all, keys, names);
            TemplateTasks.requireOrderPossible(tasks);
        }
    }

    /** The most parents a template may have above it: deeper chains are more likely a mistake than a design. */
    public static final int EXTENDS_DEPTH_MAX = 8;

    /** What instantiating yields: the plan's name and purpose and its tasks, filled, and the values used. */
    public record Filled(String name, String description, List<TemplateTask> tasks, Map<String, Object> parametersUsed) {
        public Filled {
            tasks = List.copyOf(tasks);
            parametersUsed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parametersUsed));
        }
    }

    /**
     * Dependencies name keys of the template and placeholders name its parameters. A template that
     * extends another may refer to the parent's, so it is checked once merged with its parents.
     */
    private static void requireReferencesResolve(TemplateMetadata metadata, List<TemplateTask> all, Set<String> keys,
            Set<String> names) {
        for (String text : List.of(metadata.name(), metadata.description())) {
            for (String placeholder : placeholders(text)) {
                if (!names.contains(placeholder)) {
                    throw OrchestratorException.invalid("metadata", "the metadata uses {{" + placeholder
                            + "}}, which is not a parameter of this template", List.copyOf(names));
                }
            }
        }
        for (TemplateTask task : all) {
            for (String dependency : task.dependencies()) {
                if (!keys.contains(dependency)) {
                    throw OrchestratorException.invalid("tasks." + task.key() + ".dependencies", "task '" + task.key()
                            + "' depends on '" + dependency + "', which is not a task of this template", List.copyOf(keys));
                }
            }
            for (String text : task.texts()) {
                for (String placeholder : placeholders(text)) {
                    if (!names.contains(placeholder)) {
                        throw OrchestratorException.invalid("tasks." + task.key(), "task '" + task.key()
                                + "' uses {{" + placeholder + "}}, which is not a parameter of this template",
                                List.copyOf(names));
                    }
                }
            }
        }
    }

    /**
     * This template with its parent's parameters and tasks underneath: a parameter or task of the
     * child replaces the parent's of the same name or key; the parent's other tasks come first. The
     * result extends what the parent extends, so merging up a chain ends in a complete template.
     */
    public Template extending(Template parent) {
        if (!metadata.extendsId().equals(Optional.of(parent.id()))) {
            throw OrchestratorException.illegalState("metadata.extends", "template " + id + " does not extend " + parent.id());
        }
        Map<String, TemplateParameter> mergedParameters = new LinkedHashMap<>();
        parent.parameters().forEach(p -> mergedParameters.put(p.name(), p));
        parameters.forEach(p -> mergedParameters.put(p.name(), p));
        Map<String, TemplateTask> mergedTasks = new LinkedHashMap<>();
        parent.tasks().forEach(t -> mergedTasks.put(t.key(), t));
        tasks.forEach(t -> mergedTasks.put(t.key(), t));
        Map<String, Object> examples = new LinkedHashMap<>(parent.metadata().exampleParameters());
        examples.putAll(metadata.exampleParameters());
        TemplateMetadata inherited = new TemplateMetadata(metadata.name(), metadata.version(), metadata.description(),
                metadata.category(), metadata.tags(), parent.metadata().extendsId(), examples);
        return new Template(id, category, inherited, List.copyOf(mergedParameters.values()),
                List.copyOf(mergedTasks.values()));
    }

    /**
     * This template merged with every parent it extends, found by {@code find}. A parent that is
     * missing, a chain deeper than {@value #EXTENDS_DEPTH_MAX} and a chain that comes back to a
     * template it started from are refused, naming {@code metadata.extends}.
     */
    public Template resolved(Function<TemplateId, Optional<Template>> find) {
        List<TemplateId> chain = new ArrayList<>(List.of(id));
        List<Template> ancestors = new ArrayList<>();
        Optional<TemplateId> parent = metadata.extendsId();
        while (parent.isPresent()) {
            chain.add(parent.get());
            requireNoExtendsCycle(chain);
            if (ancestors.size() == EXTENDS_DEPTH_MAX) {
                throw OrchestratorException.invalid("metadata.extends", "template " + id + " extends more than "
                        + EXTENDS_DEPTH_MAX + " levels of parents: " + chain.stream().map(TemplateId::value)
                        .reduce((a, b) -> a + " -> " + b).orElse(""), List.of("at most " + EXTENDS_DEPTH_MAX + " levels"));
            }
            TemplateId wanted = parent.get();
            Template found = find.apply(wanted).orElseThrow(() -> OrchestratorException.notFound("metadata.extends",
                    "template", wanted.value()));
            ancestors.add(found);
            parent = found.metadata().extendsId();
        }
        Template merged = this;
        for (Template ancestor : ancestors) {
            merged = merged.extending(ancestor);
        }
        return merged;
    }

    /**
     * The tasks with every placeholder filled from {@code arguments}. Unknown arguments, missing
     * required ones and values that break a parameter's rules are refused, naming
     * {@code parameters.<name>}; absent optional ones take their default, or an empty text.
     */
    public Filled instantiate(Map<String, Object> arguments) {
        Checks.required(arguments, "parameters");
        metadata.extendsId().ifPresent(parent -> {
            throw OrchestratorException.illegalState("metadata.extends", "template " + id + " extends " + parent
                    + "; merge it with its parents before instantiating");
        });
        Map<String, TemplateParameter> byName = new LinkedHashMap<>();
        parameters.forEach(p -> byName.put(p.name(), p));
        for (String given : arguments.keySet()) {
            if (!byName.containsKey(given)) {
                throw OrchestratorException.invalid("parameters." + given, "template " + id + " has no parameter '" + given
                        + "'", List.copyOf(byName.keySet()));
            }
        }
        Map<String, String> values = new HashMap<>();
        Map<String, Object> used = new LinkedHashMap<>();
        for (TemplateParameter parameter : parameters) {
            // A null is an absent value, as JSON clients often send one for "not given".
            Object given = arguments.get(parameter.name());
            Object value = given != null ? parameter.accept(given) : parameter.defaultValue().orElse(null);
            if (value == null && parameter.required()) {
                throw OrchestratorException.invalid("parameters." + parameter.name(), "parameters." + parameter.name()
                        + " is required by template " + id, List.of(parameter.type().wire()));
            }
            values.put(parameter.name(), value == null ? "" : render(value));
            if (value != null) {
                used.put(parameter.name(), value);
            }
        }
        UnaryOperator<String> filler = text -> filledCompletely(text, values);
        return new Filled(filler.apply(metadata.name()), filler.apply(metadata.description()),
                tasks.stream().map(task -> task.filled(filler)).toList(), used);
    }

    /** A value that itself holds a placeholder would leave one behind: refused rather than stored. */
    private String filledCompletely(String text, Map<String, String> values) {
        String filled = fill(text, values);
        List<String> left = placeholders(filled);
        if (!left.isEmpty()) {
            throw OrchestratorException.invalid("parameters", "after filling template " + id + ", {{" + left.get(0)
                    + "}} is left unresolved: a parameter's value may not hold a placeholder");
        }
        return filled;
    }

    /** Every task of the template, parents before their subtasks. */
    public List<TemplateTask> allTasks() {
        return flatten(tasks);
    }

    /** Every parameter name a text refers to, in order of appearance. */
    public static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** Refuses a chain of parents that comes back to a template it started from. */
    public static void requireNoExtendsCycle(List<TemplateId> chain) {
        Set<TemplateId> seen = new LinkedHashSet<>();
        for (TemplateId step : chain) {
            if (!seen.add(step)) {
                List<String> cycle = new ArrayList<>(seen.stream().map(TemplateId::value).toList());
                cycle.add(step.value());
                throw new OrchestratorException(ErrorCode.DEPENDENCY_CYCLE, "templates extend each other in a circle: "
                        + String.join(" -> ", cycle), "metadata.extends", List.of());
            }
        }
    }

    private static String fill(String text, Map<String, String> values) {
        return PLACEHOLDER.matcher(text).replaceAll(match -> Matcher.quoteReplacement(values.get(match.group(1))));
    }

    /** How a value reads in a sentence: whole numbers without ".0", lists and objects as plain enumerations. */
    private static String render(Object value) {
        if (value instanceof Double number) {
            return TemplateParameter.plain(number);
        }
        if (value instanceof List<?> items) {
            return String.join(", ", items.stream().map(Template::render).toList());
        }
        if (value instanceof Map<?, ?> entries) {
            return String.join(", ", entries.entrySet().stream()
                    .map(entry -> entry.getKey() + ": " + render(entry.getValue())).toList());
        }
        return String.valueOf(value);
    }

    private static List<TemplateTask> flatten(List<TemplateTask> roots) {
        List<TemplateTask> all = new ArrayList<>();
        Deque<TemplateTask> frontier = new ArrayDeque<>(roots);
        while (!frontier.isEmpty()) {
            TemplateTask task = frontier.poll();
            all.add(task);
            frontier.addAll(task.subtasks());
        }
        return all;
    }
}
