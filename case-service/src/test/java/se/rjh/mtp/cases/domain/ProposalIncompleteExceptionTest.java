package se.rjh.mtp.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The refusal carries what the problem answer shows: 409, its own title, the step, what is needed and the list. */
class ProposalIncompleteExceptionTest {

    @Test
    void answersLikeAStateConflictPlusTheMissingList() {
        List<String> missing = List.of("incidentDetails.eventDate", "consultations: at least one");
        String needed = "missing: incidentDetails.eventDate; consultations: at least one";
        ProposalIncompleteException refused = new ProposalIncompleteException("IN_PREPARATION", missing);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.title()).isEqualTo("The proposal is incomplete");
        assertThat(refused.getMessage()).isEqualTo("Not allowed in step IN_PREPARATION: " + needed);
        assertThat(refused.properties()).containsExactly(
                entry("currentStep", "IN_PREPARATION"), entry("needed", needed), entry("missing", missing));
    }
}
