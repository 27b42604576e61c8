package se.rjh.mtp.reporting.ingest;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import se.rjh.mtp.platform.eventstore.ForwardingTokenStore;

/**
 * The live consumer's token store: before a token (the Kafka offsets a batch reached) is stored, the batch's records
 * are written. The processor stores the token while its unit of work prepares to commit, ahead of any handler's own
 * commit step; without this a crash between the two would leave offsets stored for records never written.
 */
final class FlushingTokenStore extends ForwardingTokenStore {

    private final LiveBatches batches;

    FlushingTokenStore(TokenStore delegate, LiveBatches batches) {
        super(delegate);
        this.batches = batches;
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        batches.flushCurrent();
        super.storeToken(token, processorName, segment);
    }
}
