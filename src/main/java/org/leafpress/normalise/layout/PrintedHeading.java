package org.leafpress.normalise.layout;

/** A heading as the document prints it (lines broken over two joined), and its first line. */
record PrintedHeading(String text, LayoutLine line) {}
