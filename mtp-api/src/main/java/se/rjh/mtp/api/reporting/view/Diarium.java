package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(description = "The diarium: every registered case, by date received and diarienummer")
public record Diarium(List<DiariumEntry> entries) {
}
