package dev.taskorchestrator.mcp.tool;

import dev.taskorchestrator.domain.common.OrchestratorException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which tools a server offers. Every tool's name, description and schema is read by the model on
 * every turn, so a client that only runs the daily loop can ask for {@code core} and spend its
 * context on the work instead. {@code all} is the default: prompts written for the original
 * server may name any of its tools.
 *
 * @param spec how it was asked for, e.g. {@code core} or {@code core,template_instantiate}
 * @param names the tools offered; empty for all of them
 */
public record ToolProfile(String spec, Set<String> names) {

    public static final String ALL = "all";
    public static final String CORE = "core";
    /** Plan, claim, do, hand in, see where it stands: what an agent calls every day. */
    public static final List<String> CORE_TOOLS = List.of("orchestrator_initialize_session",
            "orchestrator_plan_task", "orchestrator_next_task", "orchestrator_execute_task",
            "orchestrator_complete_task", "orchestrator_update_task", "orchestrator_query_tasks",
            "orchestrator_get_status", "orchestrator_synthesize_results");

    public ToolProfile {
        names = Set.copyOf(names);
    }

    public static ToolProfile all() {
        return new ToolProfile(ALL, Set.of());
    }

    /**
     * Reads {@code all}, {@code core}, or a comma-separated list of tool names in which
     * {@code core} stands for its tools; a name not offered is refused with the names that are.
     *
     * @param field the option or variable it came from, for the error
     * @param offered every tool this server has
     */
    public static ToolProfile parse(String spec, String field, List<String> offered) {
        String trimmed = spec.strip().toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty() || trimmed.equals(ALL)) {
            return all();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String part : trimmed.split(",")) {
            String name = part.strip();
            if (name.equals(CORE)) {
                names.addAll(CORE_TOOLS);
            } else if (offered.contains(name)) {
                names.add(name);
            } else {
                List<String> allowed = new ArrayList<>(List.of(ALL, CORE));
                allowed.addAll(offered);
                throw OrchestratorException.invalid(field, field + ": '" + name + "' is neither a profile nor a tool;"
                        + " give all, core, or tool names separated by commas", allowed);
            }
        }
        return new ToolProfile(trimmed, names);
    }

    public boolean offers(String tool) {
        return names.isEmpty() || names.contains(tool);
    }

    public List<OrchestratorTool> select(List<OrchestratorTool> tools) {
        return tools.stream().filter(tool -> offers(tool.descriptor().name())).toList();
    }
}
