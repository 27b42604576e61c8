package se.rjh.mtp.local.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.rjh.mtp.local.PortalProcesses;

/**
 * The local authorization server as the portal uses it, over HTTP: its OpenID configuration names the issuer the
 * services check, its login form is Swedish with the fields username and password, and a demo user who signs in
 * gets tokens whose subject is the user name and whose {@code roles} claim holds the role.
 */
class LocalAuthorizationServerTest {

    private static final String REDIRECT = PortalProcesses.portalUrl(PortalProcesses.PORTAL_PORT) + "/login/oauth2/code/mtp";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final ObjectMapper json = new ObjectMapper();

    private static ConfigurableApplicationContext server;
    private static String issuer;

    @BeforeAll
    static void start() {
        server = LocalAuthorizationServer.start("--server.port=0");
        issuer = PortalProcesses.issuer(((WebServerApplicationContext) server).getWebServer().getPort());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void itsOpenIdConfigurationNamesTheLocalhostIssuerAndTheEndSessionEndpoint() throws Exception {
        JsonNode configuration = json.readTree(get(HttpClient.newHttpClient(), issuer + "/.well-known/openid-configuration").body());
        assertThat(configuration.path("issuer").asText()).isEqualTo(issuer);
        assertThat(configuration.path("end_session_endpoint").asText()).isEqualTo(issuer + "/connect/logout");
    }

    @Test
    void aDemoUserWhoSignsInGetsTokensNamingThemAndTheirRole() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String authorize = issuer + "/oauth2/authorize?response_type=code&client_id=" + LocalAuthProperties.CLIENT_ID
                + "&scope=openid%20profile&state=s1&redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8);
        assertThat(get(browser, authorize).headers().firstValue("Location")).hasValue(issuer + "/login");

        String login = get(browser, issuer + "/login").body();
        assertThat(login).contains("<html lang=\"sv\"", "name=\"username\"", "name=\"password\"", "Logga in");
        Matcher csrf = CSRF.matcher(login);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> wrong = post(browser, issuer + "/login", "username=registrator&password=fel&_csrf=" + csrf.group(1));
        assertThat(wrong.headers().firstValue("Location")).hasValue(issuer + "/login?error");

        post(browser, issuer + "/login", "username=registrator&password=registrator&_csrf=" + csrf.group(1));
        String callback = get(browser, authorize + "&continue").headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(REDIRECT + "?code=");
        String code = callback.replaceAll(".*[?&]code=([^&]+).*", "$1");

        HttpResponse<String> tokens = browser.send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((LocalAuthProperties.CLIENT_ID
                        + ":" + LocalAuthProperties.DEFAULT_CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + code
                        + "&redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode body = json.readTree(tokens.body());
        for (String token : new String[] {body.path("access_token").asText(), body.path("id_token").asText()}) {
            JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
            assertThat(claims.path("sub").asText()).isEqualTo("registrator");
            assertThat(claims.path("iss").asText()).isEqualTo(issuer);
            assertThat(claims.path(AuthorizationServerConfiguration.ROLES_CLAIM).toString()).isEqualTo("[\"REGISTRAR\"]");
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient http, String url, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
