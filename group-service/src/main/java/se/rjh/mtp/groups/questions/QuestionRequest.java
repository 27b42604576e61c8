package se.rjh.mtp.groups.questions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A LAG's question: the subject becomes the case's subject, the text its description. */
public record QuestionRequest(@NotBlank @Size(max = 300) String subject, @NotBlank @Size(max = 20_000) String text) {
}
