package se.rjh.mtp.api.cases;

/** Who sent the matter in: a person, their unit and e-mail. */
public record Submitter(String name, String unit, String email) {
}
