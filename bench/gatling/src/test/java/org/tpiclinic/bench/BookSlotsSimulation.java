package org.tpiclinic.bench;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Public slot listing under load: each virtual user opens {@code /book}, picks a location and a kind of
 * appointment from the page's own lists and a start date in the next two months, and submits the page's GET form
 * ({@code /book?locationId=…&typeId=…&date=…}), which answers with the free times of that week. Closed model:
 * {@code users} users at all times (a finished user is replaced at once), without think time, so every user
 * always has a request in flight: the worst case for that many people.
 * <p>
 * Settings (system properties): {@code baseUrl} (http://127.0.0.1:8080), {@code users} (50), {@code rampSeconds}
 * (10), {@code seconds} (60, after the ramp), {@code pauseMillis} (0, think time between the two pages).
 */
public class BookSlotsSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("baseUrl", "http://127.0.0.1:8080");
    private static final int USERS = Integer.getInteger("users", 50);
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("rampSeconds", 10));
    private static final Duration STEADY = Duration.ofSeconds(Integer.getInteger("seconds", 60));
    private static final Duration PAUSE = Duration.ofMillis(Integer.getInteger("pauseMillis", 0));
    /** How far ahead a user looks; inside every online type's booking horizon of the demo practice (90 days). */
    private static final int DAYS_AHEAD = 60;

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("en-US,en;q=0.9")
            .userAgentHeader("tpi-clinic-gatling");

    private final ChainBuilder openPage = exec(http("open /book").get("/book")
            .check(status().is(200),
                    css("#locationId option", "value").findAll().saveAs("locations"),
                    css("#typeId option", "value").findAll().saveAs("types")));

    private final ChainBuilder listSlots = exec(BookSlotsSimulation::choose)
            .exec(http("list free times").get("/book")
                    .queryParam("locationId", "#{locationId}")
                    .queryParam("typeId", "#{typeId}")
                    .queryParam("date", "#{date}")
                    .check(status().is(200), css("input[name='slot']").count().gt(0)));

    private final ScenarioBuilder users = scenario("list free times on /book")
            .exec(openPage).pause(PAUSE).exec(listSlots);

    {
        setUp(users.injectClosed(rampConcurrentUsers(0).to(USERS).during(RAMP),
                constantConcurrentUsers(USERS).during(STEADY)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    /** What a person would pick: any offered location and type (not the "Choose…" entry), a date soon. */
    private static Session choose(Session session) {
        var random = ThreadLocalRandom.current();
        return session.set("locationId", any(session.getList("locations"), random))
                .set("typeId", any(session.getList("types"), random))
                .set("date", LocalDate.now().plusDays(random.nextInt(DAYS_AHEAD)).toString());
    }

    private static String any(List<Object> values, ThreadLocalRandom random) {
        var offered = values.stream().map(String::valueOf).filter(v -> !v.isEmpty()).toList();
        if (offered.isEmpty()) {
            throw new IllegalStateException("/book offers no location or type: is the demo practice loaded?");
        }
        return offered.get(random.nextInt(offered.size()));
    }
}
