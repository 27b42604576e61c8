package se.rjh.mtp.platform.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

class DomainRulesTest {

    private static JavaClasses sample(String name) {
        return new ClassFileImporter().importPackages("se.rjh.mtp.platform.architecture.sample." + name);
    }

    @Test
    void axonAnnotationsIncludingItsSpringStereotypeAreAllowed() {
        assertThat(DomainRules.DOMAIN_IS_FREE_OF_FRAMEWORKS.evaluate(sample("clean")).hasViolation()).isFalse();
    }

    @Test
    void springJacksonAnnotationsAndThePlatformAreRefused() {
        for (String name : new String[] {"spring", "jackson", "platform"}) {
            assertThat(DomainRules.DOMAIN_IS_FREE_OF_FRAMEWORKS.evaluate(sample(name)).hasViolation()).as(name).isTrue();
        }
    }
}
