package io.brigade.app.recovery;

import java.time.Duration;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/** Runs an action again and again at a fixed period; tests tick by hand instead of waiting. */
@FunctionalInterface
public interface Ticker {

    /** Runs {@code tick} every {@code period} on the FX thread until the returned action is run. */
    Runnable every(Duration period, Runnable tick);

    /** A JavaFX timeline: ticks on the FX thread. Call it on the FX thread. */
    static Ticker fx() {
        return (period, tick) -> {
            Timeline timeline = new Timeline(
                    new KeyFrame(javafx.util.Duration.millis(period.toMillis()), event -> tick.run()));
            timeline.setCycleCount(Timeline.INDEFINITE);
            timeline.play();
            return timeline::stop;
        };
    }
}
