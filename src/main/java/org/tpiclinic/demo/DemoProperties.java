package org.tpiclinic.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled  load the demo practice on first start (the embedded default; off in production)
 * @param patients how many synthetic patients to generate
 * @param seed     the random seed, so every installation gets the same demo patients
 * @param password the password of every demo login
 */
@ConfigurationProperties("tpi.demo")
record DemoProperties(boolean enabled, int patients, long seed, String password) {
}
