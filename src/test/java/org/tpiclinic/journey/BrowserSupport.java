package org.tpiclinic.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The system Chromium driven by Playwright, plus the checks every journey makes on the pages it visits: an axe
 * scan (WCAG 2.1 A and AA) and a full-page screenshot under {@code target/screenshots}.
 * <p>
 * Playwright never downloads a browser here. Chromium is taken from {@code TPI_CHROMIUM}, else {@code chromium} or
 * {@code chromium-browser} on the {@code PATH}. Without it a journey is skipped on a developer machine and fails in
 * CI ({@code CI=true}), where {@code .ci/run} installs it.
 */
final class BrowserSupport implements AutoCloseable {

    static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--headless", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    private BrowserSupport(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Launches the system Chromium headless, or skips (fails in CI) when there is none. */
    static BrowserSupport launch() {
        Path chromium = chromiumOrAbort();
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium)
                    .setHeadless(true)
                    .setArgs(CHROMIUM_ARGS));
            return new BrowserSupport(playwright, browser);
        } catch (RuntimeException failed) {
            playwright.close();
            throw failed;
        }
    }

    Browser browser() {
        return browser;
    }

    /**
     * A fresh context on {@code baseUrl} (1280 × 800, 15 s timeouts) and its page; uncaught script errors are
     * added to {@code errors}. Callers add their own console and response checks.
     */
    Page newPage(String baseUrl, List<String> errors) {
        return newPage(baseUrl, errors, false);
    }

    /** As {@link #newPage(String, List)}, or with {@code touch} a phone-sized touch screen (390 × 844). */
    Page newPage(String baseUrl, List<String> errors, boolean touch) {
        var options = new Browser.NewContextOptions().setBaseURL(baseUrl);
        BrowserContext context = browser.newContext(touch ? options.setViewportSize(390, 844).setHasTouch(true)
                .setIsMobile(true) : options.setViewportSize(1280, 800));
        Page page = context.newPage();
        page.setDefaultTimeout(15_000);
        page.onPageError(errors::add);
        return page;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

    /** The Chromium to drive; aborts the test (or fails it in CI) with the reason when there is none. */
    static Path chromiumOrAbort() {
        Optional<Path> found = findChromium();
        if (found.isEmpty()) {
            String why = "No Chromium found: set TPI_CHROMIUM to its executable, or put chromium or "
                    + "chromium-browser on the PATH (Debian: apt-get install chromium). Browser journeys need it.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(why + " CI=true, so this is a failure, not a skip.");
            }
            Assumptions.abort(why + " Skipping the browser journey.");
        }
        return found.get();
    }

    static Optional<Path> findChromium() {
        String configured = System.getenv("TPI_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            Path path = Paths.get(configured.trim());
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String searchPath = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of("chromium", "chromium-browser")
                .flatMap(name -> Stream.of(searchPath.split(File.pathSeparator))
                        .filter(dir -> !dir.isBlank())
                        .map(dir -> Paths.get(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /**
     * Runs axe (WCAG 2.0/2.1, A and AA) on the page as it is now and fails on any serious or critical violation,
     * naming each rule, its impact, its help text and the elements that fail it.
     */
    static void assertAccessible(Page page, String pageName) {
        AxeResults results = new AxeBuilder(page).withTags(AXE_TAGS).analyze();
        assertThat(results.isErrored()).as("axe ran on %s: %s", pageName, results.getErrorMessage()).isFalse();
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .toList();
        if (!blocking.isEmpty()) {
            Assertions.fail("Serious or critical accessibility violations on " + pageName + " (" + page.url()
                    + "):\n" + describe(blocking));
        }
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> "- " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " ("
                        + rule.getHelpUrl() + ")\n" + rule.getNodes().stream()
                                .map(node -> "    at " + node.getTarget() + ": " + node.getFailureSummary())
                                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    /** Saves a full-page screenshot as {@code target/screenshots/<name>.png}, for a person to look at. */
    static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
