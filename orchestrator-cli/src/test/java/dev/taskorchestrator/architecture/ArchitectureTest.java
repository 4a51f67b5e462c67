package dev.taskorchestrator.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule against every production class of every module (this module sees them all). */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.taskorchestrator");
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("onion", ArchitectureRules.ONION),
                Arguments.of("domain is plain Java", ArchitectureRules.DOMAIN_IS_PLAIN_JAVA),
                Arguments.of("application knows only the domain", ArchitectureRules.APPLICATION_KNOWS_ONLY_THE_DOMAIN),
                Arguments.of("wire knows only the core", ArchitectureRules.WIRE_KNOWS_ONLY_THE_CORE),
                Arguments.of("commands use the ports and the wire", ArchitectureRules.COMMANDS_USE_THE_PORTS_AND_THE_WIRE),
                Arguments.of("no package cycles", ArchitectureRules.NO_PACKAGE_CYCLES),
                Arguments.of("inbound ports are use cases", ArchitectureRules.INBOUND_PORTS_ARE_USE_CASES),
                Arguments.of("use cases are inbound ports", ArchitectureRules.USE_CASES_ARE_INBOUND_PORTS),
                Arguments.of("outbound ports are interfaces", ArchitectureRules.OUTBOUND_PORTS_ARE_INTERFACES),
                Arguments.of("services are hidden", ArchitectureRules.SERVICES_ARE_HIDDEN),
                Arguments.of("commands are named Command", ArchitectureRules.COMMANDS_ARE_NAMED_COMMAND),
                Arguments.of("no standard streams", ArchitectureRules.NO_STANDARD_STREAMS),
                Arguments.of("no java.util.logging", ArchitectureRules.NO_JAVA_UTIL_LOGGING),
                Arguments.of("no generic exceptions", ArchitectureRules.NO_GENERIC_EXCEPTIONS),
                Arguments.of("no clock or randomness in the core", ArchitectureRules.NO_CLOCK_OR_RANDOMNESS_IN_THE_CORE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void givenTheProductionClasses_whenTheRuleIsChecked_thenItHolds(String name, ArchRule rule) {
        rule.check(production);
    }
}
