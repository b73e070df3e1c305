package org.leafpress.render.print;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length from the print data files ({@code 148mm}, {@code 0.25pt}, {@code 0}), kept in
 * millimetres: CSS wants it as text, PDF in points.
 */
record Length(double mm) {

    private static final Pattern LENGTH = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s*(mm|cm|pt|in)?");
    private static final double POINTS_PER_MM = 72 / 25.4;
    /** Flying Saucer's dots per point in {@code ITextRenderer}: its layout works in whole dots. */
    private static final double LAYOUT_UNITS_PER_POINT = 20.0 * 4 / 3;

    static final Length ZERO = new Length(0);

    /** {@code text} in mm, cm, pt or in; a bare number must be 0. */
    static Length parse(String text) {
        Matcher m = LENGTH.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) throw new IllegalArgumentException("'" + text + "' is not a length such as 148mm or 0.25pt");
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2);
        return switch (unit) {
            case "mm" -> new Length(value);
            case "cm" -> new Length(value * 10);
            case "pt" -> new Length(value / POINTS_PER_MM);
            case "in" -> new Length(value * 25.4);
            default -> {
                if (value != 0) throw new IllegalArgumentException("'" + text + "' needs a unit (mm, cm, pt or in)");
                yield ZERO;
            }
        };
    }

    double points() {
        return mm * POINTS_PER_MM;
    }

    Length plus(Length other) {
        return new Length(mm + other.mm);
    }

    Length times(double factor) {
        return new Length(mm * factor);
    }

    /** As CSS, in mm with at most three decimals, the same text on every machine. */
    String css() {
        return String.format(Locale.ROOT, "%.3f", mm).replaceAll("\\.?0+$", "") + "mm";
    }

    /** As CSS in points, to 1/10000 pt: what the layout gets, so that equal sums lay out equally. */
    String cssPoints() {
        return String.format(Locale.ROOT, "%.4f", points()) + "pt";
    }

    /**
     * This length rounded to Flying Saucer's layout unit (1/26.667 pt): a page and its margins all
     * grown by such a length keep a text area of exactly the same size, so the pages break alike.
     */
    Length inLayoutUnits() {
        double units = Math.round(points() * LAYOUT_UNITS_PER_POINT);
        return new Length(units / LAYOUT_UNITS_PER_POINT / POINTS_PER_MM);
    }
}
