package se.rjh.mtp.api.cases;

/** MTP-rådet's recommendation: bör (should), kan (may), avstå (refrain), avvakta (wait). */
public enum NationalRecommendation {
    BOR,
    KAN,
    AVSTA,
    AVVAKTA
}
