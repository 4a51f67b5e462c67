package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.role.SpecialistRole;
import java.util.List;

/** The specialist roles on offer. */
public interface ListRolesUseCase {

    List<SpecialistRole> roles();
}
