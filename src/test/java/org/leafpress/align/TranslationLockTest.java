package org.leafpress.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslationLockTest {

    private static final TranslationLock LOCK = new TranslationLock("nemo-deficiency-syndrome", "fr", "en", Map.of(
            "treatment", new TranslationLock.LockedSection("ab12", "How is it treated?\n\nThe immediate priority: 1,000 ‘boys’."),
            "causes", new TranslationLock.LockedSection("cd34", "What causes it?")));

    @Test
    void theFileIsSortedNewlineTerminatedYamlThatReadsBackTheSame(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("translation.lock");
        LOCK.write(file);
        String text = Files.readString(file);

        assertTrue(text.startsWith("# What this translation was made from"), text);
        assertTrue(text.endsWith("\n"));
        assertTrue(text.indexOf("causes:") < text.indexOf("treatment:"), text);
        assertTrue(text.contains("    source: |-\n      How is it treated?\n\n      The immediate priority"), text);
        assertEquals(Optional.of(LOCK), TranslationLock.read(file));
        LOCK.write(file);
        assertEquals(text, Files.readString(file), "the same lock writes the same bytes");
    }

    @Test
    void noLockYetIsEmptyAndABrokenOneNamesTheFile(@TempDir Path folder) throws IOException {
        assertEquals(Optional.empty(), TranslationLock.read(folder.resolve("translation.lock")));

        Path broken = folder.resolve("broken.lock");
        Files.writeString(broken, "sections: [unclosed\n");
        TranslationLockException e = assertThrows(TranslationLockException.class, () -> TranslationLock.read(broken));
        assertTrue(e.getMessage().startsWith(broken.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("parity --accept"), e.getMessage());
    }
}
