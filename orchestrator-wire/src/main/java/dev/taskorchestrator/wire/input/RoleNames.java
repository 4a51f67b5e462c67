package dev.taskorchestrator.wire.input;

import dev.taskorchestrator.domain.role.BuiltInRoles;
import dev.taskorchestrator.domain.role.SpecialistRole;
import java.util.ArrayList;
import java.util.List;

/** The role names a call or a file may give: the roles on offer, then their older aliases. */
public record RoleNames(List<String> names) {

    public RoleNames {
        names = List.copyOf(names);
    }

    public static RoleNames of(List<SpecialistRole> roles) {
        List<String> names = new ArrayList<>(roles.stream().map(SpecialistRole::name).toList());
        BuiltInRoles.aliases().keySet().stream().sorted().filter(alias -> !names.contains(alias)).forEach(names::add);
        return new RoleNames(names);
    }
}
