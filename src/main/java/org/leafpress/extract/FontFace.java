package org.leafpress.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/** Whether a font is a bold or an italic face, read from its name and its descriptor. */
record FontFace(boolean bold, boolean italic) {

    static final FontFace REGULAR = new FontFace(false, false);

    // Embedded fonts rarely set the descriptor's flags, but their names say the face ("ABCDEF+Carlito-Bold").
    private static final Pattern BOLD_NAME = Pattern.compile(".*(bold|black|heavy|semibold|demi).*");
    private static final Pattern ITALIC_NAME = Pattern.compile(".*(italic|oblique|kursiv).*");

    static FontFace of(PDFont font) {
        if (font == null) return REGULAR;
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        PDFontDescriptor descriptor = font.getFontDescriptor();
        boolean bold = BOLD_NAME.matcher(name).matches();
        boolean italic = ITALIC_NAME.matcher(name).matches();
        if (descriptor != null) {
            bold |= descriptor.isForceBold() || descriptor.getFontWeight() >= 600;
            italic |= descriptor.isItalic() || descriptor.getItalicAngle() != 0;
        }
        return new FontFace(bold, italic);
    }
}
