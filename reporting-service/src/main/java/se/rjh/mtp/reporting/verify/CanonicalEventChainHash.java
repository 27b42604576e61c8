package se.rjh.mtp.reporting.verify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * The canonical form documented by the event store ({@code EventHashes}): each field as
 * {@code <length>:<value>\n}, null as {@code -1:\n}, in {@link ChainedEvent}'s order. To be replaced by a call to
 * {@code EventHashes.hash} once that class is merged into mtp-platform.
 */
@Component
public class CanonicalEventChainHash implements EventChainHash {

    @Override
    public String hash(ChainedEvent e) {
        StringBuilder canonical = new StringBuilder(256);
        append(canonical, e.eventIdentifier());
        append(canonical, e.aggregateIdentifier());
        append(canonical, e.aggregateType());
        append(canonical, Long.toString(e.sequenceNumber()));
        append(canonical, Long.toString(e.timestampEpochMillis()));
        append(canonical, e.payloadType());
        append(canonical, e.payloadRevision());
        append(canonical, e.payload());
        append(canonical, e.metaData());
        append(canonical, e.prevHash());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is mandatory in every JRE", ex);
        }
    }

    private static void append(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("-1:\n");
        } else {
            sb.append(value.length()).append(':').append(value).append('\n');
        }
    }
}
