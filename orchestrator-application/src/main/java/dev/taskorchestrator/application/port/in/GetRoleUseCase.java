package dev.taskorchestrator.application.port.in;

import dev.taskorchestrator.domain.role.SpecialistRole;

/** One specialist role in full, by its name or an older alias of it ({@code coder} is the implementer). */
public interface GetRoleUseCase {

    SpecialistRole role(String name);
}
