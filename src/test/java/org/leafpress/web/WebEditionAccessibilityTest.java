package org.leafpress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leafpress.testing.Chromium;
import org.leafpress.testing.ChromiumExtension;

/** axe-core, in Chromium, on every page the build writes, on a phone and on a desktop screen. */
@Tag("browser")
class WebEditionAccessibilityTest {

    /** WCAG 2.0, 2.1 and 2.2, levels A and AA, as axe-core tags its rules. */
    static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    @RegisterExtension
    static final ChromiumExtension BROWSER = new ChromiumExtension(PublishedSite::get);

    static Stream<Arguments> everyPageAtBothWidths() {
        return PublishedSite.get().pages().stream()
                .flatMap(page -> Stream.of(Arguments.of(page, 375), Arguments.of(page, 1280)));
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("everyPageAtBothWidths")
    void everyPageHasNoWcag22AOrAAViolations(String page, int width) {
        Chromium chromium = BROWSER.chromium();
        chromium.viewport(width, 900);
        chromium.open(PublishedSite.get().url(page));
        Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(chromium.driver());
        assertEquals(List.of(), describe(results.getViolations()), "axe-core " + results.getTestEngine().getVersion()
                + " on " + page + " at " + width + " px");
    }

    /** One line a failing element: rule, what to fix, where, and axe's summary of the failure. */
    private static List<String> describe(List<Rule> violations) {
        List<String> lines = new ArrayList<>();
        for (Rule rule : violations) {
            for (CheckedNode node : rule.getNodes()) {
                lines.add(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + node.getTarget()
                        + " — " + node.getFailureSummary());
            }
        }
        return lines;
    }
}
