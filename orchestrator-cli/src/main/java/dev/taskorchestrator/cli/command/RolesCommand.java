package dev.taskorchestrator.cli.command;

import dev.taskorchestrator.application.port.in.ListRolesUseCase;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.domain.role.BuiltInRoles;
import dev.taskorchestrator.domain.role.SpecialistRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private final ListRolesUseCase roles;
    private final Console console;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "A role to show in full (older names such as 'coder' work too).")
    private String name;

    public RolesCommand(ListRolesUseCase roles, Console console) {
        this.roles = roles;
        this.console = console;
    }

    @Override
    public Integer call() {
        List<SpecialistRole> all = roles.roles();
        if (name == null) {
            int width = all.stream().mapToInt(r -> r.name().length()).max().orElse(4);
            console.show(spec, Map.of("roles", all.stream().map(RolesCommand::row).toList()), (out, ansi) -> all.forEach(
                    role -> out.printf(Locale.ROOT, "%-" + width + "s  %s%n", role.name(), role.roleDefinition())));
            return 0;
        }
        String wanted = BuiltInRoles.canonicalName(name.strip().toLowerCase(Locale.ROOT));
        SpecialistRole role = all.stream().filter(r -> r.name().equals(wanted)).findFirst()
                .orElseThrow(() -> OrchestratorException.invalid("NAME", "there is no role '" + name + "'",
                        all.stream().map(SpecialistRole::name).toList()));
        console.show(spec, row(role), (out, ansi) -> {
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

    private static Map<String, Object> row(SpecialistRole role) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", role.name());
        row.put("role_definition", role.roleDefinition());
        row.put("expertise", role.expertise());
        row.put("approach", role.approach());
        row.put("output_format", role.outputFormat());
        return row;
    }
}
