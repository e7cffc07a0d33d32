package org.tpiclinic.billing;

import org.jspecify.annotations.Nullable;
import org.tpiclinic.procedures.Technique;

/**
 * One procedure code of the {@link CodingTable}: the code for a technique when the number of distinct muscles
 * treated that way lies between {@code fewestMuscles} and {@code mostMuscles}.
 *
 * @param mostMuscles null: no upper limit
 * @param description our own short words (the CPT descriptor is licensed text)
 * @param source      where the rule comes from
 */
public record ProcedureCode(Technique technique, int fewestMuscles, @Nullable Integer mostMuscles, String code,
        String description, String source) {

    boolean fits(Technique t, int muscles) {
        return t == technique && muscles >= fewestMuscles && (mostMuscles == null || muscles <= mostMuscles);
    }
}
