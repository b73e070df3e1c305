package org.leafpress.render;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The Freemarker templates under {@code templates/}, set up so that a template sees plain data only,
 * escapes by default, and renders the same bytes on every machine.
 */
public final class Templates {

    static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_35;

    private final Path root;
    private final Configuration configuration;

    private Templates(Path root, Configuration configuration) {
        this.root = root;
        this.configuration = configuration;
    }

    /** Templates read from {@code root} (the project's {@code templates/} folder). */
    public static Templates in(Path root) {
        Configuration c = new Configuration(VERSION);
        try {
            c.setDirectoryForTemplateLoading(root.toFile());
        } catch (IOException e) {
            throw new RenderException(root.toString(), "the templates folder cannot be read; check that it exists", e);
        }
        // .ftlh escapes as HTML, .ftlx as XML: a leaflet's text can never inject markup.
        c.setRecognizeStandardFileExtensions(true);
        c.setDefaultEncoding(StandardCharsets.UTF_8.name());
        c.setOutputEncoding(StandardCharsets.UTF_8.name());
        // Templates get maps, lists, strings, numbers and booleans only; any other object is an error.
        c.setObjectWrapper(new SimpleObjectWrapper(VERSION));
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        // The build machine's locale and zone must not leak into numbers, dates or template lookup.
        c.setLocale(Locale.ROOT);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setSQLDateAndTimeTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setBooleanFormat("c");
        c.setLocalizedLookup(false);
        return new Templates(root, c);
    }

    /** The folder the templates are read from. */
    public Path root() {
        return root;
    }

    /** The output of template {@code name} (relative to the root) given {@code data}. */
    public String render(String name, Map<String, ?> data) {
        try {
            Template template = configuration.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(data, out);
            return out.toString();
        } catch (TemplateException e) {
            throw new RenderException(root.resolve(name).toString(),
                    "the template failed: " + e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new RenderException(root.resolve(name).toString(), "the template cannot be read or parsed: "
                    + e.getMessage(), e);
        }
    }
}
