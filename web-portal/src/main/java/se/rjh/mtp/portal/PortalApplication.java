package se.rjh.mtp.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The web portal: pages rendered on the server for the LSG MTP's people. A backend-for-frontend: it owns no domain
 * data, every read and command goes to the services with the signed-in user's token, and the browser holds only
 * the session cookie.
 */
@SpringBootApplication
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
