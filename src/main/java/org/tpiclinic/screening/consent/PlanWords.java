package org.tpiclinic.screening.consent;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tpiclinic.screening.PlannedTreatment;
import org.tpiclinic.screening.Site;

/**
 * A plan in plain words, as a patient reads it on the consent page and in its PDF, and as staff read it on the
 * screening page: "Dry needling, right upper trapezius". Both sides are named ("left and right rhomboids"), never
 * an enum code. Templates use it as {@code @planWords}.
 */
@Component
public class PlanWords {

    private final MessageSource messages;

    PlanWords(MessageSource messages) {
        this.messages = messages;
    }

    /** In the language of the current request. */
    public String describe(PlannedTreatment plan) {
        return describe(plan, LocaleContextHolder.getLocale());
    }

    public String describe(PlannedTreatment plan, Locale locale) {
        String agent = text("screening.agent." + plan.agent(), locale);
        String sites = plan.sites().stream().map(s -> site(s, locale)).collect(Collectors.joining(", "));
        return text(plan.steroid() ? "screening.plan.words.steroid" : "screening.plan.words", locale, agent, sites);
    }

    /** One site: "right upper trapezius". */
    public String site(Site site, Locale locale) {
        String muscle = text("screening.muscle." + site.muscle(), locale).toLowerCase(locale);
        return text("screening.site." + site.side(), locale, muscle);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
