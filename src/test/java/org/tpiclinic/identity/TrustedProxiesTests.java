package org.tpiclinic.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Against the real server (Tomcat), because forwarded headers are read there: a client's own
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} count for nothing unless it is a configured proxy.
 */
class TrustedProxiesTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    abstract static class RealServer {

        @LocalServerPort
        int port;
        @Autowired
        JdbcClient jdbc;

        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> get(String path, String proto) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("X-Forwarded-Proto", proto).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** A failed sign-in claiming to come from {@code forwardedFor}; returns the addresses the throttle counted. */
        List<String> failSignInAs(String forwardedFor) throws Exception {
            var form = get("/login", "http").body();
            var csrf = CSRF.matcher(form);
            assertThat(csrf.find()).isTrue();
            String body = "username=someone&password=wrong-password&_csrf="
                    + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Forwarded-For", forwardedFor)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Location").orElse("")).contains("/login?error");
            return jdbc.sql("SELECT throttle_key FROM rate_counts WHERE throttle_key LIKE 'address:%'")
                    .query(String.class).list();
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class WithoutAConfiguredProxy extends RealServer {

        @Test
        void forwardedHeadersFromAnyClientAreIgnored() throws Exception {
            assertThat(get("/login", "https").headers().firstValue("Strict-Transport-Security")).isEmpty();
            assertThat(failSignInAs("203.0.113.50")).contains("address:127.0.0.1")
                    .doesNotContain("address:203.0.113.50");
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "tpi.security.trusted-proxies=127.0.0.1, ::1")
    class BehindATrustedProxy extends RealServer {

        @Test
        void theProxysForwardedHeadersCount() throws Exception {
            assertThat(get("/login", "https").headers().firstValue("Strict-Transport-Security"))
                    .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
            assertThat(failSignInAs("203.0.113.60")).contains("address:203.0.113.60");
        }
    }
}
