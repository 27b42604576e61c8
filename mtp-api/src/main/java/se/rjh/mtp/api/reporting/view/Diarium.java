package se.rjh.mtp.api.reporting.view;

import java.util.List;

/**
 * The diarium: every registered case, by date received and diarienummer
 */
public record Diarium(
        List<DiariumEntry> entries) {
}
