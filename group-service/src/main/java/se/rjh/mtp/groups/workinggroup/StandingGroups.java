package se.rjh.mtp.groups.workinggroup;

/** The stable ids of the groups that exist from the first start. Other services may name them in follow-ups. */
public final class StandingGroups {
    public static final String LSG_MTP = "lsg-mtp";
    public static final String LAG_MANUFACTURING_AND_SAFETY = "lag-tillverkning-sakerhet";
    public static final String LAG_ORDERLY_INTRODUCTION = "lag-ordnat-inforande";

    private StandingGroups() {
    }
}
