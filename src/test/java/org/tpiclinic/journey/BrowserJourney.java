package org.tpiclinic.journey;

import static org.tpiclinic.journey.BrowserSupport.assertAccessible;
import static org.tpiclinic.journey.BrowserSupport.screenshot;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every browser journey shares: the application on a random port with the demo practice, one Chromium per
 * test class, a fresh page per test that collects browser errors, signing in, and the checks on each page visited
 * (a screenshot, then the axe scan). A journey adds its own settings with {@code @TestPropertySource}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "tpi.demo.enabled=true", "tpi.demo.patients=30" })
abstract class BrowserJourney {

    private static BrowserSupport browser;

    @LocalServerPort
    int port;
    @Value("${tpi.demo.password}")
    String demoPassword;
    @Autowired
    JdbcClient jdbc;

    Page page;
    /** Script errors, CSP violations (console errors) and sub-resources (CSS, scripts, images) that failed to load. */
    final List<String> browserErrors = new ArrayList<>();
    private final List<Page> phones = new ArrayList<>();

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void openPage() {
        // Launched here rather than in @BeforeAll so that a missing Chromium shows as a skipped test with its reason.
        if (browser == null) {
            browser = BrowserSupport.launch();
        }
        browserErrors.clear();
        page = browser.newPage(baseUrl(), browserErrors);
        // A strict CSP forbids inline script and style: a violation shows up as a console error. Failed loads are
        // judged by their responses below, because some pages are meant to answer 403, 404 or 410.
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                browserErrors.add(message.text());
            }
        });
        page.onResponse(response -> {
            if (response.status() >= 400 && !"document".equals(response.request().resourceType())) {
                browserErrors.add(response.status() + " " + response.request().resourceType() + " " + response.url());
            }
        });
    }

    @AfterEach
    void closePage() {
        phones.forEach(phone -> phone.context().close());
        phones.clear();
        if (page != null) {
            page.context().close();
        }
    }

    /** A second page, on a phone-sized touch screen, in its own context; closed after the test. */
    Page touchPage() {
        Page phone = browser.newPage(baseUrl(), browserErrors, true);
        phones.add(phone);
        return phone;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Signs in with a demo login (from the sign-in page if the browser is on it) and waits to leave that page. */
    void signIn(String username) {
        if (!page.url().contains("/login")) {
            page.navigate("/login");
        }
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(demoPassword);
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    Locator mainNav() {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
    }

    /** Every page of a journey is kept as a screenshot (taken first, so a failing scan still has one). */
    void visited(String name) {
        screenshot(page, name);
        assertAccessible(page, name);
    }
}
