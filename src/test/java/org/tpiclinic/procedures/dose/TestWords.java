package org.tpiclinic.procedures.dose;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The dose check's words from the application's own {@code messages.properties}, without a Spring context. */
final class TestWords {

    private TestWords() {
    }

    static NoticeWords fromMessages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return (key, arguments) -> source.getMessage(key, arguments, Locale.ENGLISH);
    }
}
