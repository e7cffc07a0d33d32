package org.tpiclinic.site;

import java.time.ZoneId;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The practice as shown to people: a clinic sets these in its configuration ({@code tpi.practice.*}).
 *
 * @param zone the practice's time zone, in which documents for patients (the consent PDF) give times
 */
@ConfigurationProperties("tpi.practice")
public record PracticeSettings(String name, String logoText, String address, String phone,
        @DefaultValue("UTC") ZoneId zone) {

    /** Whether the practice has said who it is: a name and a phone for patients to call. */
    public boolean configured() {
        return name != null && !name.isBlank() && phone != null && !phone.isBlank();
    }

    /** Name, address and phone as one line for the footer, leaving out what is not set. */
    public String footerLine() {
        return Stream.of(name, address, phone).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" · "));
    }

    /** The short name for the header: the logo text, else the name; empty when neither is set. */
    public String brand() {
        if (logoText != null && !logoText.isBlank()) {
            return logoText;
        }
        return name == null ? "" : name;
    }
}
