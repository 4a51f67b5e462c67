package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.GetRoleUseCase;
import dev.taskorchestrator.application.port.in.ListRolesUseCase;
import dev.taskorchestrator.domain.role.SpecialistRole;
import dev.taskorchestrator.wire.Rows;
import dev.taskorchestrator.wire.SessionDocuments;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Lists the specialist roles, or shows one in full. */
@Command(name = "roles",
        mixinStandardHelpOptions = true,
        description = "Lists the specialist roles tasks can be given, or shows one role in full.",
        footerHeading = "%nExamples:%n",
        footer = {"  orchestrator roles", "  orchestrator roles reviewer"})
public final class RolesCommand implements Callable<Integer> {

    private final ListRolesUseCase listRoles;
    private final GetRoleUseCase getRole;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Field("role")
    @Parameters(arity = "0..1", paramLabel = "NAME", completionCandidates = Choices.Roles.class,
            description = "A role to show in full (older names such as 'coder' work too).")
    private String name;

    public RolesCommand(ListRolesUseCase listRoles, GetRoleUseCase getRole, Console console) {
        this.listRoles = listRoles;
        this.getRole = getRole;
        this.console = console;
    }

    @Override
    public Integer call() {
        if (name == null) {
            List<SpecialistRole> all = listRoles.roles();
            int width = all.stream().mapToInt(r -> r.name().length()).max().orElse(4);
            console.show(spec, SessionDocuments.roles(all), (out, ansi) -> all.forEach(
                    role -> out.printf(Locale.ROOT, "%-" + width + "s  %s%n", role.name(), role.roleDefinition())));
            return 0;
        }
        SpecialistRole role = getRole.role(name);
        console.show(spec, Rows.roleInFull(role), (out, ansi) -> {
            out.println(role.name() + ": " + role.roleDefinition());
            out.println();
            out.println("Expertise:");
            role.expertise().forEach(item -> out.println("  - " + item));
            out.println("Approach:");
            role.approach().forEach(item -> out.println("  - " + item));
            out.println("Delivers:");
            out.println("  " + role.outputFormat());
        });
        return 0;
    }
}
