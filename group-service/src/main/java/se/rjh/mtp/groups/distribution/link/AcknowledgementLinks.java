package se.rjh.mtp.groups.distribution.link;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.platform.production.ProfileDefaults;
import se.rjh.mtp.platform.security.UnsafeProductionSettingException;

/**
 * Makes and reads the units' personal links. A token is {@code base64url(distributionId|unitId|lastValidDay)}, a dot
 * and {@code base64url(HMAC-SHA256(key, that text))}; the last valid day is the acknowledgement date plus
 * {@link LinkProperties#validAfterDue}, so the same link comes out every time and a mail listener can compute it
 * from {@code UnitAskedToAcknowledge} alone.
 */
@Component
@EnableConfigurationProperties(LinkProperties.class)
public class AcknowledgementLinks {

    /** The JSON API of a link. */
    public static final String API_PATH = "/api/acknowledgements/";
    /** The Swedish form over the same API: where the link a unit gets points. */
    public static final String FORM_PATH = "/kvittens/";
    private static final String ALGORITHM = "HmacSHA256";
    private static final String SEPARATOR = "|";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final LinkProperties properties;

    AcknowledgementLinks(LinkProperties properties, Environment environment) {
        if (environment.acceptsProfiles(Profiles.of(ProfileDefaults.PROD))
                && (LinkProperties.LOCAL_KEY.equals(properties.signingKey())
                || properties.signingKey().length() < LinkProperties.MIN_KEY_LENGTH)) {
            throw new UnsafeProductionSettingException("MTP_DISTRIBUTION_SIGNING_KEY",
                    "<a random secret of at least " + LinkProperties.MIN_KEY_LENGTH + " characters>",
                    "mtp.distribution.signing-key is the local default or too short, so anyone could forge a unit's "
                            + "acknowledgement link");
        }
        this.properties = properties;
        this.key = new SecretKeySpec(properties.signingKey().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** What a valid token names. */
    public record Verified(String distributionId, String unitId, LocalDate lastValidDay) {
    }

    /** The unit's personal link: the form page ({@link #API_PATH} takes the same token). */
    public String linkFor(String distributionId, String unitId, LocalDate acknowledgeBy) {
        return properties.baseUrl() + FORM_PATH + tokenFor(distributionId, unitId, acknowledgeBy);
    }

    public String tokenFor(String distributionId, String unitId, LocalDate acknowledgeBy) {
        String payload = distributionId + SEPARATOR + unitId + SEPARATOR + acknowledgeBy.plus(properties.validAfterDue());
        byte[] text = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(text) + "." + ENCODER.encodeToString(sign(text));
    }

    /**
     * The token's distribution and unit when it was signed with this service's key and is valid on {@code today};
     * otherwise a 400 naming {@code token}, without saying which part was wrong beyond expiry.
     */
    public Verified verify(String token, LocalDate today) {
        InvalidInputException invalid = new InvalidInputException("token", "is not a valid acknowledgement link");
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 1 || token.length() > 1_000) {
            throw invalid;
        }
        byte[] text;
        byte[] signature;
        try {
            text = Base64.getUrlDecoder().decode(token.substring(0, dot));
            signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid;
        }
        // Compared in constant time, so the signature cannot be guessed byte by byte from response times.
        if (!MessageDigest.isEqual(sign(text), signature)) {
            throw invalid;
        }
        String[] parts = new String(text, StandardCharsets.UTF_8).split("\\" + SEPARATOR, -1);
        if (parts.length != 3) {
            throw invalid;
        }
        LocalDate lastValidDay;
        try {
            lastValidDay = LocalDate.parse(parts[2]);
        } catch (DateTimeParseException e) {
            throw invalid;
        }
        if (today.isAfter(lastValidDay)) {
            throw new InvalidInputException("token", "the acknowledgement link expired after " + lastValidDay
                    + "; ask LSG MTP for a new one");
        }
        return new Verified(parts[0], parts[1], lastValidDay);
    }

    private byte[] sign(byte[] text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(text);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
