package org.tpiclinic.site.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Static files under their own URL prefixes only, replacing Boot's catch-all {@code /**} mapping
 * ({@code spring.web.resources.add-mappings=false}). With the resource chain on (webjars-locator-lite turns it
 * on), every link a template writes goes through {@code ResourceUrlProvider}; under {@code /**} each page link
 * such as {@code /book} was looked up as a file in four class-path locations, and a miss is not cached and
 * searches every jar of the application under a lock: that was most of the time a page took under load.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // Version-free /webjars/ URLs need the chain: it adds the webjars-locator-lite resolver.
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true);
        for (String folder : new String[] { "css", "js", "images" }) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .resourceChain(true);
        }
    }
}
