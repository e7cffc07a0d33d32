package org.tpiclinic.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The site module on its own (it depends only on shared): the public home page renders from its settings. */
@ApplicationModuleTest(extraIncludes = "shared")
@TestPropertySource(properties = "tpi.practice.name=Standalone Test Practice")
@AutoConfigureMockMvc
class SiteModuleTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @Test
    @WithMockUser
    void theHomePageRendersWithNoOtherModuleLoaded() throws Exception {
        assertThat(context.containsBean("patientRegistry")).as("the patients module is not loaded").isFalse();
        var response = mvc.perform(get("/")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Standalone Test Practice");
    }
}
