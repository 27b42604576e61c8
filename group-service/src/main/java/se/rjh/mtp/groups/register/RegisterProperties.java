package se.rjh.mtp.groups.register;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.boot.context.properties.ConfigurationProperties;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.view.RegisterRules;
import se.rjh.mtp.groups.register.domain.RegisterPolicy;

/**
 * The register's configurable rules, under {@code mtp.register} in group-service.yml: the Swedish details (what IVO
 * is told and by when) are not settled and may change, so they are data. Defaults here hold when a key is left out.
 *
 * @param reviewInterval       the review interval a new device gets (MDR (h)/IVDR (i): at least yearly)
 * @param earlyReviewPeriod    how soon after a linked incident the review is due; P0D: at once
 * @param marketSearchInterval the default interval between market searches (MDCG 2023-1: regularly)
 * @param reviewCheckInterval  how often the deadline scan looks for overdue reviews and market searches
 * @param gspr                 the Annex I sections a checklist must answer, per kind
 * @param ivo                  the information to IVO (HSLF-FS 2021:32 4 kap. 2 §)
 * @param institution          the health institution on the public declaration
 */
@ConfigurationProperties(prefix = "mtp.register")
public record RegisterProperties(Period reviewInterval, Period earlyReviewPeriod, Period marketSearchInterval,
                                 Duration reviewCheckInterval, Gspr gspr, Ivo ivo,
                                 Institution institution) implements RegisterPolicy {

    public RegisterProperties {
        reviewInterval = reviewInterval == null ? Period.ofMonths(12) : reviewInterval;
        earlyReviewPeriod = earlyReviewPeriod == null ? Period.ZERO : earlyReviewPeriod;
        marketSearchInterval = marketSearchInterval == null ? Period.ofMonths(12) : marketSearchInterval;
        reviewCheckInterval = reviewCheckInterval == null ? Duration.ofMinutes(10) : reviewCheckInterval;
        gspr = gspr == null ? new Gspr(null, null) : gspr;
        ivo = ivo == null ? new Ivo(null, null) : ivo;
        institution = institution == null ? new Institution(null, null) : institution;
    }

    /**
     * @param md  MDR Annex I: sections 1–23 unless configured
     * @param ivd IVDR Annex I: sections 1–20 unless configured
     */
    public record Gspr(List<String> md, List<String> ivd) {
        public Gspr {
            md = md == null || md.isEmpty() ? sections(23) : List.copyOf(md);
            ivd = ivd == null || ivd.isEmpty() ? sections(20) : List.copyOf(ivd);
        }

        private static List<String> sections(int last) {
            return IntStream.rangeClosed(1, last).mapToObj(Integer::toString).toList();
        }
    }

    /**
     * @param requiredContent what the information must hold, one item each (a release needs every item)
     * @param deadline        how long after the case's decision the information is due
     */
    public record Ivo(List<String> requiredContent, Period deadline) {
        public Ivo {
            requiredContent = requiredContent == null ? List.of() : List.copyOf(requiredContent);
            deadline = deadline == null ? Period.ZERO : deadline;
        }
    }

    /** The health institution's name and postal address, as the public declaration states them. */
    public record Institution(String name, String address) {
        public Institution {
            name = name == null || name.isBlank() ? "Region Jämtland Härjedalen" : name;
            address = address == null ? "" : address;
        }
    }

    @Override
    public List<String> gsprRequirements(DeviceKind kind) {
        return kind == DeviceKind.IVD ? gspr.ivd() : gspr.md();
    }

    @Override
    public List<String> ivoRequiredContent() {
        return ivo.requiredContent();
    }

    /** The rules as a form shows them. */
    public RegisterRules rules() {
        return new RegisterRules(ivo.requiredContent(), ivo.deadline().toString(), reviewInterval.toString(),
                earlyReviewPeriod.toString(), marketSearchInterval.toString(), gspr.md(), gspr.ivd());
    }
}
