package io.promisekeeper.build;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Every architecture rule in one place (README, For developers): the domain knows nothing of Jira or of the adapters, its
 * packages depend on each other without cycles, the plugin and its tests never reach into the command-line tool,
 * and names speak the service language.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.promisekeeper");
    private static final JavaClasses MAIN_AND_TESTS = new ClassFileImporter().importPackages("io.promisekeeper");

    @Test
    void coreDependsOnNoHostFrameworkOrAdapter() {
        noClasses().that().resideInAPackage("io.promisekeeper.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.atlassian..", "jakarta..", "javax.servlet..", "net.java.ao..", "org.springframework..",
                        "org.slf4j..", "com.fasterxml..", "org.apache..", "io.promisekeeper.jira..",
                        "io.promisekeeper.cli..", "io.promisekeeper.standin..")
                .because("the domain must compile and test without Jira (README: For developers)")
                .check(MAIN);
    }

    @Test
    void corePackagesDependOnEachOtherWithoutCycles() {
        slices().matching("io.promisekeeper.core.(*)..").should().beFreeOfCycles()
                .because("each core package must be understandable and changeable from below")
                .check(MAIN);
    }

    @Test
    void thePluginAndItsTestsDoNotReachIntoTheCommandLineTool() {
        noClasses().that().resideInAPackage("io.promisekeeper.jira..")
                .should().dependOnClassesThat().resideInAPackage("io.promisekeeper.cli..")
                .because("the cli package is never packaged into the bundle; shared stand-ins live in standin")
                .check(MAIN_AND_TESTS);
    }

    @Test
    void thePluginDoesNotUseTheStandIns() {
        noClasses().that().resideInAPackage("io.promisekeeper.jira..")
                .should().dependOnClassesThat().resideInAPackage("io.promisekeeper.standin..")
                .because("in Jira the real host services are used; the stand-ins are for outside Jira")
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
