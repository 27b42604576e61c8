package se.rjh.mtp.reporting.pipeline;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import se.rjh.mtp.api.common.Secrecy;

/** Whether a reader of the reports sees a secrecy-marked case's subject and sender; mtp-api's Secrecy decides. */
public final class CaseSecrecy {

    private CaseSecrecy() {
    }

    public static boolean mayReadProtected(Authentication reader) {
        List<String> roles = reader == null ? List.of()
                : reader.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return Secrecy.mayReadProtected(roles);
    }
}
