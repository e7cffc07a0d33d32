package org.tpiclinic.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.tpiclinic.identity.Role;
import org.tpiclinic.security.MappedRoutes.Input;
import org.tpiclinic.security.MappedRoutes.Route;

/**
 * Every form field, request parameter and path variable of every mapped route, sent hostile values by each role
 * that may reach the route (per {@link RouteAccessMatrixTests#ACCESS}): overlong text, control and direction
 * characters, impossible and extreme dates, huge and negative numbers. The other values of the request stay
 * plausible, so the hostile one is what the handler meets. The answer may be anything but a server error.
 */
@SpringBootTest(properties = { "tpi.demo.enabled=true", "tpi.demo.patients=12" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTests {

    static final Map<String, String> HOSTILE = hostile();

    static Map<String, String> hostile() {
        var values = new LinkedHashMap<String, String>();
        values.put("250 characters", "w".repeat(250));
        values.put("1,000 characters", "Sam Long ".repeat(112));
        values.put("20,000 characters", "y".repeat(20_000));
        values.put("right-to-left override", "\u202EnaS maS");
        values.put("NUL", "Sam\u0000Null");
        values.put("impossible date", "2026-02-30");
        values.put("year +999999999", "+999999999-12-31");
        values.put("year 0", "0000-01-01");
        values.put("huge page number", "42949673");
        values.put("huge number", "99999999999999999999999");
        values.put("minimum int", "-2147483648");
        return values;
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    RouteFixtures fixtures;

    @BeforeAll
    void records() {
        fixtures = RouteFixtures.of(context);
    }

    /** Who may reach a route, per the access table; null stands for someone not signed in. */
    static List<Role> reaching(Route route) {
        String row = RouteAccessMatrixTests.ACCESS.get(route.key());
        var roles = new ArrayList<Role>();
        if (row == null) {
            return roles;
        }
        if (row.charAt(0) == 'A') {
            roles.add(null);
        }
        for (int i = 0; i < RouteAccessMatrixTests.ROLES.size(); i++) {
            if (row.charAt(i + 1) == 'A' || row.charAt(i + 1) == 'O') {
                roles.add(RouteAccessMatrixTests.ROLES.get(i));
            }
        }
        return roles;
    }

    @TestFactory
    Stream<DynamicTest> noHostileValueInAnyFieldOrParameterGivesAServerError() {
        return fixtures.routes().stream().filter(r -> !r.pattern().equals("/error")).flatMap(route -> {
            var tests = new ArrayList<DynamicTest>();
            for (Role role : reaching(route)) {
                String who = role == null ? "anonymous" : role.name();
                for (Input input : MappedRoutes.inputs(route)) {
                    tests.add(DynamicTest.dynamicTest(who + " " + route + " " + input.name(),
                            () -> send(route, role, input.name(), null)));
                }
                for (String variable : MappedRoutes.pathVariables(route.pattern())) {
                    tests.add(DynamicTest.dynamicTest(who + " " + route + " {" + variable + "}",
                            () -> send(route, role, null, variable)));
                }
            }
            return tests.stream();
        });
    }

    /** The hostile values that matter for one input: text attacks on text, date attacks on dates, and so on. */
    static Map<String, String> hostileFor(Input input) {
        Class<?> type = input == null ? null : input.valueType();
        var names = new ArrayList<>(List.of("1,000 characters", "NUL", "right-to-left override"));
        if (type == null) {
            names.add("huge number");
        } else if (type == String.class) {
            names.addAll(List.of("250 characters", "20,000 characters", "impossible date", "year +999999999"));
        } else if (Temporal.class.isAssignableFrom(type)) {
            names.addAll(List.of("impossible date", "year +999999999", "year 0"));
        } else if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            names.addAll(List.of("huge page number", "huge number", "minimum int"));
        }
        var values = new LinkedHashMap<String, String>();
        names.forEach(name -> values.put(name, HOSTILE.get(name)));
        return values;
    }

    private void send(Route route, Role role, String field, String variable) throws Exception {
        var failures = new ArrayList<String>();
        Input target = MappedRoutes.inputs(route).stream().filter(i -> i.name().equals(field)).findFirst()
                .orElse(null);
        for (var hostile : hostileFor(target).entrySet()) {
            var replaced = field != null ? Map.of(field, hostile.getValue())
                    : Map.of("{" + variable + "}", URLEncoder.encode(hostile.getValue(), StandardCharsets.UTF_8));
            var request = fixtures.request(route, role, true, replaced);
            int status;
            try {
                status = mvc.perform(request).andReturn().getResponse().getStatus();
            } catch (Exception escaped) {
                Throwable root = escaped;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                String message = String.valueOf(root.getMessage());
                failures.add(hostile.getKey() + ": " + root.getClass().getName() + ": "
                        + message.substring(0, Math.min(160, message.length())));
                continue;
            }
            if (status >= 500) {
                failures.add(hostile.getKey() + ": " + status);
            }
        }
        assertThat(failures).as("server errors for %s %s", route, field != null ? field : "{" + variable + "}")
                .isEmpty();
    }
}
