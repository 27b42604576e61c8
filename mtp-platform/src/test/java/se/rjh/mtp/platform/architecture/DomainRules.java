package se.rjh.mtp.platform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * Architecture rules every service's domain keeps, for use from any ArchUnit test (this module's test-jar):
 * {@code @ArchTest static final ArchRule domain = DomainRules.DOMAIN_IS_FREE_OF_FRAMEWORKS;}.
 */
public final class DomainRules {

    /**
     * Aggregates, commands, events and rules depend on no Spring Framework class, no Jackson annotation and not on
     * the platform module. Axon's own annotations are allowed, including its Spring stereotype
     * {@code org.axonframework.spring.stereotype.Aggregate}.
     */
    public static final ArchRule DOMAIN_IS_FREE_OF_FRAMEWORKS = domainIsFreeOfFrameworks("se.rjh.mtp");

    /** The same rule for the {@code domain} packages under another root (this module's own test uses samples). */
    static ArchRule domainIsFreeOfFrameworks(String rootPackage) {
        return noClasses()
                .that().resideInAPackage(rootPackage + "..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.fasterxml.jackson.annotation..",
                        "com.fasterxml.jackson.databind.annotation..", "se.rjh.mtp.platform..")
                .because("the domain is plain Java with Axon's annotations: readable, testable and replayable alone");
    }

    private DomainRules() {
    }
}
