package org.tpiclinic.aftercare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The aftercare a patient took home from one signed session: the practice's texts as they were when it was made,
 * in the patient's language where a translation exists, and the recommended follow-up window.
 *
 * @param language               the language of the sections ({@code en}, {@code es})
 * @param followUpAppointmentId  the follow-up booked from the plan, if any
 */
public record AftercarePlan(UUID id, UUID sessionId, UUID patientId, UUID clinicianId, UUID locationId,
        LocalDate performedOn, String language, boolean lungWarning, int painBefore, LocalDate followUpFrom,
        LocalDate followUpTo, UUID followUpAppointmentId, Instant createdAt, List<Part> sections) {

    /** One section of the plan, in order. */
    public record Part(Section section, String title, String body) {

        /** The body's paragraphs (separated by a blank line). */
        public java.util.List<String> paragraphs() {
            return java.util.Arrays.stream(body.split("\\n\\s*\\n")).map(String::strip)
                    .filter(p -> !p.isEmpty()).toList();
        }

        public boolean warning() {
            return section == Section.EMERGENCY || section == Section.LUNG_WARNING;
        }
    }
}
