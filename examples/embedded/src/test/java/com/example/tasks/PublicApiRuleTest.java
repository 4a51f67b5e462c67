package com.example.tasks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.tasks.planted.UsesAnInternalClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The rule of {@link PublicApiOnlyTest} can fail: a class planted to reach into an internal package breaks it. */
class PublicApiRuleTest {

    @Test
    void givenAClassThatReachesIntoAnInternalPackage_whenChecked_thenTheRuleFindsIt() {
        assertTrue(PublicApiOnlyTest.ONLY_THE_PUBLIC_API.evaluate(new ClassFileImporter()
                .importClasses(UsesAnInternalClass.class)).hasViolation());
    }
}
