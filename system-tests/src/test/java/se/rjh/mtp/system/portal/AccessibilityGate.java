package se.rjh.mtp.system.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.WebDriver;

/**
 * axe-core against the page as the browser shows it, for WCAG 2.0 and 2.1 A and AA. A serious or critical violation
 * fails the test; minor and moderate ones are listed in the test output, so they are seen without blocking.
 */
final class AccessibilityGate {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private AccessibilityGate() {
    }

    static void check(WebDriver driver, String view) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        assertThat(results.isErrored()).as("axe ran on %s: %s", view, results.getErrorMessage()).isFalse();
        List<Rule> blocking = results.getViolations().stream().filter(r -> BLOCKING.contains(r.getImpact())).toList();
        results.getViolations().stream().filter(r -> !BLOCKING.contains(r.getImpact())).forEach(r ->
                System.out.printf("axe %s on %s: %s (%s), %d element(s)%n", r.getImpact(), view, r.getId(), r.getHelp(),
                        r.getNodes().size()));
        assertThat(blocking).as("serious or critical WCAG violations on %s: %s", view, blocking.stream()
                .map(r -> r.getId() + " " + r.getHelp() + " " + r.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                        .toList()).toList()).isEmpty();
        // axe found the page's content, so an empty page does not pass as accessible.
        assertThat(results.getPasses()).as("axe checks that passed on %s", view).isNotEmpty();
    }
}
