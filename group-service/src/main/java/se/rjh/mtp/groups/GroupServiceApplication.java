package se.rjh.mtp.groups;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import se.rjh.mtp.platform.MtpApplication;

@SpringBootApplication
public class GroupServiceApplication {

    public static final String NAME = "group-service";

    public static void main(String[] args) {
        MtpApplication.run(GroupServiceApplication.class, NAME, args);
    }
}
