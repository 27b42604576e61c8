package se.rjh.mtp.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The auditor's tool is only worth something if it shares no code with what it audits. */
@AnalyzeClasses(packages = "se.rjh.mtp.system.auditor")
class AuditorIndependenceTest {

    @ArchTest
    static final ArchRule auditorUsesOnlyTheClients = classes()
            .that().resideInAPackage("se.rjh.mtp.system.auditor..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "org.apache.kafka..", "com.mongodb..", "org.bson..", "se.rjh.mtp.system.auditor..")
            .because("an auditor recomputes hashes from the documented form, not with the project's own classes");
}
