package dev.taskorchestrator.application.service;

import dev.taskorchestrator.application.port.out.RoleCatalog;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.role.BuiltInRoles;
import dev.taskorchestrator.domain.role.SpecialistRole;
import java.util.List;
import java.util.Locale;

/** Resolves a specialist name a client gave to a role of the catalog, accepting the older aliases. */
final class Specialists {

    private final RoleCatalog catalog;

    Specialists(RoleCatalog catalog) {
        this.catalog = catalog;
    }

    SpecialistRole require(String name, String field) {
        String canonical = BuiltInRoles.canonicalName(name.strip().toLowerCase(Locale.ROOT));
        return catalog.find(canonical).orElseThrow(() -> {
            List<String> allowed = catalog.all().stream().map(SpecialistRole::name).toList();
            return OrchestratorException.invalid(field,
                    field + " '" + name + "' is not a known role; allowed: " + String.join(", ", allowed), allowed);
        });
    }

    String canonical(String name, String field) {
        return require(name, field).name();
    }

    /** The role for a stored task; a role removed from the workspace falls back to generic. */
    SpecialistRole forTask(String name) {
        return catalog.find(name).or(() -> catalog.find(BuiltInRoles.GENERIC))
                .orElseGet(() -> BuiltInRoles.find(BuiltInRoles.GENERIC).orElseThrow());
    }
}
