package se.rjh.mtp.cases.secrecy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param masterKey base64 of the 32-byte AES key that wraps every case's data key ({@code MTP_SECRECY_MASTER_KEY});
 *                  the default is for a local run and the prod profile refuses it
 */
@ConfigurationProperties(prefix = "mtp.secrecy")
public record SecrecyProperties(@DefaultValue(SecrecyProperties.LOCAL_MASTER_KEY) String masterKey) {

    /** For a local run only: it is in the source code, so it protects nothing. */
    public static final String LOCAL_MASTER_KEY = "bG9jYWwtZGVtby1tYXN0ZXIta2V5LW5vdC00LXByb2Q=";
}
