package se.rjh.mtp.reporting;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import se.rjh.mtp.platform.MtpApplication;

@SpringBootApplication
public class ReportingServiceApplication {

    public static final String NAME = "reporting-service";

    public static void main(String[] args) {
        MtpApplication.run(ReportingServiceApplication.class, NAME, args);
    }
}
