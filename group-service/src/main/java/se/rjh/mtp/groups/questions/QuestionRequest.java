package se.rjh.mtp.groups.questions;

import static se.rjh.mtp.api.common.TextRules.LINE;
import static se.rjh.mtp.api.common.TextRules.TEXT;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A LAG's question: the subject becomes the case's subject, the text its description. */
public record QuestionRequest(@NotBlank @Size(max = LINE) String subject, @NotBlank @Size(max = TEXT) String text) {
}
