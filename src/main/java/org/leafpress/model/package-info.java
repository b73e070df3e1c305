/**
 * The common model every stage speaks: one document of a leaflet in one language.
 *
 * <p>{@link org.leafpress.model.Leaflet} &gt; {@link org.leafpress.model.Section} (with a canonical
 * {@link org.leafpress.model.SectionKey} shared by all languages) &gt;
 * {@link org.leafpress.model.Block} (a sealed family: {@link org.leafpress.model.Paragraph},
 * {@link org.leafpress.model.BulletList}, {@link org.leafpress.model.GlossaryTerm},
 * {@link org.leafpress.model.Figure}, {@link org.leafpress.model.Note}), with
 * {@link org.leafpress.model.Provenance}, {@link org.leafpress.model.Warning}s (coded by
 * {@link org.leafpress.model.WarningCode}) and how a leaflet is printed
 * ({@link org.leafpress.model.PrintOptions}). Immutable records; lists are copied in. Their JSON
 * form is the contract in {@code docs/contracts.md}. Readers ({@code extract}, {@code normalise})
 * produce it; writers ({@code align}, {@code render}) consume it; none of them knows another.
 */
package org.leafpress.model;
