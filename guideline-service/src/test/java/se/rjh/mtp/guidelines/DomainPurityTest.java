package se.rjh.mtp.guidelines;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The domain holds the rules only: it knows none of the slices that use it. That it is free of frameworks is the
 * rule every service keeps (DomainRules, checked in system-tests' ArchitectureTest).
 */
class DomainPurityTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.rjh.mtp.guidelines");

    @Test
    void theDomainDependsOnNoSliceThatUsesIt() {
        noClasses().that().resideInAPackage("se.rjh.mtp.guidelines.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "se.rjh.mtp.guidelines.library..", "se.rjh.mtp.guidelines.drafting..",
                        "se.rjh.mtp.guidelines.review..", "se.rjh.mtp.guidelines.publication..",
                        "se.rjh.mtp.guidelines.revision..", "se.rjh.mtp.guidelines.casefollowup..")
                .check(classes);
    }
}
