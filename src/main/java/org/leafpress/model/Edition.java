package org.leafpress.model;

/** Which edition a leaflet is: a label ("First edition") and a date, {@code yyyy-MM} or {@code yyyy-MM-dd}. */
public record Edition(String label, String date) {

    public static final Edition UNKNOWN = new Edition("", "");

    public Edition {
        label = label == null ? "" : label;
        date = date == null ? "" : date;
    }
}
