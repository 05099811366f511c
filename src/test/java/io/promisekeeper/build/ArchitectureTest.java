package io.promisekeeper.build;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain knows nothing of Jira, and names speak the service language. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.promisekeeper");

    @Test
    void coreDependsOnNoHostFrameworkOrAdapter() {
        noClasses().that().resideInAPackage("io.promisekeeper.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.atlassian..", "jakarta..", "javax.servlet..", "net.java.ao..", "org.springframework..",
                        "org.slf4j..", "com.fasterxml..", "io.promisekeeper.jira..", "io.promisekeeper.cli..")
                .because("the domain must compile and test without Jira (README: For developers)")
                .check(MAIN);
    }

    @Test
    void thePluginDoesNotReachIntoTheCommandLineTool() {
        noClasses().that().resideInAPackage("io.promisekeeper.jira..")
                .should().dependOnClassesThat().resideInAPackage("io.promisekeeper.cli..")
                .because("the cli package is never packaged into the bundle")
                .check(MAIN);
    }

    @Test
    void namesSpeakTheServiceLanguage() {
        noClasses().should().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Impl")
                .check(MAIN);
    }
}
