package se.rjh.mtp.platform.security;

/** The prod profile was started with a setting that is only safe locally; names the variable to change. */
public class UnsafeProductionSettingException extends IllegalStateException {

    private final String setting;
    private final String required;

    public UnsafeProductionSettingException(String setting, String required, String reason) {
        super("The prod profile refuses to start: " + reason + ". Set " + setting + "=" + required
                + " (or start without the prod profile for a local run).");
        this.setting = setting;
        this.required = required;
    }

    /** The environment variable to change, e.g. {@code MTP_SECURITY_MODE}. */
    public String setting() {
        return setting;
    }

    /** What it must be set to. */
    public String required() {
        return required;
    }
}
