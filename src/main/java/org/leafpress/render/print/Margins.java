package org.leafpress.render.print;

/** The four margins of a page, as CSS gives them: top, right, bottom, left. */
record Margins(Length top, Length right, Length bottom, Length left) {

    /** One to four lengths, as in CSS's {@code margin} shorthand. */
    static Margins parse(String text) {
        String[] parts = text.strip().split("\\s+");
        Length[] l = new Length[parts.length];
        for (int i = 0; i < parts.length; i++) l[i] = Length.parse(parts[i]);
        return switch (l.length) {
            case 1 -> new Margins(l[0], l[0], l[0], l[0]);
            case 2 -> new Margins(l[0], l[1], l[0], l[1]);
            case 3 -> new Margins(l[0], l[1], l[2], l[1]);
            case 4 -> new Margins(l[0], l[1], l[2], l[3]);
            default -> throw new IllegalArgumentException("'" + text + "' is not one to four margins");
        };
    }

    /** Each margin {@code extra} wider: the page grows by the bleed, the text stays where it was. */
    Margins plus(Length extra) {
        return new Margins(top.plus(extra), right.plus(extra), bottom.plus(extra), left.plus(extra));
    }

    String css() {
        return top.cssPoints() + " " + right.cssPoints() + " " + bottom.cssPoints() + " " + left.cssPoints();
    }
}
