package org.leafpress.render;

/** What a web page says about a leaflet's PDF: its file name (beside the page), size and length. */
public record PdfFacts(String fileName, long sizeBytes, int pageCount) {}
