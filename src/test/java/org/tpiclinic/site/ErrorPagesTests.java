package org.tpiclinic.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.tpiclinic.identity.Accounts;
import org.tpiclinic.identity.Role;
import org.tpiclinic.shared.FieldRefused;

/**
 * The error pages as a person and an API client meet them, on the real server (Tomcat renders error pages; MockMvc
 * does not): a signed-in user's unknown page is the site's own 404; a failure on our side is the one 5xx page in
 * plain words with none of the failure's own text; an input refusal no form caught is a 400, a ProblemDetail
 * naming the field when JSON is asked for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesTests.Failing.class)
class ErrorPagesTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String PASSWORD = "quiet harbour lanterns at dusk";
    private static final String SECRET = "SELECT secret_column FROM patients WHERE mrn = 'MRN-77'";

    /** Routes that fail on purpose; nested in a test class, so only this test's context has them. */
    @Controller
    static class Failing {

        @GetMapping("/test-only/failure")
        String failure() {
            throw new IllegalStateException(SECRET);
        }

        @GetMapping("/test-only/refusal")
        String refusal() {
            throw new FieldRefused("weightKg", "patient.error.weight", "Enter a weight between 2 and 350 kg");
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @BeforeEach
    void signIn() throws Exception {
        String username = "errors-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createStaff(username, "Error Tester", Role.FRONT_DESK, PASSWORD);
        var csrf = CSRF.matcher(get("/login", "text/html").body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + username + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        var signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    @Test
    void anUnknownPageGetsTheSitesOwn404() throws Exception {
        var response = get("/no-such-page", "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<h1 class=\"h3\">Not found</h1>")
                .contains("We could not find that page or record").contains("id=\"main\"");
    }

    @Test
    void aFailureOnOurSideShowsTheOne5xxPageInPlainWordsWithoutItsInnards() throws Exception {
        var response = get("/test-only/failure", "text/html");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Something went wrong on our side")
                .contains("not something you did").contains("call the practice")
                .doesNotContain("secret_column").doesNotContain("IllegalStateException")
                .doesNotContain("at org.").doesNotContain("Whitelabel");
    }

    @Test
    void anApiClientsFailureCarriesNeitherMessageNorTrace() throws Exception {
        var response = get("/test-only/failure", "application/json");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("\"status\":500").doesNotContain("secret_column")
                .doesNotContain("\"trace\"").doesNotContain("\"exception\"").doesNotContain("\"message\"");
    }

    @Test
    void aRefusalNoFormCaughtIsAProblemDetailNamingTheFieldForAnApiClient() throws Exception {
        var response = get("/test-only/refusal", "application/json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"weightKg\"")
                .contains("\"detail\":\"Enter a weight between 2 and 350 kg\"");
    }

    @Test
    void aRefusalNoFormCaughtIsThe400PageWithItsWordsForABrowser() throws Exception {
        var response = get("/test-only/refusal", "text/html");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("We could not use that request")
                .contains("Enter a weight between 2 and 350 kg");
    }

    @Test
    void anAddressWithABrokenIdIsThe400PageInPlainWordsForABrowserAndAProblemDetailForAnApiClient() throws Exception {
        var browser = get("/patients/not-an-id", "text/html");
        assertThat(browser.statusCode()).isEqualTo(400);
        assertThat(browser.body()).contains("id=\"main\"").contains("We could not use that request")
                .contains("This address is not complete or not valid").doesNotContain("Failed to convert");
        var api = get("/patients/not-an-id", "application/json");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(api.body()).contains("\"status\":400");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
