package org.leafpress.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One unit of a section's content. The JSON {@code type} names the kind. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
    @JsonSubTypes.Type(value = BulletList.class, name = "list"),
    @JsonSubTypes.Type(value = GlossaryTerm.class, name = "term"),
    @JsonSubTypes.Type(value = Figure.class, name = "figure"),
    @JsonSubTypes.Type(value = Note.class, name = "note")
})
public sealed interface Block permits Paragraph, BulletList, GlossaryTerm, Figure, Note {

    /** Where in the source this block came from. */
    Provenance from();

    /** All the words of this block, for searching, checking glyphs and detecting language. */
    String plainText();
}
