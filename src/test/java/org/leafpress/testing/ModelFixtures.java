package org.leafpress.testing;



import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.leafpress.model.Leaflet;

/** The model fixtures under {@code src/test/resources/fixtures/model/}, written from the seed texts. */
public final class ModelFixtures {

    public static final Path FOLDER = Path.of("src/test/resources/fixtures/model");

    private ModelFixtures() {}

    /** The English leaflet, from the designer's PDF text. */
    public static Leaflet english() {
        return read("nemo-deficiency-syndrome.en.json");
    }

    /** The French translator's text: one unassigned section of four paragraphs. */
    public static Leaflet french() {
        return read("nemo-deficiency-syndrome.fr.json");
    }

    public static Leaflet read(String name) {
        try {
            return new ObjectMapper().readValue(FOLDER.resolve(name).toFile(), Leaflet.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
