package se.rjh.mtp.reporting.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.reporting.WireMongo;
import se.rjh.mtp.reporting.readmodel.Generations;
import se.rjh.mtp.reporting.readmodel.ReadModelWriter;

/** The live consumer's batch is written before its token is stored, and a failed write stores no token. */
class LiveBatchesTest {

    @AutoClose
    private static final WireMongo MONGO = new WireMongo();

    /** Remembers how many audit records were stored each time a token was. */
    private static final class RecordingTokenStore implements TokenStore {
        final List<Long> auditedAtStore = new ArrayList<>();
        private final Generations generations;

        RecordingTokenStore(Generations generations) {
            this.generations = generations;
        }

        @Override
        public void storeToken(TrackingToken token, String processorName, int segment) {
            auditedAtStore.add(generations.active(ReadModelWriter.AUDIT_LOG).countDocuments());
        }

        @Override
        public TrackingToken fetchToken(String processorName, int segment) {
            return null;
        }

        @Override
        public void releaseClaim(String processorName, int segment) {
        }

        @Override
        public int[] fetchSegments(String processorName) {
            return new int[0];
        }
    }

    private static Document record(String id, String aggregateId, long sequence) {
        return new Document("_id", id).append("service", "case-service").append("aggregateId", aggregateId)
                .append("sequence", sequence).append("eventType", "SomethingHappened").append("epochMillis", 0L)
                .append("payload", new Document());
    }

    @Test
    void theBatchIsWrittenBeforeTheTokenAndOnlyOnce() {
        Generations generations = new Generations(MONGO.freshDatabase("live"));
        ReadModelWriter writer = new ReadModelWriter(generations, List.of());
        List<Integer> applied = new ArrayList<>();
        writer.onLiveApplied(r -> applied.add(1));
        LiveBatches batches = new LiveBatches(writer);
        RecordingTokenStore delegate = new RecordingTokenStore(generations);
        TokenStore tokens = new FlushingTokenStore(delegate, batches);

        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        unitOfWork.onPrepareCommit(u -> tokens.storeToken(new GlobalSequenceTrackingToken(3), "case-pipeline", 0));
        batches.add(record("e1", "a", 0));
        batches.add(record("e2", "a", 1));
        batches.add(record("e3", "b", 0));
        assertThat(generations.active(ReadModelWriter.AUDIT_LOG).countDocuments()).isZero();
        unitOfWork.commit();

        assertThat(delegate.auditedAtStore).containsExactly(3L);
        assertThat(applied).hasSize(3);
    }

    @Test
    void aFailedWriteStoresNoToken() {
        Generations generations = new Generations(MONGO.freshDatabase("live"));
        ReadModelWriter writer = new ReadModelWriter(generations, List.of());
        LiveBatches batches = new LiveBatches(writer);
        RecordingTokenStore delegate = new RecordingTokenStore(generations);
        TokenStore tokens = new FlushingTokenStore(delegate, batches);

        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        unitOfWork.onPrepareCommit(u -> tokens.storeToken(new GlobalSequenceTrackingToken(1), "case-pipeline", 0));
        // A record the writer cannot take (no sequence): the write fails, as it would with the store away.
        batches.add(new Document("_id", "broken").append("aggregateId", "a"));

        assertThatThrownBy(unitOfWork::commit).isInstanceOf(RuntimeException.class);
        assertThat(delegate.auditedAtStore).isEmpty();
        assertThat(generations.active(ReadModelWriter.AUDIT_LOG).countDocuments()).isZero();
    }
}
