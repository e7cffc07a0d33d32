package org.tpiclinic.site.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tpiclinic.site.PracticeSettings;

/** Gives every page, error pages included, the practice it belongs to. */
@ControllerAdvice
class LayoutAdvice {

    private final PracticeSettings practice;

    LayoutAdvice(PracticeSettings practice) {
        this.practice = practice;
    }

    @ModelAttribute("practice")
    PracticeSettings practice() {
        return practice;
    }
}
