/**
 * Stage 7, publish: runs the stages for every leaflet and writes {@code output/}.
 *
 * <p>{@link org.leafpress.publish.Pipeline} is the one entry point every command calls (build,
 * merge, watch, parity, extract, detect). A build ({@link org.leafpress.publish.SiteBuild}) discovers the
 * leaflets, then for each ({@link org.leafpress.publish.LeafletBuild}) extracts, normalises and
 * detects every document ({@link org.leafpress.publish.Stages}, each stage made once per run),
 * aligns each translation, renders its pages and PDFs, and swaps them into the output folder at
 * once ({@link org.leafpress.publish.OutputFolder}); a leaflet that fails leaves its previous
 * output as it was. Then the index, the parity report and the build report
 * ({@link org.leafpress.publish.BuildReport}). A leaflet whose inputs are unchanged comes from the
 * {@link org.leafpress.publish.BuildCache}; {@link org.leafpress.publish.SiteMerge} puts shard
 * outputs back together; {@link org.leafpress.publish.FolderGuard} and the output lock keep a build
 * from writing over what it must not. Same sources, same bytes: no clock, no random.
 */
package org.leafpress.publish;
