package org.leafpress.extract;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.leafpress.extract.TextLine.Role;

/**
 * The blocks a tagged PDF's structure tree marks (headings, paragraphs, list items, captions,
 * notes), found from the marked content their text is drawn in. Only what the tree says: whether
 * to believe it is the normaliser's call, next to the layout.
 */
final class StructureTags {

    /** One block of the tree: its number in the tree's order (from 1) and what its tag says it is. */
    record TaggedBlock(int id, Role role) {}

    static final StructureTags NONE = new StructureTags(Map.of());

    /** Blocks whose role the model knows; the other block types below are blocks the model has no role for. */
    private static final Map<String, Role> ROLES = Map.ofEntries(
            Map.entry("H", Role.HEADING_2), Map.entry("H1", Role.HEADING_1), Map.entry("H2", Role.HEADING_2),
            Map.entry("H3", Role.HEADING_3), Map.entry("H4", Role.HEADING_3), Map.entry("H5", Role.HEADING_3),
            Map.entry("H6", Role.HEADING_3), Map.entry("P", Role.PARAGRAPH), Map.entry("LI", Role.LIST_ITEM),
            Map.entry("Caption", Role.CAPTION), Map.entry("Note", Role.NOTE));
    private static final Set<String> OTHER_BLOCKS = Set.of("TOCI", "BibEntry", "BlockQuote", "Code", "Formula",
            "TD", "TH", "Title");
    /** Blocks that hold paragraphs of their own. */
    private static final Set<Role> CONTAINER_ROLES = Set.of(Role.LIST_ITEM, Role.CAPTION, Role.NOTE);
    /** Inline types: their text belongs to the block around them (a Link in a paragraph, a list item's label). */
    private static final Set<String> INLINE = Set.of("Span", "Link", "Annot", "Lbl", "LBody", "Quote", "Reference",
            "Em", "Strong", "Sub", "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP");
    /** Every standard type of PDF 1.7 and 2.0: a tree may not role-map these, so their own name is what they are. */
    private static final Set<String> STANDARD = Set.of("Document", "DocumentFragment", "Part", "Art", "Sect", "Div",
            "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private", "Aside", "Title", "FENote", "H",
            "H1", "H2", "H3", "H4", "H5", "H6", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead",
            "TBody", "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB",
            "RT", "RP", "Warichu", "WT", "WP", "Figure", "Formula", "Form", "Em", "Strong", "Sub", "Artifact");

    /** Page index (0-based) to marked-content id to block. */
    private final Map<Integer, Map<Integer, TaggedBlock>> blocks;

    private StructureTags(Map<Integer, Map<Integer, TaggedBlock>> blocks) {
        this.blocks = blocks;
    }

    /** The blocks of {@code pdf}'s structure tree; none when it has no tree. */
    static StructureTags of(PDDocument pdf) {
        PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) return NONE;
        Map<COSDictionary, Integer> pages = new IdentityHashMap<>();
        int i = 0;
        for (PDPage page : pdf.getPages()) pages.put(page.getCOSObject(), i++);
        Walk walk = new Walk(pages);
        walk.kids(root.getKids(), null, -1);
        return new StructureTags(walk.blocks);
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** The block most of these glyphs (of page {@code pageIndex}) are drawn for, if the tree marks one. */
    Optional<TaggedBlock> blockOf(int pageIndex, List<Glyph> glyphs) {
        Map<Integer, TaggedBlock> page = blocks.getOrDefault(pageIndex, Map.of());
        Map<TaggedBlock, Integer> votes = new HashMap<>();
        for (Glyph g : glyphs) {
            TaggedBlock b = page.get(g.mcid());
            if (b != null && !g.isSpace()) votes.merge(b, 1, Integer::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.<TaggedBlock, Integer>comparingByValue()
                .thenComparing(e -> -e.getKey().id())).map(Map.Entry::getKey);
    }

    /** A depth-first walk of the tree, in its order, numbering blocks as it meets them. */
    private static final class Walk {
        private final Map<COSDictionary, Integer> pages;
        private final Map<Integer, Map<Integer, TaggedBlock>> blocks = new HashMap<>();
        private int next = 1;

        Walk(Map<COSDictionary, Integer> pages) {
            this.pages = pages;
        }

        void kids(List<Object> kids, TaggedBlock block, int page) {
            for (Object kid : kids) {
                if (kid instanceof PDStructureElement element) element(element, block, page);
                else if (kid instanceof Integer mcid) mark(page, mcid, block);
                else if (kid instanceof PDMarkedContentReference ref) mark(pageOf(ref.getPage(), page), ref.getMCID(), block);
                // Object references (annotations, images) carry no text.
            }
        }

        private void element(PDStructureElement element, TaggedBlock around, int page) {
            String type = typeOf(element);
            int here = pageOf(element.getPage(), page);
            TaggedBlock block = around;
            // A paragraph inside a list item, caption or note is part of it (LibreOffice writes LI > LBody > P);
            // a list item always starts a new block, so a nested list's items stay apart.
            boolean inContainerBlock = around != null && CONTAINER_ROLES.contains(around.role());
            if (type.equals("LI") || !INLINE.contains(type) && !inContainerBlock && isBlock(type)) {
                block = new TaggedBlock(next++, ROLES.getOrDefault(type, Role.UNKNOWN));
            } else if (!INLINE.contains(type) && !inContainerBlock) {
                // A grouping element (Document, Sect, L, Table): its children make their own blocks.
                block = null;
            }
            kids(element.getKids(), block, here);
        }

        private void mark(int page, int mcid, TaggedBlock block) {
            if (page < 0 || mcid < 0) return;
            // Text straight inside a grouping element is a block of its own, with no role.
            TaggedBlock b = block != null ? block : new TaggedBlock(next++, Role.UNKNOWN);
            blocks.computeIfAbsent(page, k -> new HashMap<>()).putIfAbsent(mcid, b);
        }

        private int pageOf(PDPage page, int inherited) {
            return page == null ? inherited : pages.getOrDefault(page.getCOSObject(), inherited);
        }

        private static boolean isBlock(String type) {
            return ROLES.containsKey(type) || OTHER_BLOCKS.contains(type);
        }

        /**
         * The element's standard type. A standard name is taken as it is, even when the role map
         * maps it: LibreOffice maps its paragraph style "Figure" to P, which would make every
         * picture a paragraph; only names of the writer's own are looked up in the role map.
         */
        private static String typeOf(PDStructureElement element) {
            String own = element.getStructureType();
            if (own != null && STANDARD.contains(own)) return own;
            String mapped = element.getStandardStructureType();
            return mapped == null ? "" : mapped;
        }
    }
}
