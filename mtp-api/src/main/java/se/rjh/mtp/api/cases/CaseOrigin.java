package se.rjh.mtp.api.cases;

/**
 * Where a case came from when another service opened it: the LAG question and its assignment.
 * Null on cases a registrar took in directly.
 */
public record CaseOrigin(String questionId, String assignmentId, String groupId) {
}
