package org.leafpress.render.print;

import java.text.BreakIterator;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.DefaultLineBreakingStrategy;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

/**
 * Flying Saucer's line breaks, less the ones a reader trips over. Java's line breaker allows a
 * break after a closing quote, so French elisions split ({@code qu’ | une}); after a full stop
 * inside a word, so web addresses split ({@code www. | example.org}); and around no-break spaces.
 */
final class LineBreaks implements LineBreakingStrategy {

    private final LineBreakingStrategy standard = new DefaultLineBreakingStrategy();

    @Override
    public BreakPointsProvider getBreakPointsProvider(String text, String language, CalculatedStyle style) {
        BreakPointsProvider points = standard.getBreakPointsProvider(text, language, style);
        return () -> {
            BreakPoint point = points.next();
            while (point.getPosition() != BreakIterator.DONE && !isAllowed(text, point.getPosition())) {
                point = points.next();
            }
            return point;
        };
    }

    /** Whether a line may break before {@code text.charAt(at)}. */
    static boolean isAllowed(String text, int at) {
        if (at <= 0 || at >= text.length()) return true;
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        if (isNoBreakSpace(before) || isNoBreakSpace(after)) return false;
        if ((before == '’' || before == '\'') && Character.isLetter(after)) return false;
        return !(before == '.' && Character.isLetterOrDigit(after));
    }

    private static boolean isNoBreakSpace(char c) {
        return c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\u2060';
    }
}
