package org.tpiclinic.screening.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.WebDataBinder;
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.patients.DrugClass;
import org.tpiclinic.patients.MedicationCatalog;
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
        public Boolean carePhysicalTherapy;
        public Boolean careMassage;
        public Boolean careStretching;
        public Boolean careMedication;
        public Integer careWeeks;
        public Boolean priorTpi;
        @DateTimeFormat(iso = ISO.DATE)
        public LocalDate priorTpiOn;
        public Integer priorReliefPercent;
        public Boolean priorProblem;

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

    /** One allergy or medication line. */
    public static class Line {
        @Size(max = 120, message = "{input.tooLong}")
        public String name;
        public AllergyClass allergyClass;
    }

    /** The safety questions of clinical reference §1.3. */
    public static class Safety {
        public Boolean noAllergies, bloodThinners, steroidUse, recentInfection, bleedingProblems, numbingProblems,
                diabetes, pregnant, heartOrLiver, needleFear, driverHome;
        @Size(max = 500, message = "{input.tooLong}")
        public String otherMedications;
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
                    weightKg, weightMeasuredOn);
        }

        List<Reported.Allergy> reportedAllergies() {
            return allergies.stream().filter(l -> l.name != null && !l.name.isBlank())
                    .map(l -> new Reported.Allergy(l.name.trim(), l.allergyClass)).toList();
        }

        List<Reported.Medication> reportedMedications(MedicationCatalog catalog) {
            return medications.stream().filter(l -> l.name != null && !l.name.isBlank())
                    .map(l -> new Reported.Medication(l.name.trim(),
                            catalog.find(l.name).map(MedicationCatalog.Entry::drugClass).orElse(DrugClass.OTHER)))
                    .toList();
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
