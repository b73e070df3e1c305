package org.leafpress.render.print;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leafpress.model.Block;
import org.leafpress.model.BulletList;
import org.leafpress.model.Edition;
import org.leafpress.model.Figure;
import org.leafpress.model.GlossaryTerm;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Note;
import org.leafpress.model.Paragraph;
import org.leafpress.model.Section;
import org.leafpress.render.Publication;
import org.leafpress.render.RenderException;

/**
 * The spaces punctuation takes in each language, as data ({@code templates/i18n/typography.yaml}):
 * French prints a no-break space before {@code : ; ! ?} and inside « ». Applied to a leaflet's
 * text at render time; only spaces change, the words never do, and the model is left as it is.
 */
public final class Typography {

    static final String FILE = "i18n/typography.yaml";

    private static final Map<String, Character> SPACES = Map.of(
            "no-break-space", '\u00A0',
            "narrow-no-break-space", '\u202F');

    /** The rules of one language: the space before and after each mark. */
    private record Rules(Map<Character, Character> before, Map<Character, Character> after) {}

    private final Map<String, Rules> languages;

    private Typography(Map<String, Rules> languages) {
        this.languages = Map.copyOf(languages);
    }

    /** No rules: every language printed as written. */
    public static Typography none() {
        return new Typography(Map.of());
    }

    /** The rules in {@code templates/i18n/typography.yaml} under {@code templatesRoot}; none if it is absent. */
    public static Typography in(Path templatesRoot) {
        Path file = templatesRoot.resolve(FILE);
        if (!Files.isRegularFile(file)) return none();
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            Map<String, Rules> languages = new HashMap<>();
            if (root != null) {
                for (var language : (Iterable<Map.Entry<String, JsonNode>>) root::fields) {
                    languages.put(language.getKey().toLowerCase(Locale.ROOT), new Rules(
                            marks(language.getValue().path("before"), language.getKey() + ".before"),
                            marks(language.getValue().path("after"), language.getKey() + ".after")));
                }
            }
            return new Typography(languages);
        } catch (IOException | IllegalArgumentException e) {
            throw new RenderException(file.toString(), "the typography rules cannot be read: " + e.getMessage(), e);
        }
    }

    private static Map<Character, Character> marks(JsonNode node, String where) {
        Map<Character, Character> marks = new HashMap<>();
        for (var mark : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
            if (mark.getKey().length() != 1) {
                throw new IllegalArgumentException(where + ": '" + mark.getKey() + "' is not one character");
            }
            Character space = SPACES.get(mark.getValue().asText());
            if (space == null) {
                throw new IllegalArgumentException(where + ": '" + mark.getValue().asText()
                        + "' is not a space this file knows; use one of " + SPACES.keySet().stream().sorted().toList());
            }
            marks.put(mark.getKey().charAt(0), space);
        }
        return marks;
    }

    /** {@code text} with the spaces {@code language}'s punctuation takes. */
    public String apply(String text, String language) {
        Rules rules = rulesOf(language);
        if (rules == null || text.isEmpty()) return text;
        StringBuilder out = new StringBuilder(text.length() + 8);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            Character before = rules.before().get(c);
            if (before != null && endsPhrase(text, i, rules)) {
                spaceBefore(out, before, rules);
            }
            out.append(c);
            Character after = rules.after().get(c);
            if (after != null) {
                int next = i + 1;
                while (next < n && isSpace(text.charAt(next))) next++;
                if (next < n && !Character.isWhitespace(text.charAt(next))) {
                    out.append(after);
                    i = next - 1;
                }
            }
        }
        return out.toString();
    }

    /** Replaces the spaces {@code out} ends with by {@code space}, or adds it after a word. */
    private static void spaceBefore(StringBuilder out, char space, Rules rules) {
        int end = out.length();
        int start = end;
        while (start > 0 && isSpace(out.charAt(start - 1))) start--;
        if (start == 0) return;                       // the mark opens the text: nothing to space
        if (start < end) {
            out.replace(start, end, String.valueOf(space));
            return;
        }
        char previous = out.charAt(end - 1);
        // "?!" takes one space, before the first mark; "» :" takes one before each.
        if (rules.before().containsKey(previous) && !isClosing(previous)) return;
        if (Character.isLetterOrDigit(previous) || isClosing(previous) || ".…%".indexOf(previous) >= 0) {
            out.append(space);
        }
    }

    private static boolean isClosing(char c) {
        return "»”’\")]".indexOf(c) >= 0;
    }

    /** Whether the mark at {@code at} ends a phrase: the end, a space or closing punctuation follows. */
    private static boolean endsPhrase(String text, int at, Rules rules) {
        if (at + 1 >= text.length()) return true;
        char next = text.charAt(at + 1);
        return Character.isWhitespace(next) || isSpace(next) || rules.before().containsKey(next)
                || ".,)]”’\"'…".indexOf(next) >= 0;
    }

    /** A space a rule may replace: a word space, a tab or a no-break space; never a line break. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007';
    }

    private Rules rulesOf(String language) {
        if (language == null || language.isEmpty()) return null;
        String lower = language.toLowerCase(Locale.ROOT);
        Rules rules = languages.get(lower);
        if (rules != null) return rules;
        int dash = lower.indexOf('-');
        return dash < 0 ? null : languages.get(lower.substring(0, dash));
    }

    /** Whether {@code language} has rules at all. */
    boolean hasRulesFor(String language) {
        return rulesOf(language) != null;
    }

    /**
     * {@code publication} with its text spaced for print: title, publisher, edition, copyright,
     * attribution, partners, headings and every block, each paragraph in its own language.
     */
    public Publication applyTo(Publication publication) {
        Leaflet l = publication.leaflet();
        String lang = l.language();
        if (languages.isEmpty()) return publication;
        List<Section> sections = new ArrayList<>();
        for (Section s : l.sections()) {
            List<Block> blocks = new ArrayList<>();
            for (Block b : s.blocks()) blocks.add(blockOf(b, lang));
            sections.add(new Section(s.key(), apply(s.heading(), lang), blocks));
        }
        Leaflet spaced = new Leaflet(l.id(), lang, l.detectedLanguage(), apply(l.title(), lang),
                new Edition(apply(l.edition().label(), lang), l.edition().date()), apply(l.publisher(), lang),
                apply(l.copyright(), lang), apply(l.attribution(), lang), l.source(), sections, l.warnings());
        return new Publication(spaced, publication.partners().stream().map(x -> apply(x, lang)).toList(),
                publication.partialTranslationOf());
    }

    // Java 17 has no pattern switch; the sealed Block keeps this chain complete by review.
    private Block blockOf(Block block, String pageLanguage) {
        if (block instanceof Paragraph p) {
            String lang = p.language().isEmpty() ? pageLanguage : p.language();
            return new Paragraph(apply(p.text(), lang), p.language(), p.from());
        }
        if (block instanceof BulletList list) {
            return new BulletList(list.items().stream().map(x -> apply(x, pageLanguage)).toList(), list.from());
        }
        if (block instanceof GlossaryTerm t) {
            return new GlossaryTerm(apply(t.term(), pageLanguage), apply(t.definition(), pageLanguage), t.from());
        }
        if (block instanceof Figure f) {
            return new Figure(apply(f.caption(), pageLanguage), apply(f.credit(), pageLanguage), f.from());
        }
        if (block instanceof Note n) return new Note(apply(n.text(), pageLanguage), n.from());
        throw new IllegalArgumentException("no typography for block " + block.getClass().getSimpleName());
    }
}
