package org.leafpress.render.print;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.leafpress.render.RenderException;

/**
 * What to print for a no-break space (U+00A0) when a bundled font has no glyph for it. Carlito
 * maps U+00A0 to nothing, so OpenPDF would print French "partielle : " as "partielle:"; its
 * U+202F, though, is a blank as wide as a space, and it never breaks either.
 */
final class NoBreakSpaces {

    private final boolean substitute;

    private NoBreakSpaces(boolean substitute) {
        this.substitute = substitute;
    }

    /** The substitution the fonts in {@code fonts} need. */
    static NoBreakSpaces forFonts(List<Path> fonts) {
        boolean substitute = false;
        for (Path font : fonts) {
            BaseFont base = load(font);
            if (!base.charExists('\u00A0') && base.charExists('\u202F')) substitute = true;
        }
        return new NoBreakSpaces(substitute);
    }

    /** The character printed for {@code codePoint}: itself, or U+202F for U+00A0 when the fonts need it. */
    int printed(int codePoint) {
        return substitute && codePoint == '\u00A0' ? '\u202F' : codePoint;
    }

    /** {@code xhtml} with every U+00A0 replaced by U+202F when the fonts need it. */
    String applyTo(String xhtml) {
        return substitute ? xhtml.replace('\u00A0', '\u202F') : xhtml;
    }

    static BaseFont load(Path font) {
        try {
            // OpenPDF caches the parsed font, so Flying Saucer's own addFont reuses this work.
            return BaseFont.createFont(font.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException | DocumentException e) {
            throw new RenderException(font.toString(), "the font cannot be read: " + e.getMessage(), e);
        }
    }
}
