package se.rjh.mtp.cases.secrecy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.common.Secrecy;
import se.rjh.mtp.platform.production.ProfileDefaults;
import se.rjh.mtp.platform.security.UnsafeProductionSettingException;

/**
 * The per-case data keys and whether each case is marked now, in a collection only case-service reads
 * ({@value #COLLECTION}). The data key is created when the case is first marked and kept after the marking is lifted,
 * so text encrypted while it was marked stays readable here; deleting it would make that text unreadable everywhere
 * (crypto-shredding).
 */
@Component
public class CaseKeys {

    static final String COLLECTION = "case_keys";
    private static final Logger LOG = LoggerFactory.getLogger(CaseKeys.class);

    private final MongoCollection<Document> keys;
    private final EnvelopeCipher cipher;
    private final Map<String, SecretKey> cache = new ConcurrentHashMap<>();

    CaseKeys(MongoDatabase database, Environment environment, SecrecyProperties properties) {
        String masterKey = properties.masterKey();
        if (environment.acceptsProfiles(Profiles.of(ProfileDefaults.PROD))
                && SecrecyProperties.LOCAL_MASTER_KEY.equals(masterKey)) {
            throw new UnsafeProductionSettingException("MTP_SECRECY_MASTER_KEY",
                    "<base64 of 32 random bytes, from the secret store>",
                    "mtp.secrecy.master-key is the local default from the source code, so anyone could read the "
                            + "protected text of marked cases");
        }
        this.keys = database.getCollection(COLLECTION);
        this.cipher = new EnvelopeCipher(masterKey);
    }

    /** Whether the case's protected text is encrypted from now on. */
    boolean marked(String caseId) {
        Document key = keys.find(Filters.eq("_id", caseId)).first();
        return key != null && key.getBoolean("marked", false);
    }

    /** Marks or unmarks the case; its data key is created with the first marking. */
    void mark(String caseId, boolean marked) {
        if (marked) {
            dataKey(caseId, true);
        }
        keys.updateOne(Filters.eq("_id", caseId), Updates.set("marked", marked), new UpdateOptions().upsert(marked));
    }

    String encrypt(String caseId, String text) {
        return EnvelopeCipher.encrypt(dataKey(caseId, true), caseId, text);
    }

    /**
     * The clear text; the mask when the case's key is gone (shredded). A value that only looks encrypted (someone
     * wrote {@code enc:v1:} into an unmarked case) is returned as it is, so it cannot make the case unreadable.
     */
    String decrypt(String caseId, String value) {
        SecretKey key = dataKey(caseId, false);
        if (key == null) {
            return Secrecy.PROTECTED;
        }
        try {
            return EnvelopeCipher.decrypt(key, caseId, value);
        } catch (IllegalStateException | IllegalArgumentException e) {
            LOG.warn("A value of case {} starts like encrypted text but does not decrypt; it is shown as stored",
                    caseId);
            return value;
        }
    }

    private SecretKey dataKey(String caseId, boolean create) {
        SecretKey cached = cache.get(caseId);
        if (cached != null) {
            return cached;
        }
        Document stored = keys.find(Filters.eq("_id", caseId)).first();
        if (stored == null || stored.getString("key") == null) {
            if (!create) {
                return null;
            }
            // Two instances may race here: the first key written wins, and both use it.
            try {
                keys.updateOne(Filters.and(Filters.eq("_id", caseId), Filters.exists("key", false)),
                        Updates.set("key", cipher.wrap(EnvelopeCipher.newDataKey(), caseId)),
                        new UpdateOptions().upsert(true));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            stored = keys.find(Filters.eq("_id", caseId)).first();
        }
        SecretKey key = cipher.unwrap(stored.getString("key"), caseId);
        cache.put(caseId, key);
        return key;
    }
}
