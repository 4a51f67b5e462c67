package dev.taskorchestrator.application.port.out;

import dev.taskorchestrator.domain.role.BuiltInRoles;
import dev.taskorchestrator.domain.role.SpecialistRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The specialist roles a workspace offers: the built-in set, overridden or extended by the workspace. */
public interface RoleCatalog {

    Optional<SpecialistRole> find(String name);

    /** All roles, in a stable order. */
    List<SpecialistRole> all();

    /** A fixed catalog: the built-in roles, with {@code overrides} replacing or adding roles by name. */
    static RoleCatalog of(List<SpecialistRole> overrides) {
        Map<String, SpecialistRole> byName = new LinkedHashMap<>();
        BuiltInRoles.all().forEach(role -> byName.put(role.name(), role));
        overrides.forEach(role -> byName.put(role.name(), role));
        List<SpecialistRole> roles = List.copyOf(byName.values());
        return new RoleCatalog() {
            @Override
            public Optional<SpecialistRole> find(String name) {
                return Optional.ofNullable(byName.get(name));
            }

            @Override
            public List<SpecialistRole> all() {
                return roles;
            }
        };
    }

    static RoleCatalog builtIn() {
        return of(List.of());
    }
}
