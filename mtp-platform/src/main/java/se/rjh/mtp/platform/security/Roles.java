package se.rjh.mtp.platform.security;

/** The roles of the LSG MTP's people. */
public final class Roles {
    public static final String REGISTRAR = "REGISTRAR";
    public static final String CASE_OFFICER = "CASE_OFFICER";
    public static final String LSG_CHAIR = "LSG_CHAIR";
    public static final String LAG_MEMBER = "LAG_MEMBER";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
