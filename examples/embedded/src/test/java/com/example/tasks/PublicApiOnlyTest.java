package com.example.tasks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.taskorchestrator.testkit.PublicApi;
import java.util.ArrayList;
import java.util.List;

/** This program uses the orchestrator's public packages and nothing else of it, so that an upgrade cannot break it unannounced. */
@AnalyzeClasses(packages = "com.example.tasks", importOptions = ImportOption.DoNotIncludeTests.class)
class PublicApiOnlyTest {

    @ArchTest
    static final ArchRule ONLY_THE_PUBLIC_API = classes().that().resideInAPackage("com.example..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(allowed());

    private static String[] allowed() {
        List<String> packages = new ArrayList<>(List.of("java..", "com.example.."));
        packages.addAll(PublicApi.PACKAGES);
        return packages.toArray(String[]::new);
    }
}
