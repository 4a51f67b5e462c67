package dev.taskorchestrator.application.port.out;

import dev.taskorchestrator.domain.role.SpecialistRole;
import java.util.List;
import java.util.Optional;

/** The specialist roles a workspace offers: the built-in set, overridden or extended by the workspace. */
public interface RoleCatalog {

    Optional<SpecialistRole> find(String name);

    /** All roles, in a stable order. */
    List<SpecialistRole> all();
}
