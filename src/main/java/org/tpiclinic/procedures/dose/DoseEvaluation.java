package org.tpiclinic.procedures.dose;

import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.tpiclinic.procedures.DoseCheck;
import org.tpiclinic.procedures.formulary.ClinicFormulary;
import org.tpiclinic.shared.Kilograms;

/**
 * The dose check against the practice's formulary: the current version for a session being documented, or the
 * version a session recorded. The arithmetic is {@link DoseRules}; the words come from {@code messages.properties}.
 */
@Service
public class DoseEvaluation implements DoseCheck {

    private final ClinicFormulary formulary;
    private final NoticeWords words;

    DoseEvaluation(ClinicFormulary formulary, MessageSource messages) {
        this.formulary = formulary;
        this.words = (key, arguments) -> messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    @Override
    public DoseReport evaluate(Optional<Kilograms> weight, List<AgentVolume> volumes) {
        return DoseRules.evaluate(formulary.current(), weight, volumes, words);
    }

    @Override
    public DoseReport evaluate(int formularyVersion, Optional<Kilograms> weight, List<AgentVolume> volumes) {
        return DoseRules.evaluate(formulary.version(formularyVersion), weight, volumes, words);
    }
}
