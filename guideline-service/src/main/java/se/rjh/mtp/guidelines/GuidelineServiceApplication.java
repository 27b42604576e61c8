package se.rjh.mtp.guidelines;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import se.rjh.mtp.platform.MtpApplication;

@SpringBootApplication
public class GuidelineServiceApplication {

    public static final String NAME = "guideline-service";

    public static void main(String[] args) {
        MtpApplication.run(GuidelineServiceApplication.class, NAME, args);
    }
}
