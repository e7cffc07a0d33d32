package org.tpiclinic.procedures.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tpiclinic.procedures.ComplicationKind;
import org.tpiclinic.procedures.Draft;

/**
 * The editor's field names and the ids of their inputs and error messages ({@code sites[2].volume} is input
 * {@code sites-2-volume}, message {@code err-sites-2-volume}), so that an autosave answer can refresh the message
 * next to every field.
 */
@Component("fields")
public class Fields {

    public String id(String key) {
        return key.replace("[", "-").replace("]", "").replace('.', '-');
    }

    public String errorId(String key) {
        return "err-" + id(key);
    }

    /** Every field that can carry a message on the editor built for this draft. */
    public List<String> keys(Draft draft) {
        var keys = new ArrayList<>(List.of("timeOut", "painBefore", "indication", "sites", "add", "painAfter",
                "rangeOfMotion", "tolerance", "complications", "diagnoses", "mixture"));
        for (int i = 0; i < DraftForm.MAX_MIXTURE_ROWS; i++) {
            keys.add("mixture[" + i + "].agent");
            keys.add("mixture[" + i + "].volume");
        }
        for (int i = 0; i < draft.sites().size(); i++) {
            for (String part : List.of("site", "gauge", "length", "volume")) {
                keys.add("sites[" + i + "]." + part);
            }
        }
        draft.overrides().forEach(o -> keys.add("override." + o.code()));
        for (ComplicationKind kind : ComplicationKind.values()) {
            keys.add("complication." + kind);
        }
        return keys;
    }
}
