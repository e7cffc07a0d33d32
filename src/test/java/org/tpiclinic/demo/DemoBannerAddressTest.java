package org.tpiclinic.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The start-up banner names the address the server really answers on. */
class DemoBannerAddressTest {

    @Test
    void usesThePortTheServerStartedOn() {
        var environment = new MockEnvironment().withProperty("server.port", "0")
                .withProperty("local.server.port", "18321");
        assertThat(DemoDataLoader.baseUrl(environment)).isEqualTo("http://localhost:18321");
    }

    @Test
    void usesTheBaseUrlWhenOneIsSet() {
        var environment = new MockEnvironment().withProperty("local.server.port", "18321")
                .withProperty("tpi.base-url", "https://clinic.example/");
        assertThat(DemoDataLoader.baseUrl(environment)).isEqualTo("https://clinic.example");
    }
}
