package se.rjh.mtp.bench.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import se.rjh.mtp.platform.security.SecurityConfiguration;

/**
 * CPU per authentication in both modes, measured on this thread with {@link ThreadMXBean} (not wall time):
 * <ul>
 *   <li>basic: the platform's demo users through Spring's {@code DaoAuthenticationProvider}, as
 *       {@code BasicAuthenticationFilter} calls it on every request;</li>
 *   <li>jwt: an RS256 token through the decoder Spring Boot builds from a JWK set URI, plus the role conversion. The
 *       JWK set is served over HTTP by this benchmark, which counts the fetches: one per run shows the key set is
 *       cached and the signature check is what each request pays.</li>
 * </ul>
 * Usage: {@code mtp-benchmarks/run-auth-benchmark.sh [iterations]}; prints one line per mode.
 */
public final class AuthBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        basic(iterations);
        jwt(iterations);
    }

    private static void basic(int iterations) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(new SecurityConfiguration().demoUsers());
        ProviderManager manager = new ProviderManager(provider);
        List<String> users = List.of("registrator", "handlaggare", "ordforande", "lag", "revisor", "admin");
        Runnable one = new Runnable() {
            int i;

            @Override
            public void run() {
                String user = users.get(i++ % users.size());
                manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, user));
            }
        };
        report("basic (demo users, DaoAuthenticationProvider)", iterations, one);
    }

    private static void jwt(int iterations) throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").keyUse(KeyUse.SIGNATURE).generate();
        AtomicInteger fetches = new AtomicInteger();
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        server.start();
        try {
            JwtDecoder decoder = NimbusJwtDecoder
                    .withJwkSetUri("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks").build();
            JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
            SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(),
                    new JWTClaimsSet.Builder().subject("f3c1a2").issuer("https://idp.example/realms/mtp")
                            .audience("mtp").claim("roles", List.of("CASE_OFFICER"))
                            .expirationTime(Date.from(Instant.now().plusSeconds(3600))).build());
            token.sign(new RSASSASigner(key));
            String serialized = token.serialize();
            report("jwt (RS256, JWK set by URI, roles converted)", iterations,
                    () -> converter.convert(decoder.decode(serialized)));
            System.out.printf("  JWK set fetched %d time(s) for %,d decodes%n", fetches.get(), 2 * iterations);
        } finally {
            server.stop(0);
        }
    }

    /** Warms up with as many calls as are measured, then reports CPU and wall time per call. */
    private static void report(String mode, int iterations, Runnable call) {
        for (int i = 0; i < iterations; i++) {
            call.run();
        }
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            call.run();
        }
        double cpuMicros = (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000.0 / iterations;
        double wallMicros = (System.nanoTime() - wall) / 1_000.0 / iterations;
        System.out.printf("%-48s %8.1f µs CPU per authentication (%.1f µs wall), %,d calls%n",
                mode, cpuMicros, wallMicros, iterations);
    }

    private AuthBenchmark() {
    }
}
