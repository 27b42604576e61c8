package se.rjh.mtp.api.guidelines.view;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to retiring a guideline. */
@Schema(name = "Retirement", description = "A retired guideline; its versions stay readable")
public record Retirement(String documentNumber, boolean retired) {
}
