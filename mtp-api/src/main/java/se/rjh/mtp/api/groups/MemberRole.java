package se.rjh.mtp.api.groups;

/** A member's role in a working group: ordförande, sekreterare, ledamot or adjungerad. */
public enum MemberRole {
    CHAIR,
    SECRETARY,
    MEMBER,
    CO_OPTED
}
