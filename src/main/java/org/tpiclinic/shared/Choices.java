package org.tpiclinic.shared;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** The options of a select list: each item's id and label, in the order given. */
public final class Choices {

    private Choices() {
    }

    public static <T> Map<UUID, String> of(Collection<T> items, Function<T, UUID> id, Function<T, String> label) {
        var options = new LinkedHashMap<UUID, String>();
        items.forEach(item -> options.put(id.apply(item), label.apply(item)));
        return options;
    }
}
