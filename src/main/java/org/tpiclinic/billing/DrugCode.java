package org.tpiclinic.billing;

/**
 * A HCPCS Level II code for an ingredient of the formulary. Only a verified code goes on a claim.
 *
 * @param ingredient the formulary code's part before its first underscore ({@code TRIAMCINOLONE})
 */
public record DrugCode(String ingredient, String hcpcs, boolean verified, String source) {
}
