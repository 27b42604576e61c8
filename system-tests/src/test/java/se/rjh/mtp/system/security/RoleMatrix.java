package se.rjh.mtp.system.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may call what, as data: the API contracts of the case, group, guideline and reporting issues. {@code ANY} is
 * every authenticated role, {@code PUBLIC} needs no credentials, {@code LINK} needs none either because a signed
 * token in the path is the credential (a unit's acknowledgement link): no caller is refused for who they are, and a
 * made-up token gets a 4xx problem. A row whose path ends in {@code /**} covers every
 * endpoint under it that has no row of its own (admin endpoints that other features add).
 */
final class RoleMatrix {

    /** Demo user → role (password = user name). */
    static final Map<String, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put("registrator", "REGISTRAR");
        USERS.put("handlaggare", "CASE_OFFICER");
        USERS.put("ordforande", "LSG_CHAIR");
        USERS.put("lag", "LAG_MEMBER");
        USERS.put("revisor", "AUDITOR");
        USERS.put("admin", "ADMIN");
    }

    private static final String TABLE = """
            # service           | method | path                                                              | allowed roles
            case-service        | POST   | /api/cases                                                        | REGISTRAR
            case-service        | GET    | /api/cases                                                        | ANY
            case-service        | GET    | /api/cases/{id}                                                   | ANY
            case-service        | GET    | /api/cases/{id}/history                                           | ANY
            case-service        | POST   | /api/cases/{id}/registration                                      | REGISTRAR
            case-service        | POST   | /api/cases/{id}/preparation                                       | CASE_OFFICER
            case-service        | POST   | /api/cases/{id}/notes                                             | CASE_OFFICER
            case-service        | POST   | /api/cases/{id}/documents                                         | CASE_OFFICER
            case-service        | POST   | /api/cases/{id}/risk-assessment                                   | CASE_OFFICER
            case-service        | POST   | /api/cases/{id}/assignment-link                                   | CASE_OFFICER
            case-service        | PUT    | /api/cases/{id}/incident-details                                  | CASE_OFFICER
            case-service        | POST   | /api/cases/{id}/in-house-conditions                               | CASE_OFFICER
            case-service        | PUT    | /api/cases/{id}/national-recommendation                           | CASE_OFFICER
            case-service        | POST   | /api/cases/{id}/consultations                                     | CASE_OFFICER
            case-service        | POST   | /api/cases/{id}/consultations/{consultationId}/answer             | CASE_OFFICER
            case-service        | POST   | /api/cases/{id}/consultations/{consultationId}/waiver             | CASE_OFFICER
            case-service        | POST   | /api/cases/{id}/proposal                                          | CASE_OFFICER
            case-service        | POST   | /api/cases/{id}/return                                            | LSG_CHAIR
            case-service        | POST   | /api/cases/{id}/decision                                          | LSG_CHAIR
            case-service        | POST   | /api/cases/{id}/closure                                           | LSG_CHAIR
            case-service        | POST   | /api/cases/{id}/voiding                                           | REGISTRAR LSG_CHAIR
            case-service        | POST   | /api/cases/{id}/registration/correction                           | REGISTRAR LSG_CHAIR
            case-service        | PUT    | /api/cases/{id}/secrecy                                           | REGISTRAR CASE_OFFICER LSG_CHAIR
            case-service        | POST   | /api/cases/{id}/secrecy/lifting                                   | REGISTRAR CASE_OFFICER LSG_CHAIR
            case-service        | POST   | /api/cases/{id}/case-officer                                      | CASE_OFFICER LSG_CHAIR
            case-service        | POST   | /api/cases/{id}/consultations/{consultationId}/due-date           | CASE_OFFICER LSG_CHAIR
            case-service        | POST   | /api/cases/{id}/consultations/{consultationId}/withdrawal         | CASE_OFFICER LSG_CHAIR
            case-service        | POST   | /api/cases/{id}/incident-details/not-reportable                   | CASE_OFFICER
            case-service        | POST   | /api/cases/{id}/reopening                                         | LSG_CHAIR
            case-service        | POST   | /api/cases/{id}/follow-ups/{followUpId}/outcome                   | CASE_OFFICER LSG_CHAIR
            group-service       | GET    | /api/groups                                                       | ANY
            group-service       | GET    | /api/groups/{groupId}                                             | ANY
            group-service       | POST   | /api/groups                                                       | LSG_CHAIR ADMIN
            group-service       | POST   | /api/groups/{groupId}/members                                     | LSG_CHAIR ADMIN
            group-service       | DELETE | /api/groups/{groupId}/members/{userName}                          | LSG_CHAIR ADMIN
            group-service       | POST   | /api/groups/{groupId}/dissolution                                 | LSG_CHAIR ADMIN
            group-service       | GET    | /api/assignments                                                  | ANY
            group-service       | GET    | /api/assignments/{id}                                             | ANY
            group-service       | POST   | /api/assignments                                                  | LSG_CHAIR
            group-service       | POST   | /api/assignments/drafts                                           | LSG_CHAIR
            group-service       | POST   | /api/assignments/{id}/issue                                       | LSG_CHAIR
            group-service       | POST   | /api/assignments/{id}/feedback                                    | LSG_CHAIR
            group-service       | POST   | /api/assignments/{id}/cancellation                                | LSG_CHAIR
            group-service       | POST   | /api/assignments/{id}/accept                                      | LAG_MEMBER
            group-service       | POST   | /api/assignments/{id}/decline                                     | LAG_MEMBER
            group-service       | POST   | /api/assignments/{id}/progress-reports                            | LAG_MEMBER
            group-service       | POST   | /api/assignments/{id}/delivery                                    | LAG_MEMBER
            group-service       | POST   | /api/assignments/{assignmentId}/questions                         | LAG_MEMBER
            group-service       | GET    | /api/units                                                        | ANY
            group-service       | POST   | /api/units                                                        | LSG_CHAIR ADMIN
            group-service       | PUT    | /api/units/{id}                                                   | LSG_CHAIR ADMIN
            group-service       | POST   | /api/units/{id}/deactivation                                      | LSG_CHAIR ADMIN
            group-service       | POST   | /api/distributions                                                | LSG_CHAIR
            group-service       | GET    | /api/distributions                                                | LSG_CHAIR
            group-service       | GET    | /api/distributions/{id}                                           | LSG_CHAIR
            group-service       | GET    | /api/acknowledgements/{token}                                     | LINK
            group-service       | POST   | /api/acknowledgements/{token}                                     | LINK
            group-service       | GET    | /api/devices                                                      | ANY
            group-service       | GET    | /api/devices/rules                                                | ANY
            group-service       | GET    | /api/devices/{id}                                                 | ANY
            group-service       | GET    | /api/devices/{id}/history                                         | ANY
            group-service       | GET    | /api/devices/{id}/release-check                                   | ANY
            group-service       | POST   | /api/devices                                                      | CASE_OFFICER LSG_CHAIR
            group-service       | PUT    | /api/devices/{id}/description                                     | CASE_OFFICER LSG_CHAIR
            group-service       | PUT    | /api/devices/{id}/market-search                                   | CASE_OFFICER LSG_CHAIR
            group-service       | PUT    | /api/devices/{id}/gspr                                            | CASE_OFFICER LSG_CHAIR
            group-service       | PUT    | /api/devices/{id}/ivo-information                                 | CASE_OFFICER LSG_CHAIR
            group-service       | PUT    | /api/devices/{id}/case                                            | CASE_OFFICER LSG_CHAIR
            group-service       | PUT    | /api/devices/{id}/review-interval                                 | CASE_OFFICER LSG_CHAIR
            group-service       | POST   | /api/devices/{id}/development                                     | CASE_OFFICER LSG_CHAIR
            group-service       | POST   | /api/devices/{id}/in-use                                          | CASE_OFFICER LSG_CHAIR
            group-service       | POST   | /api/devices/{id}/reviews                                         | CASE_OFFICER LSG_CHAIR
            group-service       | POST   | /api/devices/{id}/reviews/{reviewId}/actions/{actionId}/completion | CASE_OFFICER LSG_CHAIR
            group-service       | POST   | /api/devices/{id}/release                                         | LSG_CHAIR
            group-service       | POST   | /api/devices/{id}/withdrawal                                      | LSG_CHAIR
            group-service       | GET    | /api/public/declaration                                           | PUBLIC
            group-service       | GET    | /api/public/declaration/history                                   | PUBLIC
            guideline-service   | GET    | /api/guidelines                                                   | ANY
            guideline-service   | GET    | /api/guidelines/library                                           | ANY
            guideline-service   | GET    | /api/guidelines/review-schedule                                   | ANY
            guideline-service   | GET    | /api/guidelines/{documentNumber}                                  | ANY
            guideline-service   | GET    | /api/guidelines/{documentNumber}/versions                         | ANY
            guideline-service   | GET    | /api/guidelines/{documentNumber}/versions/{versionNumber}         | ANY
            guideline-service   | GET    | /api/guidelines/{documentNumber}/diff                             | ANY
            guideline-service   | GET    | /api/guidelines/{documentNumber}/published.md                     | ANY
            guideline-service   | GET    | /api/guidelines/{documentNumber}/published.html                   | ANY
            guideline-service   | POST   | /api/guidelines                                                   | CASE_OFFICER LSG_CHAIR
            guideline-service   | POST   | /api/guidelines/{documentNumber}/revisions                        | CASE_OFFICER LSG_CHAIR
            guideline-service   | PUT    | /api/guidelines/{documentNumber}/versions/{versionNumber}/content | CASE_OFFICER LSG_CHAIR
            guideline-service   | POST   | /api/guidelines/{documentNumber}/versions/{versionNumber}/submission | CASE_OFFICER LSG_CHAIR
            guideline-service   | POST   | /api/guidelines/{documentNumber}/versions/{versionNumber}/verdicts | CASE_OFFICER LSG_CHAIR LAG_MEMBER REGISTRAR
            guideline-service   | POST   | /api/guidelines/{documentNumber}/versions/{versionNumber}/return-to-draft | CASE_OFFICER LSG_CHAIR
            guideline-service   | POST   | /api/guidelines/{documentNumber}/versions/{versionNumber}/approval | LSG_CHAIR
            guideline-service   | POST   | /api/guidelines/{documentNumber}/versions/{versionNumber}/publication | LSG_CHAIR
            guideline-service   | POST   | /api/guidelines/{documentNumber}/retirement                       | LSG_CHAIR
            guideline-service   | POST   | /api/guidelines/{documentNumber}/regulatory-flags/{followUpId}/acknowledgement | CASE_OFFICER LSG_CHAIR
            reporting-service   | GET    | /api/reports/dashboard                                            | ANY
            reporting-service   | GET    | /api/reports/pipeline                                             | ANY
            reporting-service   | GET    | /api/reports/cases/{id}                                           | ANY
            reporting-service   | GET    | /api/reports/working-groups                                       | ANY
            reporting-service   | GET    | /api/reports/guidelines                                           | ANY
            reporting-service   | GET    | /api/reports/incidents                                            | ANY
            reporting-service   | GET    | /api/reports/distributions                                        | ANY
            reporting-service   | GET    | /api/reports/stream                                               | ANY
            reporting-service   | GET    | /api/reports/in-house-devices                                     | ANY
            reporting-service   | GET    | /api/diarium                                                      | ANY
            reporting-service   | GET    | /api/worklist                                                     | ANY
            reporting-service   | GET    | /api/audit/cases/{id}                                             | AUDITOR
            reporting-service   | GET    | /api/audit/devices/{id}                                           | AUDITOR
            reporting-service   | GET    | /api/audit/verify                                                 | AUDITOR ADMIN
            reporting-service   | GET    | /api/audit/anchors                                                | AUDITOR ADMIN
            reporting-service   | GET    | /api/audit/digests                                                | AUDITOR ADMIN
            reporting-service   | GET    | /api/audit/replay                                                 | AUDITOR ADMIN
            reporting-service   | POST   | /api/audit/replay                                                 | AUDITOR ADMIN
            reporting-service   | GET    | /api/audit/verify/services                                        | AUDITOR ADMIN
            reporting-service   | GET    | /                                                                 | ANY
            *                   | GET    | /api/admin/event-store/verify                                     | ADMIN
            *                   | *      | /api/admin/**                                                     | ADMIN
            *                   | GET    | /actuator/health                                                  | PUBLIC
            *                   | GET    | /actuator/health/liveness                                         | PUBLIC
            *                   | GET    | /actuator/prometheus                                              | ANY
            *                   | GET    | /actuator/metrics                                                 | ANY
            *                   | GET    | /actuator/info                                                    | ANY
            *                   | GET    | /v3/api-docs                                                      | ANY
            *                   | GET    | /api/no-such-endpoint                                             | ANY
            """;

    record Row(String service, String method, String path, Set<String> roles) {
        boolean isPublic() {
            return roles.contains("PUBLIC") || isLink();
        }

        boolean isLink() {
            return roles.contains("LINK");
        }

        boolean allows(String role) {
            return isPublic() || roles.contains("ANY") || roles.contains(role);
        }

        boolean isPattern() {
            return path.endsWith("/**") || method.equals("*");
        }

        boolean covers(String service, String method, String path) {
            boolean serviceMatches = this.service.equals("*") || this.service.equals(service);
            boolean methodMatches = this.method.equals("*") || this.method.equals(method);
            boolean pathMatches = this.path.endsWith("/**")
                    ? path.startsWith(this.path.substring(0, this.path.length() - 2)) : this.path.equals(path);
            return serviceMatches && methodMatches && pathMatches;
        }
    }

    static final List<Row> ROWS = parse();

    private static List<Row> parse() {
        List<Row> rows = new ArrayList<>();
        for (String line : TABLE.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\|");
            rows.add(new Row(cells[0].trim(), cells[1].trim(), cells[2].trim(), Set.of(cells[3].trim().split("\\s+"))));
        }
        return rows;
    }

    /** The exact row of an endpoint, else the first pattern row that covers it. */
    static Optional<Row> rowFor(String service, String method, String path) {
        return ROWS.stream().filter(r -> !r.isPattern() && r.covers(service, method, path)).findFirst()
                .or(() -> ROWS.stream().filter(r -> r.isPattern() && r.covers(service, method, path)).findFirst());
    }

    /** A demo user whose role may call the endpoint (the first in the table's order). */
    static String allowedUser(Row row) {
        return USERS.entrySet().stream().filter(e -> row.allows(e.getValue())).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }

    /** The rows that are not OpenAPI operations but still answer on every service (or on one). */
    static List<Row> fixedRowsOf(String service) {
        return ROWS.stream().filter(r -> !r.isPattern() && (r.service().equals(service)
                || r.service().equals("*"))).toList();
    }

    private RoleMatrix() {
    }
}
