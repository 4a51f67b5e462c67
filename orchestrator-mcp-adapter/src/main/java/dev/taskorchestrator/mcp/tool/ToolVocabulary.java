package dev.taskorchestrator.mcp.tool;

import dev.taskorchestrator.domain.role.BuiltInRoles;
import dev.taskorchestrator.domain.role.SpecialistRole;
import java.util.ArrayList;
import java.util.List;

/** The values that depend on the running server: the role names (with their older aliases). */
public record ToolVocabulary(List<String> roleNames) {

    public ToolVocabulary {
        roleNames = List.copyOf(roleNames);
    }

    public static ToolVocabulary of(List<SpecialistRole> roles) {
        List<String> names = new ArrayList<>(roles.stream().map(SpecialistRole::name).toList());
        BuiltInRoles.aliases().keySet().stream().sorted().filter(alias -> !names.contains(alias)).forEach(names::add);
        return new ToolVocabulary(names);
    }
}
