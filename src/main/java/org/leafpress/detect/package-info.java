/**
 * Stage 4, detect: the language of a document and of each of its paragraphs (Lingua).
 *
 * <p>In: a normalised {@link org.leafpress.model.Leaflet} and its declared language. Out: the same
 * leaflet with {@code detectedLanguage} set and each paragraph's {@code language} where it can be
 * told, and a {@code language-mismatch} warning when the text is not in the declared language
 * ({@link org.leafpress.detect.LeafletLanguages}). Paragraphs are detected sentence by sentence
 * ({@link org.leafpress.detect.Sentences}), because a mixed paragraph detected whole takes the
 * language of its longest part. Only the languages a build needs are loaded
 * ({@link org.leafpress.detect.LanguageDetector}). Next: {@code align}.
 */
package org.leafpress.detect;
