package se.rjh.mtp.api.guidelines;

/** The body of rules a regulation reference points into. */
public enum RegulationFramework {
    /** EU 2017/745, by article. */
    MDR,
    /** EU 2017/746, by article. */
    IVDR,
    /** Socialstyrelsens föreskrifter HSLF-FS 2021:52, by chapter. */
    HSLF_FS_2021_52,
    /** Anything else, described in free text. */
    OTHER
}
