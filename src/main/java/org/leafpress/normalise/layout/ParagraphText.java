package org.leafpress.normalise.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.leafpress.model.GlossaryTerm;
import org.leafpress.model.Paragraph;
import org.leafpress.model.Provenance;
import org.leafpress.normalise.LineJoiner;

/** A paragraph gathered line by line: its text in bold and regular runs, and the page it starts on. */
final class ParagraphText {

    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?\u2026][\"'\u2019\u201d)\\]\u00bb]*");
    /** What may stand between a run-in term and its definition: a colon or a dash, not words (French sets a no-break space before the colon). */
    /** A dash or a colon first thing after a run-in term. */
    private static final Pattern SEPARATOR_FIRST = Pattern.compile("^[\\s\u00a0\u202f]*[:\u2013\u2014]");
    private static final Pattern TERM_SEPARATOR = Pattern.compile(
            "^[\\s\u00a0\u202f:\u2013\u2014]+|[\\s\u00a0\u202f:\u2013\u2014]+$");

    private final int page;
    private final LineJoiner joiner;
    private final List<LayoutLine.Run> runs = new ArrayList<>();

    ParagraphText(int page, LineJoiner joiner) {
        this.page = page;
        this.joiner = joiner;
    }

    void add(LayoutLine line) {
        if (!runs.isEmpty()) {
            switch (joiner.jointOf(raw().stripTrailing(), line.text())) {
                case SPACE -> append(last().withText(" "));
                case DROP_HYPHEN -> replaceLast(last().withText(stripLast(last().text().stripTrailing())));
                case CLOSE_UP -> replaceLast(last().withText(last().text().stripTrailing()));
            }
        }
        boolean first = true;
        for (LayoutLine.Run run : line.runs()) {
            append(first ? run.withText(run.text().stripLeading()) : run);
            first = false;
        }
    }

    int page() {
        return page;
    }

    String text() {
        return normalised(raw());
    }

    /** Ends with a full stop, question or exclamation mark (a closing quote or bracket may follow). */
    boolean endsSentence() {
        return SENTENCE_END.matcher(text()).matches();
    }

    Paragraph toParagraph() {
        return new Paragraph(text(), "", Provenance.page(page));
    }

    /** Every word is bold: a term set on a line of its own, above its definition, or a minor heading. */
    boolean isAllBold() {
        return runs.stream().filter(r -> !r.text().isBlank()).allMatch(LayoutLine.Run::bold);
    }

    /**
     * The paragraph as a term and its definition: it opens with a bold run and goes on in regular
     * type, or with an italic run set off by a dash or a colon ("<i>term</i> — what it means").
     * An italic opening with no such mark is emphasis or a Latin name, not a term.
     */
    Optional<GlossaryTerm> asTerm() {
        if (runs.isEmpty()) return Optional.empty();
        LayoutLine.Run opening = runs.get(0);
        boolean italicTerm = !opening.bold() && opening.italic() && runs.size() > 1
                && SEPARATOR_FIRST.matcher(runs.get(1).text()).find();
        if (!opening.bold() && !italicTerm) return Optional.empty();
        StringBuilder term = new StringBuilder();
        StringBuilder definition = new StringBuilder();
        for (LayoutLine.Run run : runs) {
            boolean inTerm = definition.length() == 0 && (run.hasFaceOf(opening) || run.text().isBlank());
            (inTerm ? term : definition).append(run.text());
        }
        String t = TERM_SEPARATOR.matcher(normalised(term.toString())).replaceAll("");
        String d = TERM_SEPARATOR.matcher(normalised(definition.toString())).replaceAll("");
        if (t.isEmpty() || d.isEmpty()) return Optional.empty();
        return Optional.of(new GlossaryTerm(t, d, Provenance.page(page)));
    }

    private String raw() {
        StringBuilder text = new StringBuilder();
        for (LayoutLine.Run r : runs) text.append(r.text());
        return text.toString();
    }

    private static String normalised(String text) {
        return LineJoiner.trimmed(text);
    }

    private void append(LayoutLine.Run run) {
        if (!runs.isEmpty() && (last().hasFaceOf(run) || run.text().isBlank())) {
            replaceLast(last().withText(last().text() + run.text()));
        } else {
            runs.add(run);
        }
    }

    private LayoutLine.Run last() {
        return runs.get(runs.size() - 1);
    }

    private void replaceLast(LayoutLine.Run run) {
        runs.set(runs.size() - 1, run);
    }

    private static String stripLast(String s) {
        return s.isEmpty() ? s : s.substring(0, s.length() - 1);
    }
}
