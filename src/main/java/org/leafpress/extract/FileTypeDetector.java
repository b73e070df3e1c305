package org.leafpress.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/** Finds a file's real media type with Tika, from its bytes and its name. */
final class FileTypeDetector {

    private final Detector detector;

    FileTypeDetector(Detector detector) {
        this.detector = detector;
    }

    /** The type of {@code bytes}, a file called {@code fileName}. */
    FileType typeOf(byte[] bytes, String fileName) {
        Metadata named = new Metadata();
        named.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        return new FileType(detect(bytes, named), detect(null, named));
    }

    private MediaType detect(byte[] bytes, Metadata metadata) {
        try (TikaInputStream in = bytes == null ? null : TikaInputStream.get(bytes)) {
            return detector.detect(in, metadata).getBaseType();
        } catch (IOException e) {
            // The bytes are in memory: reading them cannot fail.
            throw new UncheckedIOException(e);
        }
    }
}
