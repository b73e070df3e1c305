package org.leafpress.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leafpress.extract.PdfLayoutReader;
import org.leafpress.extract.SourceReader;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Section;
import org.leafpress.normalise.Normaliser;
import org.leafpress.render.Publication;
import org.leafpress.source.Manifest;
import org.leafpress.source.ManifestReader;

/**
 * The bundled leaflets as the build models them: each source read and normalised, its identity
 * (title, edition, publisher) and partners from the leaflet's manifest, a translation that lacks
 * sections of the original marked partial. Language detection is left out: it does not change
 * what is printed.
 */
public final class BuiltModels {

    public static final Path SOURCES = Fixtures.SOURCES;
    private static final Normaliser NORMALISER = Normaliser.fromTemplates(Project.TEMPLATES);

    private BuiltModels() {}

    /** The NEMO leaflet in {@code language} ({@code en}: the designer's PDF; {@code fr}: the translator's text). */
    public static Publication nemo(String language) {
        return built("nemo-deficiency-syndrome", language);
    }

    /** The partner's web page, published as a leaflet of its own. */
    public static Publication idf() {
        return built("nemo-deficiency-syndrome-idf", "en");
    }

    public static Publication built(String id, String language) {
        try {
            Path folder = SOURCES.resolve(id);
            Manifest manifest = new ManifestReader().read(folder.resolve("leaflet.yaml"));
            Leaflet model = modelOf(folder, manifest, id, language);
            Publication publication = Publication.of(model).withPartners(manifest.partners());
            if (language.equals(manifest.sourceLanguage())) return publication;
            List<String> have = model.sections().stream().map(s -> s.key().value()).toList();
            Leaflet source = modelOf(folder, manifest, id, manifest.sourceLanguage());
            boolean partial = source.sections().stream().anyMatch(s -> !have.contains(s.key().value()));
            return partial ? publication.asPartialTranslationOf(manifest.sourceLanguage()) : publication;
        } catch (Exception e) {
            throw new IllegalStateException("the bundled leaflet " + id + " (" + language + ") cannot be built", e);
        }
    }

    private static Leaflet modelOf(Path folder, Manifest manifest, String id, String language) throws Exception {
        Manifest.Entry entry = manifest.documents().stream().filter(d -> d.language().equals(language)).findFirst()
                .orElseThrow();
        var document = new SourceReader(new PdfLayoutReader()).read(folder.resolve(entry.file()), Optional.empty());
        Leaflet model = NORMALISER.normalise(document, id, language);
        boolean isSource = language.equals(manifest.sourceLanguage());
        String title = !isSource || manifest.title().isEmpty() ? firstNonEmpty(model.title(), manifest.title())
                : manifest.title();
        return model.withIdentity(id, language, title, manifest.edition(),
                firstNonEmpty(manifest.publisher(), model.publisher()), model.copyright());
    }

    /** {@code publication} with its unassigned text filed under {@code key}, as the parity stage files it. */
    public static Publication filedUnder(Publication publication, String key) {
        List<Section> sections = new ArrayList<>();
        for (Section s : publication.leaflet().sections()) {
            sections.add(s.key().value().equals("unassigned")
                    ? new Section(new org.leafpress.model.SectionKey(key), s.heading(), s.blocks()) : s);
        }
        return new Publication(publication.leaflet().withSections(sections), publication.partners(),
                publication.partialTranslationOf());
    }

    private static String firstNonEmpty(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isEmpty()) return c;
        }
        return "";
    }
}
