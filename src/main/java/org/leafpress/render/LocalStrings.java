package org.leafpress.render;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.leafpress.model.Warning;

/**
 * The UI strings of one language, already completed from English, and the warnings that
 * completing them raised. Values may hold {@code {name}} placeholders.
 */
public record LocalStrings(String language, Map<String, String> values, List<Warning> warnings) {

    public LocalStrings {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
        warnings = List.copyOf(warnings);
    }

    /** The string for {@code key}, if any language has it. */
    public Optional<String> find(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The string for {@code key}; the key itself if even English lacks it, so the gap shows on the page. */
    public String get(String key) {
        return values.getOrDefault(key, key);
    }

    /** The name of {@code language} in these strings ("anglais" for {@code en} in French); the code if unknown. */
    public String languageName(String language) {
        int dash = language.indexOf('-');
        return find("language." + language)
                .or(() -> dash < 0 ? Optional.empty() : find("language." + language.substring(0, dash)))
                .orElse(language);
    }

    /** The string for {@code key} with each {@code {name}} replaced by its argument. */
    public String format(String key, Map<String, String> arguments) {
        String text = get(key);
        for (Map.Entry<String, String> argument : arguments.entrySet()) {
            text = text.replace("{" + argument.getKey() + "}", argument.getValue());
        }
        return text;
    }
}
