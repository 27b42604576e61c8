package se.rjh.mtp.platform.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

class DomainRulesTest {

    /** Samples live outside se.rjh.mtp, so that a test applying the rule to the whole system never meets them. */
    private static final ArchRule RULE = DomainRules.domainIsFreeOfFrameworks("se.rjh.archsample");

    private static JavaClasses sample(String name) {
        return new ClassFileImporter().importPackages("se.rjh.archsample." + name);
    }

    @Test
    void axonAnnotationsIncludingItsSpringStereotypeAreAllowed() {
        assertThat(RULE.evaluate(sample("clean")).hasViolation()).isFalse();
    }

    @Test
    void springJacksonAnnotationsAndThePlatformAreRefused() {
        for (String name : new String[] {"spring", "jackson", "platform"}) {
            assertThat(RULE.evaluate(sample(name)).hasViolation()).as(name).isTrue();
        }
    }
}
