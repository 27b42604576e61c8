package se.rjh.mtp.cases.domain;

import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseRegistered;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.cases.ConcernedBody;
import se.rjh.mtp.api.cases.ConsultationRequested;
import se.rjh.mtp.api.cases.Device;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.cases.DeviceMarking;
import se.rjh.mtp.api.cases.PreparationStarted;
import se.rjh.mtp.api.cases.Submitter;
import se.rjh.mtp.api.common.MetadataKeys;

/** Given-events shared by the aggregate tests. */
final class CaseFixtures {

    static final String ID = "c1";
    static final String NUMBER = "MTP/1/2026";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Submitter SUBMITTER = new Submitter("Eva Ek", "Medicinteknik", "eva.ek@example.se");
    static final Device PUMP = new Device("Infusionspump", "Acme Medical", "IP-200", "07350000000012",
            DeviceClass.MDR_IIB, DeviceMarking.CE_MARKED);
    static final Map<String, Object> REGISTRAR = Map.of(MetadataKeys.ACTOR, "registrator");
    /** A valid personnummer (Luhn-correct, real date). */
    static final String PERSONNUMMER = "19121212-1212";

    private CaseFixtures() {
    }

    static CaseReceived received(CaseType type) {
        return new CaseReceived(ID, "Infusionspump larmar", "Beskrivning", type, Channel.EMAIL, SUBMITTER, TODAY, null);
    }

    static CaseRegistered registered(CaseType type) {
        return new CaseRegistered(ID, NUMBER, type, "Patientsäkerhet", PUMP, null, TODAY, TODAY);
    }

    static PreparationStarted preparing(CaseType type) {
        return new PreparationStarted(ID, NUMBER, type, "handlaggare", TODAY);
    }

    /** A case of this type received, registered and in preparation, then the events given. */
    static Object[] inPreparation(CaseType type, Object... then) {
        List<Object> events = new ArrayList<>(List.of(received(type), registered(type), preparing(type)));
        events.addAll(List.of(then));
        return events.toArray();
    }

    static ConsultationRequested consultation(String consultationId) {
        return new ConsultationRequested(ID, consultationId, ConcernedBody.PATIENT_SAFETY, "Synpunkter?",
                TODAY.plusDays(14));
    }

    /**
     * A command the aggregate refuses after the events given: it throws this exception, whose message names
     * {@code named} where that is given, and records nothing. Named by the rule, for the test report.
     */
    record Refusal(String rule, Object[] given, Object command, Class<? extends Exception> exception, String named) {

        Refusal(String rule, Object[] given, Object command, Class<? extends Exception> exception) {
            this(rule, given, command, exception, null);
        }

        void check() {
            ResultValidator<Case> result = new AggregateTestFixture<>(Case.class).given(given).when(command)
                    .expectException(exception)
                    .expectNoEvents();
            if (named != null) {
                result.expectExceptionMessage(containsString(named));
            }
        }

        @Override
        public String toString() {
            return rule;
        }
    }
}
