package org.tpiclinic.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Honours {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only from the proxies named in
 * {@code tpi.security.trusted-proxies} (IP addresses, comma-separated; none by default). From any other peer
 * those headers are ignored, so a client cannot pick the address it is throttled and audited under, nor claim
 * HTTPS. Boot's own handling stays off ({@code server.forward-headers-strategy=none}): its default would trust
 * every private address.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private final List<String> proxies;

    TrustedProxies(@Value("${tpi.security.trusted-proxies:}") List<String> proxies) {
        this.proxies = proxies.stream().map(String::trim).filter(p -> !p.isEmpty()).map(TrustedProxies::literal)
                .toList();
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (proxies.isEmpty()) {
            return;
        }
        var valve = new RemoteIpValve();
        valve.setInternalProxies(regex());
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setHostHeader("X-Forwarded-Host");
        valve.setPortHeader("X-Forwarded-Port");
        factory.addEngineValves(valve);
    }

    /** An anchored pattern matching exactly the configured addresses, as Tomcat writes them. */
    String regex() {
        return proxies.stream().map(Pattern::quote).collect(Collectors.joining("|", "^(?:", ")$"));
    }

    /** An IP address in the form the servlet container reports it; host names are refused (no DNS lookups). */
    private static String literal(String address) {
        if (!IP_LITERAL.matcher(address).matches()) {
            throw new IllegalArgumentException("tpi.security.trusted-proxies takes IP addresses, not " + address);
        }
        try {
            return InetAddress.getByName(address).getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            throw new IllegalArgumentException("tpi.security.trusted-proxies: not an IP address: " + address);
        }
    }
}
