package org.leafpress.detect;

import java.util.ArrayList;
import java.util.List;
import org.leafpress.model.Block;
import org.leafpress.model.DetectedLanguage;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Paragraph;
import org.leafpress.model.Section;
import org.leafpress.model.Warning;
import org.leafpress.model.WarningCode;

/**
 * Puts detected languages into a model: each paragraph's, the document's, and a warning when the
 * document is not in the language its folder or manifest declares.
 */
public final class LeafletLanguages {

    private final LanguageDetector detector;

    public LeafletLanguages(LanguageDetector detector) {
        this.detector = detector;
    }

    public LanguageDetector detector() {
        return detector;
    }

    /** {@code model} with its languages detected; {@code where} names the source in warnings. */
    public Leaflet annotate(Leaflet model, String where) {
        List<Section> sections = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Section section : model.sections()) {
            List<Block> blocks = new ArrayList<>();
            for (Block block : section.blocks()) {
                texts.add(block.plainText());
                if (block instanceof Paragraph p) {
                    DetectedLanguage detected = detector.languageOf(p.text());
                    blocks.add(p.withLanguage(detected.language()));
                } else {
                    blocks.add(block);
                }
            }
            sections.add(section.withBlocks(blocks));
        }
        DetectedLanguage document = detector.documentLanguageOf(texts);
        List<Warning> warnings = new ArrayList<>();
        if (document.isKnown() && !document.language().equals(model.language())) {
            warnings.add(new Warning(WarningCode.LANGUAGE_MISMATCH, "declared '" + model.language() + "' but the text reads as '"
                    + document.language() + "' (confidence " + String.format(java.util.Locale.ROOT, "%.2f",
                    document.confidence()) + "); fix the folder or the manifest's language", where));
        }
        return model.withSections(sections).withDetectedLanguage(document).withWarnings(warnings);
    }
}
