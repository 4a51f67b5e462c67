package dev.taskorchestrator.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.random.RandomGenerator;
import picocli.CommandLine.Command;

/** The architecture of DESIGN §2 and STYLE.md as rules; each is proven once against a planted violation. */
final class ArchitectureRules {

    static final String DOMAIN = "dev.taskorchestrator.domain..";
    static final String APPLICATION = "dev.taskorchestrator.application..";
    static final String WIRE = "dev.taskorchestrator.wire..";
    static final String CLI_COMMANDS = "dev.taskorchestrator.cli.command..";

    /** (a) Dependencies point inwards; adapters never use each other. The composition root (cli.boot) is outside. */
    static final ArchRule ONION = onionArchitecture()
            .domainModels(DOMAIN)
            .applicationServices(APPLICATION, WIRE)
            .adapter("persistence", "dev.taskorchestrator.persistence..")
            .adapter("mcp", "dev.taskorchestrator.mcp..")
            .adapter("board", "dev.taskorchestrator.board..")
            .adapter("cli", "dev.taskorchestrator.cli.command..")
            .adapter("testkit", "dev.taskorchestrator.testkit..")
            .withOptionalLayers(true)
            .ignoreDependency(resideInAPackage("dev.taskorchestrator.cli.boot.."), DescribedPredicate.alwaysTrue())
            .because("DESIGN §2: dependencies point inwards and adapters only translate");

    /** (b) The domain is plain Java. */
    static final ArchRule DOMAIN_IS_PLAIN_JAVA = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
            .because("the domain has no library at all");

    /** (b) The application knows Java and the domain only. */
    static final ArchRule APPLICATION_KNOWS_ONLY_THE_DOMAIN = classes().that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, APPLICATION)
            .because("use cases reach adapters only through ports");

    /** (b) The published language is plain Java over the core: no SDK, no JSON library, no adapter. */
    static final ArchRule WIRE_KNOWS_ONLY_THE_CORE = classes().that().resideInAPackage(WIRE)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, APPLICATION, WIRE)
            .because("DESIGN §2: MCP and the CLI print the same documents, so neither may shape them");

    /**
     * (b) A command reaches the core through the use-case ports and prints the published language:
     * never an adapter, the MCP SDK or a database library, which only the composition root wires in.
     */
    static final ArchRule COMMANDS_USE_THE_PORTS_AND_THE_WIRE = classes().that().resideInAPackage(CLI_COMMANDS)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "picocli..", DOMAIN, APPLICATION, WIRE,
                    CLI_COMMANDS)
            .because("DESIGN §2: MCP and the CLI call the very same use-case ports; neither calls the other");

    /** (c) No package depends on itself in a circle. */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("dev.taskorchestrator.(**)").should().beFreeOfCycles();

    /** (d) An inbound port is an interface named for its intention... */
    static final ArchRule INBOUND_PORTS_ARE_USE_CASES = classes().that().resideInAPackage("..application.port.in..")
            .and().areInterfaces().and().areTopLevelClasses().and().doNotHaveSimpleName("package-info")
            .should().haveSimpleNameEndingWith("UseCase");

    /** (d) ...and anything called a use case is such a port. */
    static final ArchRule USE_CASES_ARE_INBOUND_PORTS = classes().that().haveSimpleNameEndingWith("UseCase")
            .should().beInterfaces().andShould().resideInAPackage("..application.port.in..");

    /** (d) Outbound ports are interfaces; only their value records sit beside them. */
    static final ArchRule OUTBOUND_PORTS_ARE_INTERFACES = classes().that().resideInAPackage("..application.port.out..")
            .and().areTopLevelClasses().and().areNotAssignableTo(Record.class)
            .should().beInterfaces();

    /** (d) Services are reached only through the facade. */
    static final ArchRule SERVICES_ARE_HIDDEN = classes().that().resideInAPackage("..application.service..")
            .and().haveSimpleNameEndingWith("Service")
            .should().notBePublic();

    /** (d) picocli commands say so in their names and live with the other commands. */
    static final ArchRule COMMANDS_ARE_NAMED_COMMAND = classes().that().areAnnotatedWith(Command.class)
            .should().haveSimpleNameEndingWith("Command").andShould().resideInAPackage("dev.taskorchestrator.cli.command..");

    /** (e) stdout carries protocol frames when the server runs over stdio: one stray println corrupts it. */
    static final ArchRule NO_STANDARD_STREAMS = noClasses()
            .that().doNotHaveFullyQualifiedName("dev.taskorchestrator.cli.boot.StandardStreams")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("only the CLI's output class and the MCP stdio transport may touch stdin, stdout or stderr");

    /** (e) Logging goes through one facade, to stderr. */
    static final ArchRule NO_JAVA_UTIL_LOGGING = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    /** (e) Failures are specific: one exception family with codes. */
    static final ArchRule NO_GENERIC_EXCEPTIONS = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    /** (f) Time and ids come only from the injected clock and id generator. */
    static final ArchRule NO_CLOCK_OR_RANDOMNESS_IN_THE_CORE = noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().callMethod(Math.class, "random")
            .orShould().callMethod(StrictMath.class, "random")
            .orShould().callMethod(UUID.class, "randomUUID")
            .orShould().dependOnClassesThat().areAssignableTo(RandomGenerator.class)
            .because("the core is deterministic: time and ids are passed in");

    private ArchitectureRules() {
    }
}
