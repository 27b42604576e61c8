package se.rjh.mtp.cases;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import se.rjh.mtp.platform.MtpApplication;

@SpringBootApplication
public class CaseServiceApplication {

    public static final String NAME = "case-service";

    public static void main(String[] args) {
        MtpApplication.run(CaseServiceApplication.class, NAME, args);
    }
}
