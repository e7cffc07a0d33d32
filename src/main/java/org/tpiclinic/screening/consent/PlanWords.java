package org.tpiclinic.screening.consent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tpiclinic.assessment.Atlas;
import org.tpiclinic.assessment.AtlasMuscle;
import org.tpiclinic.assessment.BodySite;
import org.tpiclinic.assessment.Side;
import org.tpiclinic.screening.PlannedTreatment;

/**
 * A plan in plain words, as a patient reads it on the consent page and in its PDF, and as staff read it on the
 * screening page: "Dry needling, right upper trapezius". Both sides of a muscle are named together ("left and right
 * rhomboids"), never a code; muscle names come from the atlas. Templates use it as {@code @planWords}.
 */
@Component
public class PlanWords {

    private final MessageSource messages;
    private final Atlas atlas;

    PlanWords(MessageSource messages, Atlas atlas) {
        this.messages = messages;
        this.atlas = atlas;
    }

    /** In the language of the current request. */
    public String describe(PlannedTreatment plan) {
        return describe(plan, LocaleContextHolder.getLocale());
    }

    public String describe(PlannedTreatment plan, Locale locale) {
        String agent = text("screening.agent." + plan.agent(), locale);
        var sites = new ArrayList<String>();
        // head to toe, as the atlas lists its muscles; a muscle it does not know goes last
        var muscles = new ArrayList<>(plan.muscles());
        var order = atlas.muscles().stream().map(AtlasMuscle::code).toList();
        muscles.sort(Comparator.comparingInt(m -> order.contains(m) ? order.indexOf(m) : order.size()));
        for (String muscle : muscles) {
            sites.add(plan.unsidedMuscles().contains(muscle) ? sides(muscle, "UNRECORDED", locale)
                    : sides(muscle, plan.sidesOf(muscle), locale));
        }
        return text(plan.steroid() ? "screening.plan.words.steroid" : "screening.plan.words", locale, agent,
                String.join(", ", sites));
    }

    /** One site: "right upper trapezius". */
    public String site(BodySite site, Locale locale) {
        return sides(site.muscle(), Set.of(site.side()), locale);
    }

    private String sides(String muscle, Set<Side> sides, Locale locale) {
        return sides(muscle, sides.size() == 2 ? "BILATERAL" : sides.iterator().next().name(), locale);
    }

    private String sides(String muscle, String key, Locale locale) {
        String name = atlas.muscle(muscle).map(AtlasMuscle::name).orElse(muscle.replace('_', ' '));
        return text("screening.site." + key, locale, name.toLowerCase(locale));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
