package se.rjh.mtp.groups.domain.assignment;

/** Where an assignment stands. COMPLETED is the state after the LSG's feedback accepted the delivery. */
public enum AssignmentStatus {
    DRAFTED,
    ISSUED,
    ACCEPTED,
    DECLINED,
    IN_PROGRESS,
    DELIVERED,
    COMPLETED,
    CANCELLED
}
