package se.rjh.mtp.cases.secrecy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import se.rjh.mtp.api.common.Secrecy;

/**
 * Envelope encryption with AES-256-GCM: each case's text under its own data key, each data key wrapped under the
 * master key. Every value carries its own random nonce; the case id is authenticated with it, so a value copied into
 * another case does not decrypt there.
 */
final class EnvelopeCipher {

    private static final String AES = "AES";
    private static final String GCM = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey masterKey;

    /** The master key as base64 of 32 bytes. */
    EnvelopeCipher(String masterKeyBase64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(masterKeyBase64 == null ? "" : masterKeyBase64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("mtp.secrecy.master-key is not base64", e);
        }
        if (key.length != 32) {
            throw new IllegalArgumentException("mtp.secrecy.master-key must be 32 bytes (AES-256) in base64, not "
                    + key.length);
        }
        this.masterKey = new SecretKeySpec(key, AES);
    }

    static SecretKey newDataKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance(AES);
            generator.init(256, RANDOM);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no AES-256 key generator", e);
        }
    }

    /** The data key encrypted under the master key, bound to its case. */
    String wrap(SecretKey dataKey, String caseId) {
        return Base64.getEncoder().encodeToString(seal(masterKey, caseId, dataKey.getEncoded()));
    }

    SecretKey unwrap(String wrapped, String caseId) {
        return new SecretKeySpec(open(masterKey, caseId, Base64.getDecoder().decode(wrapped)), AES);
    }

    /** {@code enc:v1:<base64 of nonce and ciphertext>}. */
    static String encrypt(SecretKey dataKey, String caseId, String text) {
        return Secrecy.ENCRYPTED_PREFIX + Base64.getEncoder()
                .encodeToString(seal(dataKey, caseId, text.getBytes(StandardCharsets.UTF_8)));
    }

    static String decrypt(SecretKey dataKey, String caseId, String value) {
        byte[] sealed = Base64.getDecoder().decode(value.substring(Secrecy.ENCRYPTED_PREFIX.length()));
        return new String(open(dataKey, caseId, sealed), StandardCharsets.UTF_8);
    }

    private static byte[] seal(SecretKey key, String caseId, byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance(GCM);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(caseId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    private static byte[] open(SecretKey key, String caseId, byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance(GCM);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(caseId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed (wrong key or altered text)", e);
        }
    }
}
