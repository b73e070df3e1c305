package org.leafpress.render;

/** One leaflet in one language, as the site index lists it, with its PDF. */
public record IndexEntry(Publication publication, PdfFacts pdf) {}
