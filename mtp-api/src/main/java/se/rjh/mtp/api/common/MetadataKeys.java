package se.rjh.mtp.api.common;

/**
 * The metadata every stored event carries, by key. They cross services on Kafka as record headers and are part of the
 * hash chain's canonical form, so their names are contract.
 */
public final class MetadataKeys {

    /**
     * Who caused the event: the signed-in user, {@code system:<service>} for background work, or
     * {@code unit-link:<unitId>} for a unit acknowledging through its personal link (no account).
     */
    public static final String ACTOR = "actor";
    /** The id shared by every message that one request or job caused. */
    public static final String CORRELATION_ID = "correlationId";
    /** The id of the message that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";
    /** The prefix of an actor that is a process, not a person. */
    public static final String SYSTEM_ACTOR_PREFIX = "system:";

    /** The prefix of an actor that is a unit acting through its signed link. */
    public static final String UNIT_LINK_ACTOR_PREFIX = "unit-link:";

    private MetadataKeys() {
    }

    /** The actor recorded for background work of a service. */
    public static String systemActor(String serviceName) {
        return SYSTEM_ACTOR_PREFIX + serviceName;
    }

    /** The actor recorded when a unit acts through its personal link. */
    public static String unitLinkActor(String unitId) {
        return UNIT_LINK_ACTOR_PREFIX + unitId;
    }

    public static boolean isSystemActor(String actor) {
        return actor != null && actor.startsWith(SYSTEM_ACTOR_PREFIX);
    }
}
