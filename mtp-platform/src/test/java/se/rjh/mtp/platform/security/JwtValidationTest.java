package se.rjh.mtp.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Real signed tokens against the platform's JWT configuration as production sets it: only the issuer is configured,
 * and its signing keys are found the way Keycloak publishes them (OpenID discovery, then the JWKS), served over HTTP
 * by this test. Nothing in the decoder is replaced.
 */
class JwtValidationTest {

    private static final String AUDIENCE = "mtp-api";
    private static final String SUBJECT = "0c6b1f0e-5d8a-4a43-9a57-1b2f4c1d7e21";

    private static RSAKey signingKey;
    private static HttpServer issuerServer;
    private static String issuer;
    private static ConfigurableApplicationContext service;
    /** The local set-up: the demo users over HTTP Basic and the local authorization server's tokens, both. */
    private static ConfigurableApplicationContext localService;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        signingKey = new RSAKeyGenerator(2048).keyID("key-1").generate();
        issuerServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        issuer = "http://127.0.0.1:" + issuerServer.getAddress().getPort() + "/realms/mtp";
        String jwksPath = "/realms/mtp/protocol/openid-connect/certs";
        issuerServer.createContext("/realms/mtp/.well-known/openid-configuration", exchange -> json(exchange,
                "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer.replace("/realms/mtp", "") + jwksPath
                        + "\",\"subject_types_supported\":[\"public\"]}"));
        issuerServer.createContext(jwksPath,
                exchange -> json(exchange, new JWKSet(signingKey.toPublicJWK()).toString()));
        issuerServer.start();

        service = new SpringApplicationBuilder(TokenApp.class).run(
                "--server.port=0",
                "--mtp.security.mode=jwt",
                "--mtp.security.role-claim=realm_access.roles",
                "--" + ProductionSafety.ISSUER + "=" + issuer,
                "--" + ProductionSafety.AUDIENCES + "=" + AUDIENCE);
        localService = new SpringApplicationBuilder(TokenApp.class).run(
                "--server.port=0",
                "--mtp.security.mode=both",
                "--mtp.security.role-claim=realm_access.roles",
                "--" + ProductionSafety.ISSUER + "=" + issuer);
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        if (localService != null) {
            localService.close();
        }
        if (issuerServer != null) {
            issuerServer.stop(0);
        }
    }

    @Test
    void aValidTokenIsAcceptedAndItsSubjectIsTheUser() throws Exception {
        HttpResponse<String> response = whoAmI(token(signingKey, claims -> { }));

        assertThat(response.statusCode()).isEqualTo(200);
        // The stable subject, not preferred_username (which the issuer lets change), is who the caller is.
        assertThat(response.body()).isEqualTo(SUBJECT + " [ROLE_AUDITOR]");
    }

    @Test
    void aTokenWithoutAPersonsSubjectIsRefused() throws Exception {
        assertRefused(token(signingKey, claims -> claims.subject(null)));
        assertRefused(token(signingKey, claims -> claims.subject("system:case-service")));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        assertRefused(token(signingKey, claims -> claims
                .issueTime(Date.from(anHourAgo)).expirationTime(Date.from(anHourAgo.plus(Duration.ofMinutes(5))))));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        assertRefused(token(signingKey, claims -> claims.audience("account")));
        assertRefused(token(signingKey, claims -> claims.audience((String) null)));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws Exception {
        assertRefused(token(signingKey, claims -> claims.issuer("https://login.example.org/realms/mtp")));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        RSAKey impostor = new RSAKeyGenerator(2048).keyID(signingKey.getKeyID()).generate();
        assertRefused(token(impostor, claims -> { }));
    }

    @Test
    void noTokenIsRefused() throws Exception {
        assertThat(send(HttpRequest.newBuilder(api()).GET().build()).statusCode()).isEqualTo(401);
    }

    @Test
    void theLocalModeAcceptsTheIssuersTokensAndTheDemoUsers() throws Exception {
        URI local = api(localService);
        HttpResponse<String> byToken = send(HttpRequest.newBuilder(local)
                .header("Authorization", "Bearer " + token(signingKey, claims -> { })).GET().build());
        assertThat(byToken.statusCode()).isEqualTo(200);
        assertThat(byToken.body()).isEqualTo(SUBJECT + " [ROLE_AUDITOR]");

        String basic = java.util.Base64.getEncoder().encodeToString("revisor:revisor".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> byPassword = send(HttpRequest.newBuilder(local)
                .header("Authorization", "Basic " + basic).GET().build());
        assertThat(byPassword.statusCode()).isEqualTo(200);
        assertThat(byPassword.body()).isEqualTo("revisor [ROLE_AUDITOR]");

        HttpResponse<String> forged = send(HttpRequest.newBuilder(local).header("Authorization", "Bearer "
                + token(new RSAKeyGenerator(2048).keyID(signingKey.getKeyID()).generate(), claims -> { })).GET().build());
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(local).GET().build()).statusCode()).isEqualTo(401);
    }

    private static void assertRefused(String token) throws Exception {
        HttpResponse<String> response = whoAmI(token);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
    }

    /** A token as Keycloak issues it to this system; {@code change} makes it wrong in one way. */
    private static String token(RSAKey key, Consumer<JWTClaimsSet.Builder> change) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(List.of(AUDIENCE, "account"))
                .subject(SUBJECT)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("preferred_username", "anna.andersson")
                .claim("realm_access", Map.of("roles", List.of(Roles.AUDITOR)));
        change.accept(claims);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claims.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static HttpResponse<String> whoAmI(String token) throws Exception {
        return send(HttpRequest.newBuilder(api()).header("Authorization", "Bearer " + token).GET().build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static URI api() {
        return api(service);
    }

    private static URI api(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port + "/api/whoami");
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A web application with nothing but the platform's security and one endpoint that says who called. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
            SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
            OAuth2ResourceServerAutoConfiguration.class})
    @Import({SecurityConfiguration.class, WhoAmI.class})
    static class TokenApp {
    }

    @RestController
    static class WhoAmI {
        @GetMapping("/api/whoami")
        String whoAmI(Authentication user) {
            return user.getName() + " " + user.getAuthorities();
        }
    }
}
