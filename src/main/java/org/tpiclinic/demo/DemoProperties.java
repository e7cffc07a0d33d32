package org.tpiclinic.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled  load the demo practice on first start (the embedded default; off in production)
 * @param patients how many synthetic patients to generate
 * @param seed     the random seed, so every installation gets the same demo patients
 * @param password the password of every demo login
 * @param sessions how many patients get a real signed injection session (at most {@link DemoSessions#PATIENTS});
 *                 each costs a screening, a consent PDF and a signature at first start
 */
@ConfigurationProperties("tpi.demo")
record DemoProperties(boolean enabled, int patients, long seed, String password, @DefaultValue("6") int sessions) {
}
