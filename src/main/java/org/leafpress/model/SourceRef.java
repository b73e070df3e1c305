package org.leafpress.model;

/** The file a model was read from: its path as the user gave it, its media type and SHA-256. */
public record SourceRef(String file, String mediaType, String sha256) {}
