package se.rjh.mtp.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries that keep the services independent and the domain free of frameworks' I/O. */
@AnalyzeClasses(packages = "se.rjh.mtp", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] IO_FRAMEWORKS = {
            "org.springframework.web..", "org.springframework.http..", "org.springframework.data..",
            "org.springframework.jdbc..", "jakarta.servlet..", "jakarta.persistence..", "com.mongodb..", "org.bson..",
            "org.apache.kafka.."};

    @ArchTest
    static final ArchRule domainIsFreeOfWebAndPersistence = noClasses()
            .that().resideInAPackage("se.rjh.mtp..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(IO_FRAMEWORKS)
            .because("aggregates and rules must be testable and replayable without servers");

    @ArchTest
    static final ArchRule sharedApiIsPlainJava = noClasses()
            .that().resideInAPackage("se.rjh.mtp.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.apache.kafka..")
            .because("every service and every consumer reads these events");

    @ArchTest
    static final ArchRule caseServiceUsesNoOtherService = noClasses()
            .that().resideInAPackage("se.rjh.mtp.cases..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "se.rjh.mtp.groups..", "se.rjh.mtp.guidelines..", "se.rjh.mtp.reporting..")
            .because("services talk only through events on Kafka");

    @ArchTest
    static final ArchRule groupServiceUsesNoOtherService = noClasses()
            .that().resideInAPackage("se.rjh.mtp.groups..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "se.rjh.mtp.cases..", "se.rjh.mtp.guidelines..", "se.rjh.mtp.reporting..")
            .because("services talk only through events on Kafka");

    @ArchTest
    static final ArchRule guidelineServiceUsesNoOtherService = noClasses()
            .that().resideInAPackage("se.rjh.mtp.guidelines..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "se.rjh.mtp.cases..", "se.rjh.mtp.groups..", "se.rjh.mtp.reporting..")
            .because("services talk only through events on Kafka");

    @ArchTest
    static final ArchRule reportingServiceUsesNoOtherService = noClasses()
            .that().resideInAPackage("se.rjh.mtp.reporting..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "se.rjh.mtp.cases..", "se.rjh.mtp.groups..", "se.rjh.mtp.guidelines..")
            .because("services talk only through events on Kafka");

    @ArchTest
    static final ArchRule platformKnowsNoService = noClasses()
            .that().resideInAnyPackage("se.rjh.mtp.platform..", "se.rjh.mtp.api..", "se.rjh.mtp.local..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "se.rjh.mtp.cases..", "se.rjh.mtp.groups..", "se.rjh.mtp.guidelines..", "se.rjh.mtp.reporting..")
            .because("shared modules serve every service and depend on none");
}
