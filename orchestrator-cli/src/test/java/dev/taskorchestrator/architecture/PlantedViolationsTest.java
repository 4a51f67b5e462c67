package dev.taskorchestrator.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.taskorchestrator.application.planted.ApplicationUsingAnAdapter;
import dev.taskorchestrator.application.port.in.planted.LookupPort;
import dev.taskorchestrator.application.port.out.planted.ConcreteRepository;
import dev.taskorchestrator.application.service.planted.PublicService;
import dev.taskorchestrator.application.service.planted.ServiceDrawingARandomNumber;
import dev.taskorchestrator.application.service.planted.ServiceTimingItself;
import dev.taskorchestrator.cli.command.planted.CommandCallingATool;
import dev.taskorchestrator.cli.command.planted.CommandOpeningTheDatabase;
import dev.taskorchestrator.cli.command.planted.Roles;
import dev.taskorchestrator.domain.planted.DomainReadingTheClock;
import dev.taskorchestrator.domain.planted.DomainUsingPicocli;
import dev.taskorchestrator.mcp.planted.LogsWithJul;
import dev.taskorchestrator.mcp.planted.McpUsingPersistence;
import dev.taskorchestrator.mcp.planted.PrintsToStdout;
import dev.taskorchestrator.mcp.planted.ThrowsGenericException;
import dev.taskorchestrator.mcp.tool.ToolReply;
import dev.taskorchestrator.persistence.ids.TimeOrderedIdGenerator;
import dev.taskorchestrator.planted.MisplacedUseCase;
import dev.taskorchestrator.planted.cycle.a.A;
import dev.taskorchestrator.planted.cycle.b.B;
import dev.taskorchestrator.wire.planted.WireUsingAnAdapter;
import dev.taskorchestrator.wire.planted.WireUsingTheSdk;
import org.junit.jupiter.api.Test;

/**
 * Each rule fails on a class planted to break it (jMolecules' way of proving a rule), so a rule
 * that silently checks nothing cannot pass for a rule that holds.
 */
class PlantedViolationsTest {

    private static JavaClasses only(Class<?>... planted) {
        return new ClassFileImporter().importClasses(planted);
    }

    private static void assertCaught(ArchRule rule, Class<?> offender, Class<?>... alsoImported) {
        Class<?>[] all = new Class<?>[alsoImported.length + 1];
        all[0] = offender;
        System.arraycopy(alsoImported, 0, all, 1, alsoImported.length);
        assertThatThrownBy(() -> rule.check(only(all)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(offender.getSimpleName());
    }

    @Test
    void onionCatchesAnAdapterUsingAnotherAdapter() {
        assertCaught(ArchitectureRules.ONION, McpUsingPersistence.class, TimeOrderedIdGenerator.class);
    }

    @Test
    void onionCatchesTheApplicationUsingAnAdapter() {
        assertCaught(ArchitectureRules.ONION, ApplicationUsingAnAdapter.class, TimeOrderedIdGenerator.class);
    }

    @Test
    void domainRuleCatchesALibraryInTheDomain() {
        assertCaught(ArchitectureRules.DOMAIN_IS_PLAIN_JAVA, DomainUsingPicocli.class);
    }

    @Test
    void applicationRuleCatchesAnAdapterInTheApplication() {
        assertCaught(ArchitectureRules.APPLICATION_KNOWS_ONLY_THE_DOMAIN, ApplicationUsingAnAdapter.class);
    }

    @Test
    void wireRuleCatchesTheSdkInThePublishedLanguage() {
        assertCaught(ArchitectureRules.WIRE_KNOWS_ONLY_THE_CORE, WireUsingTheSdk.class);
        assertCaught(ArchitectureRules.WIRE_KNOWS_ONLY_THE_CORE, WireUsingAnAdapter.class);
    }

    @Test
    void onionCatchesTheWireUsingAnAdapter() {
        assertCaught(ArchitectureRules.ONION, WireUsingAnAdapter.class, ToolReply.class);
    }

    @Test
    void commandRuleCatchesACommandCallingAToolOrADatabase() {
        assertCaught(ArchitectureRules.COMMANDS_USE_THE_PORTS_AND_THE_WIRE, CommandCallingATool.class);
        assertCaught(ArchitectureRules.COMMANDS_USE_THE_PORTS_AND_THE_WIRE, CommandOpeningTheDatabase.class);
    }

    @Test
    void cycleRuleCatchesTwoPackagesUsingEachOther() {
        assertCaught(ArchitectureRules.NO_PACKAGE_CYCLES, A.class, B.class);
    }

    @Test
    void namingRulesCatchAPortThatIsNotAUseCaseAndAUseCaseThatIsNotAPort() {
        assertCaught(ArchitectureRules.INBOUND_PORTS_ARE_USE_CASES, LookupPort.class);
        assertCaught(ArchitectureRules.USE_CASES_ARE_INBOUND_PORTS, MisplacedUseCase.class);
    }

    @Test
    void portRuleCatchesAClassAmongOutboundPorts() {
        assertCaught(ArchitectureRules.OUTBOUND_PORTS_ARE_INTERFACES, ConcreteRepository.class);
    }

    @Test
    void serviceRuleCatchesAPublicService() {
        assertCaught(ArchitectureRules.SERVICES_ARE_HIDDEN, PublicService.class);
    }

    @Test
    void commandRuleCatchesACommandNotNamedSo() {
        assertCaught(ArchitectureRules.COMMANDS_ARE_NAMED_COMMAND, Roles.class);
    }

    @Test
    void streamRuleCatchesAStrayPrintln() {
        assertCaught(ArchitectureRules.NO_STANDARD_STREAMS, PrintsToStdout.class);
    }

    @Test
    void loggingRuleCatchesJavaUtilLogging() {
        assertCaught(ArchitectureRules.NO_JAVA_UTIL_LOGGING, LogsWithJul.class);
    }

    @Test
    void exceptionRuleCatchesAGenericException() {
        assertCaught(ArchitectureRules.NO_GENERIC_EXCEPTIONS, ThrowsGenericException.class);
    }

    @Test
    void coreRuleCatchesAClockRead() {
        assertCaught(ArchitectureRules.NO_CLOCK_OR_RANDOMNESS_IN_THE_CORE, DomainReadingTheClock.class);
    }

    @Test
    void coreRuleCatchesAMonotonicClockReadAndARandomNumber() {
        assertCaught(ArchitectureRules.NO_CLOCK_OR_RANDOMNESS_IN_THE_CORE, ServiceTimingItself.class);
        assertCaught(ArchitectureRules.NO_CLOCK_OR_RANDOMNESS_IN_THE_CORE, ServiceDrawingARandomNumber.class);
    }
}
