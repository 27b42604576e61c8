package se.rjh.mtp.reporting.distributions;

import static se.rjh.mtp.reporting.readmodel.EventNames.field;
import static se.rjh.mtp.reporting.readmodel.EventNames.type;

import se.rjh.mtp.api.groups.DecisionDistributed;
import se.rjh.mtp.api.groups.DistributionAcknowledged;
import se.rjh.mtp.api.groups.DistributionAcknowledgementOverdue;
import se.rjh.mtp.api.groups.UnitAskedToAcknowledge;

/** The group-service distribution events the distributions report reads, by type and field. */
final class DistributionEvents {

    static final String DISTRIBUTED = type(DecisionDistributed.class);
    static final String ASKED = type(UnitAskedToAcknowledge.class);
    static final String ACKNOWLEDGED = type(DistributionAcknowledged.class);
    static final String OVERDUE = type(DistributionAcknowledgementOverdue.class);

    static final String SUBJECT_KIND = field(DecisionDistributed.class, "subjectKind");
    static final String SUBJECT_REFERENCE = field(DecisionDistributed.class, "subjectReference");
    static final String SUBJECT_TITLE = field(DecisionDistributed.class, "subjectTitle");
    static final String DISTRIBUTED_ON = field(DecisionDistributed.class, "distributedOn");
    static final String ACKNOWLEDGE_BY = field(DecisionDistributed.class, "acknowledgeBy");
    /** The same name on every per-unit event. */
    static final String UNIT_ID = field(UnitAskedToAcknowledge.class, "unitId");
    static final String UNIT_NAME = field(UnitAskedToAcknowledge.class, "unitName");
    static final String RESPONSE = field(DistributionAcknowledged.class, "response");
    static final String ACKNOWLEDGED_AT = field(DistributionAcknowledged.class, "acknowledgedAt");

    private DistributionEvents() {
    }
}
