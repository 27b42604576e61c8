package se.rjh.mtp.cases.secrecy;

import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import se.rjh.mtp.api.cases.CaseRegistered;
import se.rjh.mtp.api.cases.SecrecyMarkingChanged;
import se.rjh.mtp.api.common.Secrecy;

/**
 * case-service's serializer: the protected text of a marked case's events is encrypted on the way into the event store
 * (so the hash chain covers the encrypted form, and the outbox publishes it as stored) and decrypted on the way out,
 * so the aggregate, the projections and the views never see ciphertext. While a case is not marked its text is
 * written in clear, as before.
 *
 * <p>The marking events switch the case: registering with a marking or marking later turns encryption on, from that
 * very event (its reason is encrypted); lifting turns it off for the events after it.
 */
record ProtectedTextSerializer(Serializer delegate, Supplier<CaseKeys> keys) implements Serializer {

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        return delegate.serialize(encrypted(object), expectedRepresentation);
    }

    private Object encrypted(Object object) {
        String caseId = ProtectedTexts.caseIdOf(object);
        if (caseId == null) {
            return object;
        }
        Boolean marking = marking(object);
        if (marking != null && byCommand()) {
            // Each switch errs on the safe side should the command not commit: marking takes effect at once (a
            // rolled-back marking leaves text encrypted that needed not be), lifting only once the lifting is stored.
            if (marking) {
                keys.get().mark(caseId, true);
            } else {
                CurrentUnitOfWork.get().afterCommit(u -> keys.get().mark(caseId, false));
            }
        }
        boolean[] marked = new boolean[1];
        boolean[] asked = new boolean[1];
        return ProtectedTexts.rewrite(object, (part, text) -> {
            if (!asked[0]) {
                asked[0] = true;
                marked[0] = marking != null ? marking : keys.get().marked(caseId);
            }
            // Also text that merely looks encrypted: what is read back decrypts to exactly what was written.
            return marked[0] ? keys.get().encrypt(caseId, text) : text;
        });
    }

    /**
     * Whether the event is being stored by the command that applied it: serializing a marking event again later (a
     * dead letter, a re-publication) must not switch the case's marking back to what it was then.
     */
    private static boolean byCommand() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().getMessage() instanceof CommandMessage;
    }

    /** Whether this event marks the case (true), lifts its marking (false), or leaves the marking (null). */
    private static Boolean marking(Object event) {
        if (event instanceof CaseRegistered registered) {
            return registered.secrecy() != null ? Boolean.TRUE : null;
        }
        if (event instanceof SecrecyMarkingChanged changed) {
            return changed.secrecy() != null;
        }
        return null;
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        T object = delegate.deserialize(serializedObject);
        String caseId = ProtectedTexts.caseIdOf(object);
        if (caseId == null) {
            return object;
        }
        return ProtectedTexts.rewrite(object,
                (part, text) -> Secrecy.isEncrypted(text) ? keys.get().decrypt(caseId, text) : text);
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
