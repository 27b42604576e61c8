package se.rjh.mtp.api.cases.view;


/**
 * A case marked secret, with what the marking cannot undo.
 *
 * @param id The case id.
 * @param warning In Swedish, for the person marking: text published before the marking stays in clear on the event
 *               topics; only text from the marking on is encrypted.
 */
public record SecrecyMarkingResult(
        String id,
        String warning) {

    /** Kafka keeps every event: what other services received before the marking is not taken back. */
    public static final String EARLIER_TEXT_WARNING = "Text som registrerats före sekretessmarkeringen (t.ex. "
            + "ärendemening, beskrivning och inskickare vid mottagandet) har redan publicerats i klartext till "
            + "systemets övriga tjänster och finns kvar där. Text från och med markeringen krypteras.";

    public static SecrecyMarkingResult of(String id) {
        return new SecrecyMarkingResult(id, EARLIER_TEXT_WARNING);
    }
}
