package org.leafpress.publish;

import java.util.LinkedHashMap;
import java.util.Map;

/** Wall time per pipeline stage, for the build report. */
final class Stopwatch {

    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long started = System.nanoTime();

    /** Ends the running stage under {@code stage} (times add up) and starts the next. */
    void lap(String stage) {
        long now = System.nanoTime();
        millis.merge(stage, (now - started) / 1_000_000, Long::sum);
        started = now;
    }

    Map<String, Long> millis() {
        return Map.copyOf(millis);
    }
}
