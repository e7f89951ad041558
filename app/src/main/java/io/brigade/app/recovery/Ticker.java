package io.brigade.app.recovery;

import io.brigade.app.concurrent.DaemonThreads;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Runs an action again and again at a fixed period; tests tick by hand instead of waiting. */
@FunctionalInterface
public interface Ticker {

    /** Runs {@code tick} every {@code period} on the FX thread until the returned action is run. */
    Runnable every(Duration period, Runnable tick);

    /**
     * Ticks on the FX thread, timed by a clock thread of its own. Not a JavaFX timeline: a running timeline keeps
     * the FX pulse going 60 times a second, so an idle window would never rest.
     */
    static Ticker fx() {
        return (period, tick) -> {
            ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(
                    new DaemonThreads("brigade-autosave-clock"));
            long millis = period.toMillis();
            clock.scheduleAtFixedRate(() -> Platform.runLater(tick), millis, millis, TimeUnit.MILLISECONDS);
            return clock::shutdownNow;
        };
    }
}
