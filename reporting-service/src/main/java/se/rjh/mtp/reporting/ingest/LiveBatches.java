package se.rjh.mtp.reporting.ingest;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.reporting.readmodel.ReadModelWriter;

/**
 * Collects the audit records of one processing batch (the tracking processor's unit of work) and hands them to the
 * writer as one batch. They are written before the processor stores its token ({@link FlushingTokenStore}), or at the
 * latest when the unit of work prepares its commit (a dead letter retried by an operator has no token); a failed
 * write fails the unit of work, so the batch is delivered again from the last stored token and applied again, which
 * changes nothing that was already applied.
 */
@Component
record LiveBatches(ReadModelWriter writer) {

    private static final String PENDING = LiveBatches.class.getName() + ".pending";

    void add(Document record) {
        if (!CurrentUnitOfWork.isStarted()) {
            writer.applyLive(List.of(record));
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        List<Document> pending = unitOfWork.getOrComputeResource(PENDING, key -> {
            unitOfWork.onPrepareCommit(this::flush);
            return new ArrayList<>();
        });
        pending.add(record);
    }

    /** Writes what the current unit of work has collected, if anything. */
    void flushCurrent() {
        CurrentUnitOfWork.ifStarted(unitOfWork -> flush(unitOfWork.root()));
    }

    private void flush(UnitOfWork<?> unitOfWork) {
        List<Document> pending = unitOfWork.getResource(PENDING);
        if (pending != null && !pending.isEmpty()) {
            writer.applyLive(List.copyOf(pending));
            pending.clear();
        }
    }
}
