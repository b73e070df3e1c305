package org.leafpress.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Turns a text file's bytes into characters. The charset comes from, in order: the manifest, a
 * byte-order mark, the bytes being valid UTF-8, and last a guess by Tika's charset detector.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Above this share of control characters it is binary data (which has about a tenth); text has none. */
    private static final double MOST_CONTROL_CHARACTERS_IN_TEXT = 0.01;

    private TextDecoder() {}

    /** The text of {@code bytes}, read from {@code file}. */
    static DecodedText decode(Path file, byte[] bytes, Optional<Charset> declared) throws SourceUnreadableException {
        DecodedText decoded = declared.isPresent() ? decodeDeclared(file, bytes, declared.get()) : decodeUndeclared(bytes);
        if (!looksLikeText(decoded.text())) {
            throw new SourceUnreadableException(file, "this is not text (looks like binary data); check that this is "
                    + "the file you meant, and save the text again as plain text (.txt, UTF-8)");
        }
        return decoded;
    }

    private static DecodedText decodeDeclared(Path file, byte[] bytes, Charset declared) throws SourceUnreadableException {
        try {
            return new DecodedText(withoutByteOrderMark(strictly(bytes, declared)), declared, false);
        } catch (CharacterCodingException e) {
            throw new SourceUnreadableException(file, "the text is not " + declared.name() + " as leaflet.yaml declares"
                    + guessOf(bytes).map(g -> " (looks like " + g.name() + ")").orElse("")
                    + "; correct its `charset:` in leaflet.yaml or save the file again as " + declared.name());
        }
    }

    private static DecodedText decodeUndeclared(byte[] bytes) {
        Optional<Charset> marked = byteOrderMarkOf(bytes);
        if (marked.isPresent()) return new DecodedText(withoutByteOrderMark(new String(bytes, marked.get())), marked.get(), false);
        try {
            return new DecodedText(strictly(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException notUtf8) {
            Charset guess = guessOf(bytes).orElse(WINDOWS_1252);
            return new DecodedText(new String(bytes, guess), guess, true);
        }
    }

    /** The charset Tika's detector finds likeliest, with windows-1252 standing in for ISO-8859-1. */
    private static Optional<Charset> guessOf(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        String best = null;
        int bestConfidence = 0;
        for (CharsetMatch match : detector.detectAll()) {
            // Without a byte-order mark a file is not UTF-16 or UTF-32 for our purposes; the
            // detector offers them for binary data.
            if (match.getName().startsWith("UTF-")) continue;
            if (best == null) {
                best = match.getName();
                bestConfidence = match.getConfidence();
            } else if (match.getConfidence() < bestConfidence) {
                break;
            }
            // Detection ties Latin-1 with its Turkish twin on French text; prefer the Western one.
            if (match.getName().equals("ISO-8859-1")) best = match.getName();
        }
        if (best == null) return Optional.empty();
        // ISO-8859-1 puts invisible control codes where windows-1252 has ’ œ € and dashes, the
        // characters an office suite writes; where neither has them the two read the same.
        if (best.equals("ISO-8859-1")) return Optional.of(WINDOWS_1252);
        return Charset.isSupported(best) ? Optional.of(Charset.forName(best)) : Optional.empty();
    }

    private static Optional<Charset> byteOrderMarkOf(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return Optional.of(StandardCharsets.UTF_8);
        if (startsWith(bytes, 0xFE, 0xFF)) return Optional.of(StandardCharsets.UTF_16BE);
        if (startsWith(bytes, 0xFF, 0xFE)) return Optional.of(StandardCharsets.UTF_16LE);
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    private static String strictly(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean looksLikeText(String text) {
        long controls = text.chars().filter(TextDecoder::isForeignToText).count();
        return controls <= MOST_CONTROL_CHARACTERS_IN_TEXT * text.length();
    }

    /** NUL and the other control codes that no editor writes, and the replacement for undecodable bytes. */
    private static boolean isForeignToText(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c < 0xA0) || c == 0xFFFD;
    }
}
