package org.leafpress.align;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * A list a translator wrote item by item, a paragraph each ("– vous avez plus de 70 ans ;"), with
 * the lead-in before it ("Le risque de zona est plus élevé si :"): one passage for alignment, as
 * the source's list is one paragraph.
 */
final class ListItems {

    private static final Pattern ITEM = Pattern.compile("^([-–—•*▪]|\\d{1,2}[.)])\\s+\\S.*", Pattern.DOTALL);

    private ListItems() {}

    static boolean isItem(Passage p) {
        return ITEM.matcher(p.text()).matches();
    }

    /** The run's passages grouped: a lead-in ending in a colon with the items after it, an item run, or one passage. */
    static List<List<Integer>> units(List<Integer> run, IntFunction<Passage> passageOf) {
        List<List<Integer>> units = new ArrayList<>();
        for (int k = 0; k < run.size(); k++) {
            Passage p = passageOf.apply(run.get(k));
            boolean leadIn = p.text().endsWith(":") && k + 1 < run.size() && isItem(passageOf.apply(run.get(k + 1)));
            if (!leadIn && !isItem(p)) {
                units.add(List.of(run.get(k)));
                continue;
            }
            List<Integer> unit = new ArrayList<>(List.of(run.get(k)));
            while (k + 1 < run.size() && isItem(passageOf.apply(run.get(k + 1)))) unit.add(run.get(++k));
            units.add(List.copyOf(unit));
        }
        return units;
    }

    /** The passages of a unit read as one. */
    static Passage joined(List<Passage> passages) {
        if (passages.size() == 1) return passages.get(0);
        StringBuilder text = new StringBuilder();
        Anchors anchors = Anchors.NONE;
        for (Passage p : passages) {
            if (text.length() > 0) text.append(' ');
            text.append(p.text());
            anchors = anchors.plus(p.anchors());
        }
        Passage first = passages.get(0);
        return new Passage(first.block(), text.toString(), first.where(), anchors);
    }
}
