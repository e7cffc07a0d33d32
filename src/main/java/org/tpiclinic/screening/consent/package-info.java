/**
 * Informed consent, internals of the screening module: the versioned consent text ({@link
 * org.tpiclinic.screening.consent.ConsentTemplates}), the signature checks ({@link
 * org.tpiclinic.screening.consent.Signature}), the PDF of what was signed and its storage. The API is {@link
 * org.tpiclinic.screening.Consents}. Invariants: a template version never changes; a signed consent is never
 * changed or deleted, only withdrawn with a reason; its PDF's SHA-256 is stored beside it.
 */
@NullMarked
package org.tpiclinic.screening.consent;

import org.jspecify.annotations.NullMarked;
