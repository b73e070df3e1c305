package org.leafpress.publish;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.leafpress.align.LeafletParity;
import org.leafpress.align.ParityReport;
import org.leafpress.align.TranslationLock;
import org.leafpress.align.TranslationParity;
import org.leafpress.extract.SourceUnreadableException;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Warning;
import org.leafpress.model.WarningCode;
import org.leafpress.source.LeafletSource;
import org.leafpress.source.SourceDiscovery;

/**
 * The translation-parity report without building the site: reads and aligns every leaflet, and
 * on a translator's word records what the source says now ({@code translation.lock}).
 */
public final class ParityAudit {

    private final BuildOptions options;

    ParityAudit(BuildOptions options) {
        this.options = options;
    }

    /**
     * The report, a line for each leaflet that could not be read, and the leaflets whose
     * translation {@code --accept} locked (empty when not accepting).
     */
    public record Result(ParityReport report, List<Warning> problems, List<String> accepted) {
        public Result(ParityReport report, List<Warning> problems) {
            this(report, problems, List.of());
        }
    }

    /** Checks every translation of every leaflet. */
    Result run() throws IOException {
        return walk(null);
    }

    /**
     * Writes {@code sources/<leaflet>/<language>/translation.lock} for every leaflet translated
     * into {@code language}: the translation is accepted as following its source as it is now.
     * This is the one command that writes into the sources, and only that file.
     */
    Result accept(String language) throws IOException {
        return walk(language);
    }

    private Result walk(String accepting) throws IOException {
        SourceDiscovery.Found found = new SourceDiscovery().discover(options.sources());
        List<Warning> problems = new ArrayList<>();
        found.problems().forEach(p -> problems.add(new Warning(WarningCode.UNREADABLE_LEAFLET, p.message(),
                SourceDiscovery.shown(p.folder()))));
        Set<String> languages = new LinkedHashSet<>();
        found.leaflets().forEach(l -> languages.addAll(l.languages()));
        Stages stages = Stages.create(options, languages, false);
        List<LeafletParity> leaflets = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        for (LeafletSource leaflet : found.leaflets()) {
            if (leaflet.languages().size() < 2) continue;
            try {
                Stages.LanguageModels models = stages.modelsOf(leaflet, (doc, model, clock) -> { });
                Leaflet source = models.merged().get(leaflet.sourceLanguage());
                if (accepting != null && models.merged().containsKey(accepting)
                        && !accepting.equals(leaflet.sourceLanguage())) {
                    TranslationLock lock = stages.lockAccepting(source, models.documents().get(accepting), leaflet);
                    lock.write(leaflet.lockFile(accepting));
                    accepted.add(leaflet.id());
                }
                List<TranslationParity> translations = new ArrayList<>();
                for (String language : models.merged().keySet()) {
                    if (language.equals(leaflet.sourceLanguage())) continue;
                    translations.add(stages.translationOf(leaflet, source, models.merged().get(language),
                            models.documents().get(language)).parity());
                }
                leaflets.add(new LeafletParity(leaflet.id(), leaflet.sourceLanguage(), translations));
            } catch (SourceUnreadableException | LeafletFailure e) {
                problems.add(new Warning(WarningCode.UNREADABLE_LEAFLET, e.getMessage(), SourceDiscovery.shown(leaflet.folder())));
            }
        }
        return new Result(new ParityReport(leaflets), problems, accepted);
    }
}
