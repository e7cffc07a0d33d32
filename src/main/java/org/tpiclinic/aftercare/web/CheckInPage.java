package org.tpiclinic.aftercare.web;

import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.tpiclinic.aftercare.AftercareTexts;
import org.tpiclinic.aftercare.CheckIn;
import org.tpiclinic.aftercare.CheckInAlreadyAnswered;
import org.tpiclinic.aftercare.CheckIns;
import org.tpiclinic.aftercare.Section;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.site.PracticeSettings;

/**
 * The check-in page, the same in the portal and through the emailed link: the form while it is open, the answers
 * and what to do now once answered (with a red flag: call 911 or call the clinic, in the plan's language).
 */
@Component
class CheckInPage {

    private final CheckIns checkIns;
    private final AftercareTexts texts;
    private final PracticeSettings practice;
    private final Clock clock;

    CheckInPage(CheckIns checkIns, AftercareTexts texts, PracticeSettings practice, Clock clock) {
        this.checkIns = checkIns;
        this.texts = texts;
        this.practice = practice;
        this.clock = clock;
    }

    String show(CurrentUser me, UUID checkInId, String action, CheckInForm form, Model model) {
        var checkIn = checkIns.get(me, checkInId);
        model.addAttribute("checkIn", checkIn);
        model.addAttribute("action", action);
        model.addAttribute("form", form);
        model.addAttribute("open", !checkIn.answered() && checkIn.due(clock.instant()));
        if (checkIn.answered() && checkIn.urgency().redFlag()) {
            var section = checkIn.urgency() == org.tpiclinic.aftercare.Urgency.EMERGENCY ? Section.ACT_EMERGENCY
                    : Section.ACT_CALL;
            var text = texts.in(language(checkIn)).get(section);
            model.addAttribute("actTitle", text.title());
            model.addAttribute("actBody", text.body().replace("{phone}", practice.phone()));
        }
        return "aftercare/check-in";
    }

    String submit(CurrentUser me, UUID checkInId, String action, CheckInForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                checkIns.answer(me, checkInId, form.answers());
                return "redirect:" + action;
            } catch (CheckInAlreadyAnswered twice) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("refused", twice.getMessage());
                return show(me, checkInId, action, new CheckInForm(), model);
            } catch (ConflictException notYet) {
                errors.reject("aftercare.checkIn.notYet", notYet.getMessage());
            }
        }
        response.setStatus(errors.getGlobalErrorCount() > 0 ? HttpServletResponse.SC_CONFLICT
                : HttpServletResponse.SC_BAD_REQUEST);
        return show(me, checkInId, action, form, model);
    }

    private String language(CheckIn checkIn) {
        return checkIns.language(checkIn);
    }
}
