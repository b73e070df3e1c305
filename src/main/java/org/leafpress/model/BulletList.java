package org.leafpress.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** A list of items, printed with bullets. */
public record BulletList(List<String> items, @JsonUnwrapped Provenance from) implements Block {

    public BulletList {
        items = List.copyOf(items);
        from = from == null ? Provenance.UNKNOWN : from;
    }

    @Override
    public String plainText() {
        return String.join("\n", items);
    }
}
