package org.tpiclinic.aftercare;

/**
 * One editable aftercare text of the practice in one language.
 *
 * @param language ISO 639-1 code ({@code en}, {@code es})
 * @param source   where the advice comes from (clinical reference section), shown to staff
 * @param version  for optimistic locking of edits
 */
public record AftercareText(String language, Section section, String title, String body, String source,
        long version) {
}
