package se.rjh.mtp.api.cases;

import java.time.LocalDate;

/** A secrecy marking (sekretessmarkering): the OSL provision, the date and who marked it. */
public record SecrecyMarking(String provision, LocalDate markedOn, String markedBy) {
}
