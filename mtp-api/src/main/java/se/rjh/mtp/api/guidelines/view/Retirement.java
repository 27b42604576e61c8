package se.rjh.mtp.api.guidelines.view;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to retiring a guideline.
 */
@Schema(name = "Retirement")
public record Retirement(
        String documentNumber,
        boolean retired) {
}
