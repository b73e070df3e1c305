package org.leafpress.normalise.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.leafpress.model.Warning;
import org.leafpress.model.WarningCode;
import org.leafpress.normalise.HeadingVocabulary;

/**
 * A contents list: consecutive lines that pair a title with a page number, across a tab stop or a
 * dot leader. It is navigation, never content; it tells which headings to expect.
 */
final class ContentsList {

    /** One entry: a title and the page it points to. */
    record Entry(String title, int page, LayoutLine line) {}

    private static final Pattern ENTRY = Pattern.compile("(.+?)(?:\\s*\\t\\s*|\\s*[.\u00b7\u2026]{3,}\\s*)(\\d{1,4})");

    /** Fewer lines like these are more likely a table than a contents list. */
    private static final int MIN_ENTRIES = 3;

    private final List<Entry> entries;

    private ContentsList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The first contents list among the lines, or an empty one. */
    static ContentsList of(List<LayoutLine> lines) {
        List<Entry> run = new ArrayList<>();
        for (LayoutLine line : lines) {
            Optional<Entry> entry = entryOf(line);
            if (entry.isPresent() && continues(run, entry.get())) {
                run.add(entry.get());
                continue;
            }
            if (run.size() >= MIN_ENTRIES) break;
            run.clear();
            entry.ifPresent(run::add);
        }
        return new ContentsList(run.size() >= MIN_ENTRIES ? run : List.of());
    }

    private static Optional<Entry> entryOf(LayoutLine line) {
        Matcher m = ENTRY.matcher(line.text());
        return m.matches() ? Optional.of(new Entry(m.group(1).strip(), Integer.parseInt(m.group(2)), line))
                : Optional.empty();
    }

    /** A list stays on one page and its page numbers never go back. */
    private static boolean continues(List<Entry> run, Entry next) {
        if (run.isEmpty()) return true;
        Entry last = run.get(run.size() - 1);
        return last.line().page() == next.line().page() && next.page() >= last.page();
    }

    List<Entry> entries() {
        return entries;
    }

    boolean contains(LayoutLine line) {
        return entries.stream().anyMatch(e -> e.line().equals(line));
    }

    /**
     * Where the contents and the headings disagree: an entry no heading after the list matches, or
     * a heading after the list that it does not name. Headings before the list are not its business.
     */
    List<Warning> mismatches(List<PrintedHeading> headings) {
        if (entries.isEmpty()) return List.of();
        LayoutLine end = entries.get(entries.size() - 1).line();
        List<PrintedHeading> after = headings.stream().filter(h -> end.isBefore(h.line())).toList();
        Set<String> listed = entries.stream().map(e -> HeadingVocabulary.fold(e.title())).collect(Collectors.toSet());
        Set<String> printed = after.stream().map(h -> HeadingVocabulary.fold(h.text())).collect(Collectors.toSet());
        List<Warning> warnings = new ArrayList<>();
        for (Entry e : entries) {
            if (!printed.contains(HeadingVocabulary.fold(e.title()))) {
                warnings.add(new Warning(WarningCode.CONTENTS_MISMATCH, "the contents list names \"" + e.title() + "\" (page "
                        + e.page() + ") but no heading after it says so; check the heading's wording or size",
                        e.line().where()));
            }
        }
        for (PrintedHeading h : after) {
            if (!listed.contains(HeadingVocabulary.fold(h.text()))) {
                warnings.add(new Warning(WarningCode.CONTENTS_MISMATCH, "the heading \"" + h.text() + "\" is not in the "
                        + "contents list; check the contents, or whether the line is really a heading",
                        h.line().where()));
            }
        }
        return warnings;
    }
}
