package org.tpiclinic.procedures.dose;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.tpiclinic.assessment.Atlas;
import org.tpiclinic.assessment.BodySite;
import org.tpiclinic.procedures.DoseCheck.DoseNotice;
import org.tpiclinic.procedures.formulary.ClinicFormulary;
import org.tpiclinic.shared.NotFoundException;

/**
 * The clinic policies on repeat sessions ({@link ClinicPolicies}) against the practice's formulary: warnings with
 * their source, each needing an override reason. The caller gives the patient's earlier sessions.
 */
@Service
public class SessionPolicies {

    private final ClinicFormulary formulary;
    private final Atlas atlas;
    private final MessageSource messages;
    private final NoticeWords words;

    SessionPolicies(ClinicFormulary formulary, Atlas atlas, MessageSource messages) {
        this.formulary = formulary;
        this.atlas = atlas;
        this.messages = messages;
        this.words = (key, arguments) -> messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** A site with its region and name from the atlas; 404 for a muscle the atlas does not have. */
    public PolicySite site(BodySite site) {
        var muscle = atlas.muscle(site.muscle())
                .orElseThrow(() -> new NotFoundException("Atlas muscle " + site.muscle()));
        var side = messages.getMessage("dose.policy.side." + site.side().name(), null, site.side().word(),
                LocaleContextHolder.getLocale());
        return new PolicySite(site, muscle.region(), muscle.name() + ", " + side);
    }

    /** The warnings for this session against the current formulary version. */
    public List<DoseNotice> check(PlannedSession session, List<PriorSession> history) {
        return ClinicPolicies.check(formulary.current(), session, history, words);
    }

    /** The warnings against the formulary version a session recorded. */
    public List<DoseNotice> check(int formularyVersion, PlannedSession session, List<PriorSession> history) {
        return ClinicPolicies.check(formulary.version(formularyVersion), session, history, words);
    }
}
