package se.rjh.mtp.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import se.rjh.mtp.platform.architecture.DomainRules;

/** The boundaries that keep the services independent and the domain free of frameworks' I/O. */
@AnalyzeClasses(packages = "se.rjh.mtp", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Every service's root package; the shared modules are the others under se.rjh.mtp. */
    private static final String[] SERVICES = {
            "se.rjh.mtp.cases..", "se.rjh.mtp.groups..", "se.rjh.mtp.guidelines..", "se.rjh.mtp.reporting.."};

    /** No Spring at all (Axon's annotations aside) and not the platform: the rule every service's domain keeps. */
    @ArchTest
    static final ArchRule domainIsFreeOfFrameworks = DomainRules.DOMAIN_IS_FREE_OF_FRAMEWORKS;

    /** Beyond Spring, which the rule above already keeps out: the drivers and servlet/persistence APIs. */
    @ArchTest
    static final ArchRule domainIsFreeOfWebAndPersistence = noClasses()
            .that().resideInAPackage("se.rjh.mtp..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta.servlet..", "jakarta.persistence..", "com.mongodb..", "org.bson..", "org.apache.kafka..")
            .because("aggregates and rules must be testable and replayable without servers");

    @ArchTest
    static final ArchRule sharedApiIsPlainJava = noClasses()
            .that().resideInAPackage("se.rjh.mtp.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.apache.kafka..")
            .because("every service and every consumer reads these events");

    @ArchTest
    static final ArchRule noServiceUsesAnother = slices()
            .matching("se.rjh.mtp.(cases|groups|guidelines|reporting)..").namingSlices("service '$1'")
            .should().notDependOnEachOther()
            .because("services talk only through events on Kafka");

    /**
     * The register of in-house devices is its own bounded context hosted in group-service (to save a JVM): it reaches
     * the rest of group-service only through mtp-api, mtp-platform and interfaces it owns.
     */
    @ArchTest
    static final ArchRule registerIsItsOwnContext = noClasses()
            .that().resideInAPackage("se.rjh.mtp.groups.register..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("se.rjh.mtp.groups..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("se.rjh.mtp.groups.register.."))))
            .because("the register is a bounded context of its own; a fifth service could take it over unchanged");

    @ArchTest
    static final ArchRule platformKnowsNoService = noClasses()
            .that().resideInAnyPackage("se.rjh.mtp.platform..", "se.rjh.mtp.api..", "se.rjh.mtp.local..")
            .should().dependOnClassesThat().resideInAnyPackage(SERVICES)
            .because("shared modules serve every service and depend on none");
}
