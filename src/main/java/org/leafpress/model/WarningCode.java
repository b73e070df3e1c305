package org.leafpress.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a warning is about; its JSON form is a short kebab-case code that CI scripts may match on
 * (the contract in {@code docs/contracts.md}). Every stage's warnings are here, so that a reader
 * of {@code build.json} finds each code's meaning in one place.
 */
public enum WarningCode {
    // source: what the folder and manifest left to inference
    /** The leaflet folder has no {@code leaflet.yaml}; everything is inferred. */
    NO_MANIFEST("no-manifest"),
    /** The manifest names no {@code sourceLanguage}; one was chosen. */
    SOURCE_LANGUAGE_INFERRED("source-language-inferred"),
    /** A file in a language folder that the manifest's {@code documents:} does not list. */
    UNLISTED_DOCUMENT("unlisted-document"),
    /** A file of a type leafpress does not read; skipped. */
    UNREADABLE_TYPE("unreadable-type"),
    /** A leaflet folder or manifest that could not be read at all. */
    UNREADABLE_LEAFLET("unreadable-leaflet"),
    // extract
    /** The file's name says one format, its bytes another; read as what it is. */
    MISLABELLED("mislabelled"),
    /** A text that is not UTF-8 and declares no charset; the charset read is named. */
    CHARSET_ASSUMED("charset-assumed"),
    /** A PDF page with no text on it. */
    PAGE_WITHOUT_TEXT("page-without-text"),
    // detect
    /** The declared language is not the one the text reads as. */
    LANGUAGE_MISMATCH("language-mismatch"),
    // normalise
    /** A heading the vocabulary does not know; the section keeps a key made from its words. */
    UNKNOWN_HEADING("unknown-heading"),
    /** A tagged PDF whose structure tree was not believed. */
    PDF_TAGS_SET_ASIDE("pdf-tags-set-aside"),
    /** Text that follows no heading, kept in an unassigned section. */
    TEXT_OUTSIDE_SECTIONS("text-outside-sections"),
    /** A line of the imprint that states no field leafpress knows. */
    IMPRINT_LINE_UNREAD("imprint-line-unread"),
    /** An edition date that is not a month and year leafpress can read. */
    EDITION_DATE_UNREAD("edition-date-unread"),
    /** A contents entry with no heading, or a heading with no contents entry. */
    CONTENTS_MISMATCH("contents-mismatch"),
    // publish
    /** Neither the manifest nor the source states a title; the folder's name is used. */
    NO_TITLE("no-title"),
    // render
    /** A UI string missing from a language, or from every language. */
    UI_STRING_MISSING("ui-string-missing"),
    /** No UI strings file at all for a language. */
    UI_STRINGS_MISSING("ui-strings-missing"),
    /** A symbolic link in the sources that leads out of the sources folder: not followed, not published. */
    LINK_OUTSIDE_SOURCES("link-outside-sources"),
    /** A folder in a leaflet that is not a language tag (fra/, english/): skipped. */
    NOT_A_LANGUAGE_FOLDER("not-a-language-folder");

    private final String code;

    WarningCode(String code) {
        this.code = code;
    }

    /** The kebab-case code, as {@code build.json} and {@code model.json} write it. */
    @JsonValue
    public String code() {
        return code;
    }

    /** The warning code written {@code code}. */
    @JsonCreator
    public static WarningCode ofCode(String code) {
        for (WarningCode c : values()) if (c.code.equals(code)) return c;
        throw new IllegalArgumentException("not a warning code: " + code);
    }

    @Override
    public String toString() {
        return code;
    }
}
