package org.leafpress.render.html;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leafpress.model.Warning;
import org.leafpress.model.WarningCode;
import org.leafpress.render.LocalStrings;
import org.leafpress.render.UiStrings;

/**
 * The UI strings as a template sees them ({@code ui["contents"]}): a key that no language has, not
 * even English, comes back as the key itself, so the page still renders and shows the gap, and is
 * remembered as a warning naming the key. One instance serves one page.
 */
final class TemplateStrings extends AbstractMap<String, String> {

    private final LocalStrings strings;
    private final String where;
    /** Each missing key and what the page shows instead, in the order they were asked for. */
    private final Map<String, String> missing = new LinkedHashMap<>();

    /** {@code strings} as a template reads them; {@code where} is the folder the warnings name. */
    TemplateStrings(LocalStrings strings, String where) {
        this.strings = strings;
        this.where = where;
    }

    @Override
    public String get(Object key) {
        String name = String.valueOf(key);
        return getOr(name, name);
    }

    /** The string for {@code key}, or {@code shown} (with a warning) when no language has it. */
    String getOr(String key, String shown) {
        return strings.find(key).orElseGet(() -> {
            missing.putIfAbsent(key, shown);
            return shown;
        });
    }

    /** The strings underneath, for code that takes them (file sizes, dates). */
    LocalStrings strings() {
        return strings;
    }

    /** The string for {@code key} with each {@code {name}} replaced by its argument; a missing key warns as above. */
    String format(String key, Map<String, String> arguments) {
        String text = get(key);
        for (Map.Entry<String, String> argument : arguments.entrySet()) {
            text = text.replace("{" + argument.getKey() + "}", argument.getValue());
        }
        return text;
    }

    @Override
    public boolean containsKey(Object key) {
        return true;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return strings.values().entrySet();
    }

    /** The warnings of the strings themselves, then one for each key a template asked for that no language has. */
    List<Warning> warnings() {
        List<Warning> all = new ArrayList<>(strings.warnings());
        missing.forEach((key, shown) -> all.add(new Warning(WarningCode.UI_STRING_MISSING, "UI string '" + key
                + "' is in no language, not even English; the page shows '" + shown
                + "' until someone adds it to " + UiStrings.FALLBACK + ".properties", where)));
        return all;
    }
}
