package org.leafpress.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Chromium for a browser test class, started before its first test and closed after
 * its last: {@code @RegisterExtension static final ChromiumExtension BROWSER = new ChromiumExtension();}
 * then {@code BROWSER.chromium()}. {@code before} runs first, once (e.g. building the site the tests read).
 */
public final class ChromiumExtension implements BeforeAllCallback, AfterAllCallback {

    private final Runnable before;
    private Chromium chromium;

    public ChromiumExtension() {
        this(() -> {});
    }

    public ChromiumExtension(Runnable before) {
        this.before = before;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        before.run();
        chromium = Chromium.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) chromium.close();
        chromium = null;
    }

    /** The browser of the running test class. */
    public Chromium chromium() {
        if (chromium == null) throw new IllegalStateException("Chromium starts before the test class's first test");
        return chromium;
    }
}
