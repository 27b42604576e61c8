package se.rjh.mtp.api.devices;

/**
 * One general safety and performance requirement of the device's checklist.
 *
 * @param requirement the Annex I section, e.g. {@code 10.4}
 * @param answer met, not met or not applicable; null while unanswered
 * @param justification why it is not met or not applicable; required then
 */
public record GsprEntry(String requirement, GsprAnswer answer, String justification) {
}
