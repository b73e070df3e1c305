/**
 * Stage 5, align: places each translation's paragraphs in its source's sections and reports parity.
 *
 * <p>In: the source-language {@link org.leafpress.model.Leaflet}, a translation's documents, the
 * manifest's {@link org.leafpress.source.SectionPin}s and the translator's
 * {@link org.leafpress.align.TranslationLock}, if any. Out: the translation with the source's
 * section keys ({@link org.leafpress.align.TranslationAligner}: a length-based dynamic programme,
 * {@link org.leafpress.align.PassageAligner}, steered by {@link org.leafpress.align.Anchors} —
 * numbers, addresses, acronyms, cognates) and its {@link org.leafpress.align.TranslationParity}:
 * per section translated, partial, missing, stale or extra, with
 * {@link org.leafpress.align.ParityFinding}s. The settings are data in {@code templates/align/}.
 * The {@link org.leafpress.align.ParityReport}'s JSON is a contract ({@code docs/contracts.md}).
 */
package org.leafpress.align;
