package org.tpiclinic.screening.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.WebDataBinder;
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.patients.ReactionType;
import org.tpiclinic.patients.Severity;
import org.tpiclinic.patients.SubstanceCatalog;
import org.tpiclinic.screening.Answer;
import org.tpiclinic.screening.intake.CareAnswers;
import org.tpiclinic.screening.intake.Intake;
import org.tpiclinic.screening.intake.Proposal;
import org.tpiclinic.screening.intake.Reported;
import org.tpiclinic.screening.intake.SafetyAnswers;
import org.tpiclinic.screening.intake.VisitAnswers;

/** The intake's section forms, bound field by field so one bad value does not hide the others. */
public final class IntakeForms {

    static final int LINES = 3;

    private IntakeForms() {
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Nothing posted for a field: no value, or a question left unanswered. */
    static boolean unset(Object value) {
        return value == null || value == Answer.NOT_ANSWERED;
    }

    /** Binds the section forms field by field, with room for a few more allergy and medication lines. */
    static void bind(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.setAutoGrowCollectionLimit(12);
    }

    /** Why the patient comes. */
    public static class Visit {
        @Size(max = 500, message = "{input.tooLong}")
        public String reasonForVisit;
        @Size(max = 200, message = "{input.tooLong}")
        public String painLocation;
        @DateTimeFormat(iso = ISO.DATE)
        public LocalDate painStartedOn;
        public Integer baselinePain;
        public Integer functionInterference;

        boolean empty() {
            return blank(reasonForVisit) && blank(painLocation) && painStartedOn == null && baselinePain == null
                    && functionInterference == null;
        }

        VisitAnswers answers() {
            return new VisitAnswers(reasonForVisit, painLocation, painStartedOn, baselinePain, functionInterference);
        }

        static Visit of(VisitAnswers a) {
            var f = new Visit();
            if (a != null) {
                f.reasonForVisit = a.reasonForVisit();
                f.painLocation = a.painLocation();
                f.painStartedOn = a.painStartedOn();
                f.baselinePain = a.baselinePain();
                f.functionInterference = a.functionInterference();
            }
            return f;
        }
    }

    /** Conservative care and previous injections. */
    public static class Care {
        public Answer carePhysicalTherapy;
        public Answer careMassage;
        public Answer careStretching;
        public Answer careMedication;
        public Integer careWeeks;
        public Answer priorTpi;
        @DateTimeFormat(iso = ISO.DATE)
        public LocalDate priorTpiOn;
        public Integer priorReliefPercent;
        public Answer priorProblem;

        boolean empty() {
            return Stream.of(carePhysicalTherapy, careMassage, careStretching, careMedication,
                    careWeeks, priorTpi, priorTpiOn, priorReliefPercent, priorProblem)
                    .allMatch(IntakeForms::unset);
        }

        CareAnswers answers() {
            return new CareAnswers(carePhysicalTherapy, careMassage, careStretching, careMedication, careWeeks,
                    priorTpi, priorTpiOn, priorReliefPercent, priorProblem);
        }

        static Care of(CareAnswers a) {
            var f = new Care();
            if (a != null) {
                f.carePhysicalTherapy = a.carePhysicalTherapy();
                f.careMassage = a.careMassage();
                f.careStretching = a.careStretching();
                f.careMedication = a.careMedication();
                f.careWeeks = a.careWeeks();
                f.priorTpi = a.priorTpi();
                f.priorTpiOn = a.priorTpiOn();
                f.priorReliefPercent = a.priorReliefPercent();
                f.priorProblem = a.priorProblem();
            }
            return f;
        }
    }

    /** One allergy or medication line; an allergy also says what happened and how bad it was. */
    public static class Line {
        @Size(max = 120, message = "{input.tooLong}")
        public String name;
        public AllergyClass allergyClass;
        public ReactionType reaction;
        public Severity severity;

        boolean filled() {
            return name != null && !name.isBlank();
        }
    }

    /** The safety questions of clinical reference §1.3. */
    public static class Safety {
        public Answer noAllergies, bloodThinners, steroidUse, recentInfection, bleedingProblems, numbingProblems,
                diabetes, pregnant, heartOrLiver, needleFear, driverHome, immunosuppressed;
        @Size(max = 500, message = "{input.tooLong}")
        public String otherMedications;
        @Size(max = 500, message = "{input.tooLong}")
        public String numbingDetails;
        public BigDecimal weightKg;
        @DateTimeFormat(iso = ISO.DATE)
        public LocalDate weightMeasuredOn;
        @Valid
        public List<Line> allergies = lines();
        @Valid
        public List<Line> medications = lines();

        SafetyAnswers answers() {
            return new SafetyAnswers(noAllergies, bloodThinners, otherMedications, steroidUse, recentInfection,
                    bleedingProblems, numbingProblems, diabetes, pregnant, heartOrLiver, needleFear, driverHome,
                    weightKg, weightMeasuredOn, immunosuppressed, numbingDetails);
        }

        List<Reported.Allergy> reportedAllergies(SubstanceCatalog catalog) {
            return allergies.stream().filter(Line::filled)
                    .map(l -> Reported.Allergy.classify(l.name, l.allergyClass, l.reaction, l.severity, catalog))
                    .toList();
        }

        /** The listed medications, and the substances the free text names (which count, but are not listed). */
        List<Reported.Medication> reportedMedications(SubstanceCatalog catalog) {
            var listed = new ArrayList<Reported.Medication>(medications.stream().filter(Line::filled)
                    .map(l -> Reported.Medication.classify(l.name, catalog)).toList());
            if (otherMedications != null) {
                listed.addAll(Reported.Medication.namedIn(otherMedications, catalog));
            }
            return listed;
        }

        /** Nothing answered and nothing listed. */
        boolean empty() {
            return Stream.of(noAllergies, bloodThinners, steroidUse, recentInfection,
                    bleedingProblems, numbingProblems, diabetes, pregnant, heartOrLiver, needleFear, driverHome,
                    immunosuppressed, weightKg, weightMeasuredOn).allMatch(IntakeForms::unset)
                    && blank(otherMedications) && blank(numbingDetails)
                    && allergies.stream().noneMatch(Line::filled) && medications.stream().noneMatch(Line::filled);
        }

        static Safety of(Intake intake) {
            var f = new Safety();
            var a = intake.safety();
            if (a != null) {
                f.noAllergies = a.noAllergies();
                f.bloodThinners = a.bloodThinners();
                f.otherMedications = a.otherMedications();
                f.steroidUse = a.steroidUse();
                f.recentInfection = a.recentInfection();
                f.bleedingProblems = a.bleedingProblems();
                f.numbingProblems = a.numbingProblems();
                f.diabetes = a.diabetes();
                f.pregnant = a.pregnant();
                f.heartOrLiver = a.heartOrLiver();
                f.needleFear = a.needleFear();
                f.driverHome = a.driverHome();
                f.immunosuppressed = a.immunosuppressed();
                f.numbingDetails = a.numbingDetails();
                f.weightKg = a.weightKg();
                f.weightMeasuredOn = a.weightMeasuredOn();
            }
            fill(f.allergies, intake, Proposal.Kind.ALLERGY);
            fill(f.medications, intake, Proposal.Kind.MEDICATION);
            return f;
        }

        private static void fill(List<Line> lines, Intake intake, Proposal.Kind kind) {
            var listed = intake.proposals().stream().filter(p -> p.kind() == kind).toList();
            for (int i = 0; i < listed.size(); i++) {
                if (i >= lines.size()) {
                    lines.add(new Line());
                }
                lines.get(i).name = listed.get(i).label();
                lines.get(i).allergyClass = listed.get(i).allergyClass();
                lines.get(i).reaction = listed.get(i).reactionType();
                lines.get(i).severity = listed.get(i).severity();
            }
            if (listed.size() >= LINES) {
                lines.add(new Line());
            }
        }

        private static List<Line> lines() {
            var list = new ArrayList<Line>();
            for (int i = 0; i < LINES; i++) {
                list.add(new Line());
            }
            return list;
        }
    }
}
