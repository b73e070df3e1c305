package org.leafpress.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;

/** The JSON form of the model and the reports: pretty, key order fixed, "\n" line ends. */
public final class ModelJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /**
     * For reading back what leafpress wrote (the cache, shard outputs): a list left out because it
     * was empty reads as empty, as the records' constructors expect.
     */
    private static final ObjectMapper READER = new ObjectMapper();

    static {
        READER.configOverride(java.util.List.class)
                .setSetterInfo(com.fasterxml.jackson.annotation.JsonSetter.Value.forValueNulls(
                        com.fasterxml.jackson.annotation.Nulls.AS_EMPTY));
        READER.configOverride(java.util.Map.class)
                .setSetterInfo(com.fasterxml.jackson.annotation.JsonSetter.Value.forValueNulls(
                        com.fasterxml.jackson.annotation.Nulls.AS_EMPTY));
    }

    private ModelJson() {}

    /** A mapper that reads leafpress's own JSON back into its records. */
    public static ObjectMapper reader() {
        return READER;
    }

    /** {@code value} as indented JSON text ending in a newline. */
    public static String toJson(Object value) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        try {
            return MAPPER.writer(printer).writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the model cannot be written as JSON", e);
        }
    }

    public static byte[] toJsonBytes(Object value) {
        return toJson(value).getBytes(StandardCharsets.UTF_8);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
