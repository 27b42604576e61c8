package se.rjh.mtp.cases.notification;

import java.util.List;
import se.rjh.mtp.api.cases.CaseOfficerReassigned;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseRegistered;
import se.rjh.mtp.api.cases.PreparationStarted;
import se.rjh.mtp.api.cases.RegistrationCorrected;
import se.rjh.mtp.api.cases.SecrecyMarkingChanged;

/**
 * What a case's mail may say, folded from the case's events as they stand now: diarienummer, case officer, the
 * submitter's address and the subject, which a mail names only while the case is not secrecy-marked.
 */
record CaseFacts(String caseNumber, String caseOfficer, String submitterEmail, String subject, boolean marked) {

    static CaseFacts of(List<Object> history) {
        String caseNumber = null;
        String caseOfficer = null;
        String email = null;
        String subject = null;
        boolean marked = false;
        for (Object event : history) {
            if (event instanceof CaseReceived e) {
                subject = e.subject();
                email = e.submitter() == null ? null : e.submitter().email();
            } else if (event instanceof CaseRegistered e) {
                caseNumber = e.caseNumber();
                marked = e.secrecy() != null;
            } else if (event instanceof RegistrationCorrected e) {
                subject = e.subject() != null ? e.subject() : subject;
                email = e.submitter() != null ? e.submitter().email() : email;
            } else if (event instanceof SecrecyMarkingChanged e) {
                marked = e.secrecy() != null;
            } else if (event instanceof PreparationStarted e) {
                caseOfficer = e.caseOfficer();
            } else if (event instanceof CaseOfficerReassigned e) {
                caseOfficer = e.caseOfficer();
            }
        }
        return new CaseFacts(caseNumber, caseOfficer, email, subject, marked);
    }

    /** The diarienummer, and the subject after it unless the case is marked: never protected text. */
    String title() {
        return marked || subject == null ? caseNumber : caseNumber + " – " + subject;
    }
}
