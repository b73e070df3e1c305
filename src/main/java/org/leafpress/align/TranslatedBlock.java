package org.leafpress.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leafpress.model.Block;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Section;

/**
 * One block of a translated document, with where it stood: which document, its place in reading
 * order, the section the document put it in, and its passage number (0 for a figure).
 */
record TranslatedBlock(int document, String file, int order, Section origin, Block block, Optional<Passage> passage,
        int number) {

    /** Every block of the documents, in reading order, documents one after another. */
    static List<TranslatedBlock> of(List<Leaflet> documents, AnchorVocabulary vocabulary) {
        List<TranslatedBlock> blocks = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            Leaflet document = documents.get(d);
            String file = document.source() == null ? "" : document.source().file();
            int order = 0;
            int number = 0;
            for (Section section : document.sections()) {
                for (Block block : section.blocks()) {
                    Optional<Passage> passage = Passage.isPassage(block)
                            ? Optional.of(Passage.of(block, file, document.language(), vocabulary))
                            : Optional.empty();
                    blocks.add(new TranslatedBlock(d, file, order++, section, block, passage,
                            passage.isPresent() ? ++number : 0));
                }
            }
        }
        return blocks;
    }

    boolean isPassage() {
        return passage.isPresent();
    }
}
