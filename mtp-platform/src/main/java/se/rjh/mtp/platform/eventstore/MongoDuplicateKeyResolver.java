package se.rjh.mtp.platform.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoServerException;
import com.mongodb.MongoWriteException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/** Recognizes MongoDB duplicate-key errors (code 11000, also what mongo-java-server returns) in any wrapping. */
public final class MongoDuplicateKeyResolver implements PersistenceExceptionResolver {

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        return isDuplicateKey(exception);
    }

    static boolean isDuplicateKey(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoWriteException w
                    && w.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return true;
            }
            if (cause instanceof MongoBulkWriteException b && b.getWriteErrors().stream().anyMatch(
                    e -> e.getCategory() == ErrorCategory.DUPLICATE_KEY)) {
                return true;
            }
            if (cause instanceof MongoServerException s
                    && ErrorCategory.fromErrorCode(s.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
