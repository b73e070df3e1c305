package org.leafpress.extract;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leafpress.model.SourceRef;
import org.leafpress.model.Warning;
import org.leafpress.model.WarningCode;

/** Reads a plain-text source (.txt, .md) into numbered lines. */
public final class PlainTextReader implements DocumentReader {

    @Override
    public ExtractedDocument read(Path file, SourceRef source, Optional<Charset> declaredCharset)
            throws SourceUnreadableException {
        return read(file, source, SourceBytes.of(file), declaredCharset);
    }

    /** Reads bytes already taken from {@code file}, so that they are the ones the source's hash is of. */
    ExtractedDocument read(Path file, SourceRef source, byte[] bytes, Optional<Charset> declaredCharset)
            throws SourceUnreadableException {
        DecodedText decoded = TextDecoder.decode(file, bytes, declaredCharset);
        List<Warning> warnings = new ArrayList<>();
        if (decoded.assumed()) warnings.add(charsetAssumed(file, decoded.charset()));
        return new ExtractedDocument(file, source, ExtractedDocument.Kind.PLAIN_TEXT, linesOf(decoded.text()),
                Map.of("charset", decoded.charset().name()), warnings);
    }

    /** The lines of {@code text}, numbered from 1; a final line end does not start another line. */
    static List<TextLine> linesOf(String text) {
        // Windows (CRLF), Unix (LF) and old Mac (CR) line ends all end a line.
        String[] lines = text.split("\r\n|\r|\n", -1);
        int count = lines.length;
        if (count > 0 && lines[count - 1].isEmpty()) count--;
        List<TextLine> numbered = new ArrayList<>(count);
        for (int i = 0; i < count; i++) numbered.add(TextLine.plain(lines[i], i + 1));
        return numbered;
    }

    private static Warning charsetAssumed(Path file, Charset charset) {
        return new Warning(WarningCode.CHARSET_ASSUMED, "the text is not UTF-8 and nothing says which charset it is; it was "
                + "read as " + charset.name() + ". If letters such as é, ’ or œ look wrong, declare the right one "
                + "for this document in leaflet.yaml (`charset: " + charset.name() + "`) or save the file as UTF-8",
                file.toString());
    }
}
